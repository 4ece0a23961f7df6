export type { Scheduler } from './scheduler.js';
export { startScheduler } from './scheduler.js';
