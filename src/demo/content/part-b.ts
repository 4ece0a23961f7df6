import type { DemoArticle } from '../types.js';
import { arcticShippingArticles } from './arctic-shipping.js';
import { aseanSeaCodeArticles } from './asean-sea-code.js';
import { g20DebtReliefArticles } from './g20-debt-relief.js';
import { gazaAidTalksArticles } from './gaza-aid-talks.js';
import { indiaChipPlantArticles } from './india-chip-plant.js';
import { kenyaSolarSchoolsArticles } from './kenya-solar-schools.js';

/** Demo articles of content part B: arctic shipping, Kenyan solar schools, India's chip plant, Gaza aid talks, the ASEAN sea code and G20 debt relief. */
export const articlesB: readonly DemoArticle[] = [
  ...arcticShippingArticles,
  ...kenyaSolarSchoolsArticles,
  ...indiaChipPlantArticles,
  ...gazaAidTalksArticles,
  ...aseanSeaCodeArticles,
  ...g20DebtReliefArticles,
];
