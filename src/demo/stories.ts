import type { DemoStory } from './types.js';

/** The events the demo newsroom covers. Places, countries and blocs are real; every person is invented. */
export const demoStories: readonly DemoStory[] = [
  {
    key: 'grain-corridor',
    about:
      'Black Sea grain shipping deal renewed after talks in Istanbul; outlets disagree who is to blame for delays',
  },
  {
    key: 'sco-summit',
    about:
      'Shanghai Cooperation Organisation summit in Astana agrees a regional payments system; West sceptical',
  },
  {
    key: 'rare-earth-curbs',
    about: 'China tightens export licences for rare-earth magnets; US industry and Beijing spin differently',
  },
  {
    key: 'un-climate-fund',
    about: 'UN loss-and-damage fund approves first payouts to flood-hit countries; donors argue over size',
  },
  {
    key: 'nato-exercise',
    about: 'Large NATO exercise in the Baltic; Moscow calls it provocation, allies call it deterrence',
  },
  {
    key: 'brics-bank-loan',
    about: 'BRICS New Development Bank lends to Brazil for rail in local currency; dollar debate',
  },
  {
    key: 'central-bank-rates',
    about:
      'US Federal Reserve holds rates; emerging markets react; wire story reprinted nearly word for word',
  },
  {
    key: 'arctic-shipping',
    about: 'Record season on the Northern Sea Route; only state media cover it (state-only story)',
  },
  {
    key: 'kenya-solar-schools',
    about: 'Good news: solar power reaches 5,000 rural schools in Kenya, exam results rise',
  },
  {
    key: 'india-chip-plant',
    about: 'India opens its first large semiconductor fab with foreign partners; jobs vs subsidies',
  },
  {
    key: 'gaza-aid-talks',
    about: 'Ceasefire and aid-corridor talks mediated by Qatar and Egypt; outlets frame differently',
  },
  {
    key: 'asean-sea-code',
    about: 'ASEAN and China agree next step on a South China Sea code of conduct; Manila doubts',
  },
  {
    key: 'g20-debt-relief',
    about: 'G20 finance ministers agree a debt-relief framework for poorer countries; NGOs say too little',
  },
];
