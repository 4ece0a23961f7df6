import type { DemoArticle } from '../types.js';
import { bricsBankLoanArticles } from './brics-bank-loan.js';
import { centralBankRatesArticles } from './central-bank-rates.js';
import { grainCorridorArticles } from './grain-corridor.js';
import { natoExerciseArticles } from './nato-exercise.js';
import { rareEarthCurbsArticles } from './rare-earth-curbs.js';
import { scoSummitArticles } from './sco-summit.js';
import { unClimateFundArticles } from './un-climate-fund.js';

/** The story keys whose articles live in content part A. */
export const partAStories: readonly string[] = [
  'grain-corridor',
  'sco-summit',
  'rare-earth-curbs',
  'un-climate-fund',
  'nato-exercise',
  'brics-bank-loan',
  'central-bank-rates',
];

/** Demo articles of content part A: seven stories, each told by several outlets. */
export const articlesA: readonly DemoArticle[] = [
  ...grainCorridorArticles,
  ...scoSummitArticles,
  ...rareEarthCurbsArticles,
  ...unClimateFundArticles,
  ...natoExerciseArticles,
  ...bricsBankLoanArticles,
  ...centralBankRatesArticles,
];
