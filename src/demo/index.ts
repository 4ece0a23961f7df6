export { HUGE_BYTES, SLOW_MS } from './broken.js';
export { demoArticles } from './content/index.js';
export { demoOutlets } from './outlets.js';
export { type ScaledNewsroom, type ScaleOptions, scaleUpNewsroom } from './scale.js';
export { type DemoNewsroom, type DemoNewsroomOptions, startDemoNewsroom } from './server.js';
export { demoStories } from './stories.js';
export type { DemoArticle, DemoImage, DemoOutlet, DemoStory } from './types.js';
export { toNewOutlet } from './new-outlet.js';
