import type { DemoArticle } from '../types.js';

/** ASEAN and China agree the next step on a South China Sea code of conduct; Manila has doubts. */
export const aseanSeaCodeArticles: DemoArticle[] = [
  {
    outlet: 'huaxia-herald',
    story: 'asean-sea-code',
    slug: 'china-asean-milestone-south-china-sea-code',
    title: 'China and ASEAN reach milestone on South China Sea code',
    standfirst:
      'Foreign ministers in Kuala Lumpur agreed to speed up the final reading of a code of conduct, showing that regional countries can manage their differences themselves.',
    byline: 'By Liu Qing',
    hoursAgo: 60,
    section: 'Asia-Pacific',
    tags: ['ASEAN', 'South China Sea', 'Diplomacy'],
    image: {
      alt: 'Foreign ministers pose for a group photo with joined hands',
      caption:
        'Foreign ministers of China and ASEAN member states join hands for a group photo in Kuala Lumpur on Tuesday.',
      credit: 'Photo: Mei Tan / Huaxia Herald',
      motif: 'joined hands',
    },
    paragraphs: [
      'China and the member states of ASEAN agreed on Tuesday to complete the third reading of the draft code of conduct in the South China Sea by the end of next year, a step described by Chinese diplomats as an important milestone.',
      'Foreign ministers from ASEAN and China met in Kuala Lumpur for the annual China-ASEAN ministerial meeting. ASEAN and China first committed to a code of conduct in a 2002 declaration.',
      '“The South China Sea is our common home. Peace and stability there depend on the countries of the region, not on forces from outside,” said Foreign Ministry spokesperson Liang Wen in Beijing on Wednesday.',
      'Liang said that the progress proved that China and its neighbours were capable of managing differences through dialogue. She called on “certain countries outside the region” to stop sending warships to stir up tension.',
      'Malaysia’s foreign minister, who chaired the meeting, welcomed what he called a “constructive atmosphere”. Diplomats from Vietnam, Indonesia and Thailand also praised the pace of the talks, according to a joint statement issued after the meeting.',
      'Asked about recent incidents near Ren’ai Jiao, which the Philippines calls Second Thomas Shoal, Liang said that China had acted with restraint and that “provocations by the Philippine side, encouraged by the United States,” were the root cause.',
      'Experts say the code will set rules of behaviour for coast guards, fishing fleets and navies. According to Zhang Yiwen, a maritime law scholar at Xiamen University, the agreed timetable shows real political will. “Other countries have spent years talking about freedom of navigation while sending aircraft carriers,” she said. “The region is writing its own rules.”',
      'The draft does not yet say whether the code will be legally binding. Zhang argues that the most important thing is that all parties follow it in practice.',
    ],
  },
  {
    outlet: 'meridian-wire',
    story: 'asean-sea-code',
    slug: 'asean-china-agree-speed-up-sea-code-manila-sceptical',
    title: 'ASEAN, China agree to speed up sea code talks; Manila sceptical',
    standfirst:
      'Ministers set a target for finishing the draft South China Sea code of conduct, but the Philippines says words must be matched by behaviour at sea.',
    byline: 'By Claire Vautrin',
    hoursAgo: 68,
    section: 'World',
    tags: ['ASEAN', 'China', 'Philippines'],
    image: {
      alt: 'A coast guard vessel sails near a reef',
      caption: 'A Philippine coast guard vessel patrols near Scarborough Shoal in the South China Sea.',
      credit: 'Meridian Wire',
      motif: 'coast guard',
    },
    paragraphs: [
      'Southeast Asian nations and China agreed on Tuesday to complete the third reading of the draft code of conduct in the South China Sea by the end of next year, but the Philippines said it doubted Beijing would change its behaviour at sea.',
      'Foreign ministers from ASEAN and China met in Kuala Lumpur. ASEAN and China first committed to a code of conduct in a 2002 declaration, and formal negotiations on the text have dragged on since 2017.',
      '“A timetable is welcome. But a code that is not legally binding will not stop a water cannon,” Philippine Foreign Affairs Undersecretary Teresa Villanueva told reporters after the meeting.',
      'Villanueva said that Chinese coast guard ships had blocked Philippine resupply missions several times this year, and that Manila would insist the code respect the 2016 arbitration ruling, which found that Beijing’s sweeping claims had no legal basis. China rejects the ruling.',
      'The draft does not yet say whether the code will be legally binding. Diplomats said that this, and the geographic area the code would cover, remain the main disputes.',
      'The third reading is the last stage before the text goes to governments for approval. Officials said negotiators would meet every two months, starting in Manila in January.',
      'Chinese Foreign Ministry spokesperson Liang Wen said in Beijing that countries outside the region should not interfere. Vietnam and Malaysia, which also have claims in the sea, welcomed the timetable in cautious statements.',
      'According to Hugo Lemaire, a researcher on Southeast Asian security in Paris, the agreement gives everyone something to announce without settling the hard questions. “It is progress on the calendar, not yet on the substance,” he said.',
    ],
  },
  {
    outlet: 'liberty-network',
    story: 'asean-sea-code',
    slug: 'paper-promises-manila-doubts-beijing-sea-pledge',
    title: '‘Paper promises’: Manila doubts Beijing’s South China Sea pledge',
    standfirst:
      'China says a new timetable for a code of conduct shows goodwill. Philippine officials and US allies say the ships tell a different story.',
    byline: 'By Rachel Dunn',
    hoursAgo: 55,
    section: 'World',
    tags: ['South China Sea', 'Philippines', 'China'],
    image: {
      alt: 'A large ship fires a water cannon at a smaller boat',
      caption:
        'A Chinese coast guard ship fires a water cannon at a Philippine supply boat near Second Thomas Shoal earlier this year.',
      credit: 'Photo: Liberty Network News',
      motif: 'water cannon',
    },
    paragraphs: [
      'Beijing is promising rules. Manila says it is still facing water cannons.',
      'At a meeting in Kuala Lumpur on Tuesday, foreign ministers from ASEAN and China agreed to complete the third reading of the draft code of conduct in the South China Sea by the end of next year. ASEAN and China first committed to a code of conduct in a 2002 declaration, more than two decades ago.',
      '“We have heard these promises for twenty years. Meanwhile the reefs have become military bases,” Philippine Foreign Affairs Undersecretary Teresa Villanueva said. “Paper promises are not enough.”',
      'She said that Chinese vessels had rammed or blocked Philippine boats at Second Thomas Shoal several times this year, and that Manila would not sign any code that limits its rights in its own exclusive economic zone.',
      'The United States and the Philippines are treaty allies, and Washington has said repeatedly that the alliance covers attacks on Philippine vessels in the South China Sea. Retired US Navy Rear Admiral Thomas Garrity told Liberty Network that the new timetable changes nothing on the water.',
      '“China negotiates slowly and builds fast,” Garrity said. “If the code is not binding and does not cover the disputed areas, it simply locks in what Beijing has already taken.”',
      'The draft does not yet say whether the code will be legally binding. Beijing, for its part, blames outside powers. Chinese Foreign Ministry spokesperson Liang Wen warned “countries outside the region” against stirring up tension, in remarks reported by the Huaxia Herald, a state-run Chinese newspaper.',
      'Analysts say the ASEAN bloc is itself divided. According to Dr Karen Oyelaran of the Pacific Security Forum in Washington, countries like Cambodia and Laos rarely support Manila’s tougher line, which gives Beijing room to slow the talks whenever it wants.',
    ],
  },
  {
    outlet: 'open-ground',
    story: 'asean-sea-code',
    slug: 'sea-code-slow-motion-why-india-is-watching',
    title: 'A sea code in slow motion: why India is watching the Kuala Lumpur talks',
    standfirst:
      'Most of India’s trade with East Asia crosses the South China Sea. A new timetable for a code of conduct matters more to New Delhi than it admits.',
    byline: 'By Meera Iyer',
    hoursAgo: 50,
    section: 'World',
    tags: ['ASEAN', 'Indo-Pacific', 'India'],
    image: {
      alt: 'A cargo ship at sea seen from above',
      caption: 'A container ship bound for Singapore crosses the South China Sea east of Vietnam.',
      credit: 'Photo: The Open Ground',
      motif: 'open sea',
    },
    paragraphs: [
      'ASEAN and China have agreed to complete the third reading of the draft code of conduct in the South China Sea by the end of next year. The decision was taken by foreign ministers meeting in Kuala Lumpur, and it has been greeted in New Delhi with polite interest and private scepticism.',
      'ASEAN and China first committed to a code of conduct in a 2002 declaration. More than two decades later, the draft does not yet say whether the code will be legally binding.',
      '“India is not a party to these talks, but it is a stakeholder in their outcome,” said Vandana Khurana, a former Indian ambassador to Vietnam. “Fifty-five percent of our trade with the Indo-Pacific passes through those waters.”',
      'Khurana said that New Delhi’s main worry is that a code written only by the claimants could restrict the navies and oil companies of other countries. Indian firms have held exploration blocks off Vietnam for years, and Beijing has objected to them.',
      'Vietnamese scholars share some of those concerns. Dr Nguyen Thi Lan of the Diplomatic Academy of Vietnam in Hanoi told The Open Ground that her country wants a binding code but fears one that ignores the UN Convention on the Law of the Sea. “A weak code could be worse than no code,” she said, “because it would give bad behaviour a legal-looking cover.”',
      'The Philippines has been the most outspoken sceptic, with its foreign affairs undersecretary saying that a code which is not binding “will not stop a water cannon”, Meridian Wire reported.',
      'Indian officials have kept their public comments short. The Ministry of External Affairs said in a statement that India supports freedom of navigation and a code “consistent with international law” that does not prejudice the interests of third parties.',
      'For now, Khurana argues, India’s best tool is its growing ties with ASEAN members. “We should be in every room that ASEAN opens to us,” she said.',
    ],
  },
];
