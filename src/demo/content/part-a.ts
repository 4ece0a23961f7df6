import type { DemoArticle } from '../types.js';

/** Demo articles for part A stories (filled in progressively). */
export const articlesA: readonly DemoArticle[] = [];
