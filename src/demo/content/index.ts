import type { DemoArticle } from '../types.js';
import { articlesA } from './part-a.js';
import { articlesB } from './part-b.js';

/** Every written demo article, both halves of the story list. */
export const demoArticles: readonly DemoArticle[] = [...articlesA, ...articlesB];
