import type { DemoArticle, DemoImage } from '../types.js';

// The Meridian Wire original. Reprints below reuse these paragraphs on purpose:
// the story exists to exercise near-duplicate detection of syndicated wire copy.
const wireParagraphs: readonly string[] = [
  'WASHINGTON — The US Federal Reserve held interest rates steady on Wednesday for a fourth straight meeting, saying it needed more evidence that inflation was cooling before it would cut borrowing costs.',
  'The Federal Reserve held its benchmark interest rate in a range of 4.25 percent to 4.50 percent. It was the fourth meeting in a row at which the Fed left rates unchanged. Ten of the 12 voting members backed the decision, while two officials voted for a quarter-point cut.',
  '“The economy is in a solid position, and that gives us the room to be patient,” Fed Chair Eleanor Whitfield told reporters after the decision. “We would rather be a little late than have to reverse course.”',
  'Whitfield said that recent inflation readings were “moving in the right direction but not yet convincingly,” and she declined to say whether a cut could come at the next meeting in six weeks.',
  'The decision rippled through emerging markets, where higher US rates tend to pull money toward the dollar. The Brazilian real, the Indian rupee and the South African rand all weakened against the dollar in early trading on Thursday.',
  'According to analysts, central banks in developing economies now face a harder choice between supporting growth and defending their currencies. “Every week the Fed waits is another week we have to keep our own rates higher than our economy needs,” said Tomás Herrera, chief economist at the Lima-based bank Andino Capital.',
  'Several central banks meet in the coming days. Economists polled by Meridian Wire expect Brazil’s central bank to keep its own rate unchanged next week, and most expect the Reserve Bank of India to wait for clarity from Washington.',
  'Futures markets now price in one or two Fed cuts this year, down from three a month ago.',
];

const wireImage: DemoImage = {
  alt: 'The Federal Reserve building in Washington',
  caption:
    'Pedestrians walk past the Federal Reserve building in Washington on the day of the rate decision.',
  credit: 'Meridian Wire',
  motif: 'central bank',
};

/** The Fed holds rates: one Meridian Wire original, three near-verbatim reprints and one original take. */
export const centralBankRatesArticles: DemoArticle[] = [
  {
    outlet: 'meridian-wire',
    story: 'central-bank-rates',
    slug: 'fed-holds-rates-signals-patience-emerging-markets',
    title: 'Fed holds rates steady, signals patience as emerging markets brace',
    standfirst:
      'The US central bank left borrowing costs unchanged for a fourth straight meeting; currencies from Brazil to South Africa slipped.',
    byline: 'By Julien Marchand',
    hoursAgo: 14,
    section: 'Economy',
    tags: ['Federal Reserve', 'Interest rates', 'Emerging markets'],
    image: wireImage,
    paragraphs: [...wireParagraphs],
  },
  {
    outlet: 'commerce-daily',
    story: 'central-bank-rates',
    slug: 'fed-stands-pat-fourth-meeting-em-currencies-slip',
    title: 'Fed stands pat for a fourth straight meeting; EM currencies slip',
    standfirst: 'Policymakers want more proof that inflation is cooling before cutting borrowing costs.',
    byline: 'Meridian Wire',
    hoursAgo: 13,
    section: 'Markets',
    tags: ['Fed', 'Rates', 'Currencies'],
    image: wireImage,
    paragraphs: [
      ...wireParagraphs.slice(0, 7),
      'US stocks closed little changed after the announcement, and the yield on the 10-year Treasury note edged lower.',
    ],
  },
  {
    outlet: 'austral-post',
    story: 'central-bank-rates',
    slug: 'us-fed-keeps-rates-on-hold-real-weakens',
    title: 'US Fed keeps rates on hold; the real weakens',
    standfirst:
      'The Federal Reserve’s decision to wait pushes the Brazilian currency lower ahead of the Copom meeting.',
    byline: 'By Meridian Wire staff',
    hoursAgo: 12,
    section: 'Economy',
    tags: ['Fed', 'Real', 'Copom'],
    image: wireImage,
    paragraphs: [
      ...wireParagraphs.slice(0, 5),
      'In São Paulo, the real fell 1.2 percent against the dollar on Thursday morning, its weakest level in three weeks.',
      ...wireParagraphs.slice(5, 7),
    ],
  },
  {
    outlet: 'savanna-dispatch',
    story: 'central-bank-rates',
    slug: 'fed-holds-steady-shilling-rand-dollar-pull',
    title: 'Fed holds steady as the shilling and rand feel the pull of the dollar',
    standfirst: 'Washington’s rate decision reaches Nairobi and Johannesburg through the currency market.',
    byline: 'Meridian Wire',
    hoursAgo: 11,
    section: 'Business',
    tags: ['Fed', 'Shilling', 'Africa'],
    image: wireImage,
    paragraphs: [
      ...wireParagraphs.slice(0, 6),
      'The Kenyan shilling was little changed, but traders in Nairobi said importers were buying dollars ahead of the month-end.',
      ...wireParagraphs.slice(6),
    ],
  },
  {
    outlet: 'liberty-network',
    story: 'central-bank-rates',
    slug: 'fed-leaves-rates-high-your-mortgage-feels-it',
    title: 'Fed leaves rates high for a fourth straight meeting, and your mortgage feels it',
    standfirst:
      'No relief yet for homebuyers and credit card holders, as lawmakers in both parties accuse the central bank of dragging its feet.',
    byline: 'By Tyler Grant',
    hoursAgo: 9,
    section: 'Money',
    tags: ['Federal Reserve', 'Mortgages', 'Your money'],
    image: {
      alt: 'A for-sale sign in front of a suburban house',
      caption: 'A for-sale sign stands outside a house in a suburb of Dallas.',
      credit: 'Liberty Network News',
      motif: 'for-sale sign',
    },
    paragraphs: [
      'If you were hoping for a break on your mortgage or credit card bill, the Federal Reserve just said: not yet.',
      'The Federal Reserve held its benchmark interest rate in a range of 4.25 percent to 4.50 percent. It was the fourth meeting in a row at which the Fed left rates unchanged. Two officials voted for a cut.',
      '“We would rather be a little late than have to reverse course,” Fed Chair Eleanor Whitfield told reporters, a line that drew fire from Republicans and Democrats alike.',
      'Representative Jim Caldwell, a Texas Republican on the House Financial Services Committee, said that the central bank was “asleep at the wheel.” He added: “Families are paying 7 percent on a home loan while the Fed waits for perfect data. Perfect data never comes.”',
      'Average 30-year mortgage rates sit near 6.9 percent, according to lender surveys, and credit card rates average above 20 percent.',
      'For first-time buyers, the math is brutal. “We were approved in the spring and we’re still waiting,” said Kayla Morgan, a nurse in Phoenix who is renting while she saves. “Every month the rate stays up, the house we can afford gets smaller.”',
      'Wall Street took the decision in stride. “The Fed told us exactly what it was going to do,” said Heather Lyons, chief investment officer at Bellmont Wealth Partners in Charlotte, “and it did it.” She warned, however, that markets could turn very quickly if inflation data disappoint.',
      'Overseas, the strong dollar hit emerging-market currencies, with Brazil’s real and India’s rupee both sliding on Thursday, Meridian Wire reported.',
      'Whitfield said that recent inflation readings were moving in the right direction, and she declined to say whether a cut could come at the next meeting.',
    ],
  },
];
