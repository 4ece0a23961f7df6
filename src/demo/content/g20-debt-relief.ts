import type { DemoArticle } from '../types.js';

/** G20 finance ministers agree a debt-relief framework for poorer countries; NGOs say too little. */
export const g20DebtReliefArticles: DemoArticle[] = [
  {
    outlet: 'savanna-dispatch',
    story: 'g20-debt-relief',
    slug: 'g20-debt-deal-leaves-kenya-out-in-the-cold',
    title: 'G20 debt deal leaves Kenya and other middle-income strugglers out in the cold',
    standfirst:
      'The new framework offers breathing space to the poorest countries, but Kenya, which spends more on interest than on health, does not qualify.',
    byline: 'By Daniel Mwangi',
    hoursAgo: 152,
    section: 'Economy',
    tags: ['Debt', 'G20', 'Kenya'],
    image: {
      alt: 'Protesters hold placards outside a government building',
      caption:
        'Campaigners hold placards reading “Cancel the debt” outside the National Treasury in Nairobi.',
      credit: 'Photo: Otieno Barasa / Savanna Dispatch',
      motif: 'treasury protest',
    },
    paragraphs: [
      'G20 finance ministers meeting in Cape Town agreed on Saturday a new framework for debt relief, but Kenya and many other heavily indebted African economies will not benefit from it.',
      'The framework covers 42 low-income countries. Countries hit by climate disasters can pause debt payments for up to two years. Kenya, classed as a lower-middle-income country, is not among them.',
      '“This is a framework for the poorest of the poor, and we welcome it for them,” said Treasury Principal Secretary Mercy Chebet. “But the countries that are drowning today are not only the poorest ones. Kenya pays more in interest than it spends on health.”',
      'Chebet said that Nairobi would push for the rules to be widened at the next meeting of the African Union finance ministers, and that Kenya had raised the issue with the G20 presidency.',
      'Campaigners were blunter. The Fair Ledger Network, a coalition of African debt campaigners, said in a statement that the deal was “a bandage on a broken leg”. According to the coalition, the countries covered owe about 180 billion dollars to foreign creditors, and the framework does not cancel any of it.',
      '“A pause is not relief. The interest keeps running, and in two years the bill is bigger,” said Halima Yusuf, the network’s policy lead in Nairobi.',
      'Economists note that the framework also leaves private lenders free to choose. Private creditors are asked, but not required, to join. Dr Peter Gathogo of Strathmore University argues that this is the real weakness, because bondholders now hold a large share of African debt.',
      '“When the bondholders can walk away, the governments that sign up simply pay them with the money saved from everyone else,” Gathogo said.',
    ],
  },
  {
    outlet: 'commerce-daily',
    story: 'g20-debt-relief',
    slug: 'g20-debt-framework-bondholders-off-the-hook',
    title: 'G20 Debt Framework Leaves Bondholders Off the Hook, for Now',
    standfirst:
      'Emerging-market bonds held steady after finance ministers agreed a voluntary role for private creditors in a new relief plan for poor countries.',
    byline: 'By Mark Lindqvist',
    hoursAgo: 118,
    section: 'Markets',
    tags: ['Sovereign debt', 'G20', 'Bonds'],
    image: {
      alt: 'Traders watch screens showing bond prices',
      caption: 'Traders follow emerging-market bond prices on a trading floor in New York on Monday.',
      credit: 'Photo: Commerce Daily',
      motif: 'trading screens',
    },
    paragraphs: [
      'Investors in the debt of poor countries breathed a sigh of relief on Monday after G20 finance ministers, meeting in Cape Town, agreed a debt-relief framework that stops short of forcing private creditors to take losses.',
      'The framework covers 42 low-income countries, which owe about $180 billion to foreign creditors. Countries hit by climate disasters can pause debt payments for up to two years. Private creditors are asked, but not required, to join.',
      '“The market was braced for something more coercive,” said Natalie Brandt, head of sovereign credit at Calloway Asset Management in Boston. “Voluntary participation means bond prices have little reason to move.”',
      'Prices of eurobonds issued by Zambia, Ghana and Ethiopia were little changed, according to data from dealers. Spreads on a broad index of frontier-market debt narrowed slightly.',
      'A senior US Treasury official, speaking on condition of anonymity, said that Washington had pushed for a voluntary approach because mandatory losses would make it harder for poor countries to borrow again. “Nobody lends to a country that can rewrite the contract whenever it likes,” the official said.',
      'The framework also asks China, now the largest bilateral lender to many low-income countries, to offer comparable terms. Beijing signed the communiqué, but Chinese officials said that multilateral lenders such as the World Bank should also share the burden.',
      'Debt campaigners say the deal protects Wall Street. Ravi Kapoor, an economist at the Institute for Global Finance in London, warned that without private-sector losses the relief would mostly flow through to bondholders. “Public money is being used to pay private creditors in full,” he said.',
      'The International Monetary Fund said in a statement that it would publish guidance on the climate pause clause within three months.',
    ],
  },
  {
    outlet: 'austral-post',
    story: 'g20-debt-relief',
    slug: 'brazil-claims-win-g20-debt-pause-climate',
    title: 'Brazil claims a win as G20 backs debt pause for climate-hit nations',
    standfirst:
      'Brasília pushed for the climate clause for two years. Campaigners say the result is a beginning, not an answer.',
    byline: 'By Beatriz Almeida',
    hoursAgo: 136,
    section: 'Economy',
    tags: ['G20', 'Brazil', 'Debt', 'Climate'],
    image: {
      alt: 'Finance ministers sit around a large round table',
      caption:
        'G20 finance ministers and central bank governors meet around a conference table in Cape Town.',
      credit: 'Photo: Paulo Serrano / Austral Post',
      motif: 'round table',
    },
    paragraphs: [
      'Brazil’s government hailed the debt-relief framework agreed by G20 finance ministers in Cape Town as a victory for the Global South, after two years of pushing for a clause to help countries hit by climate disasters.',
      'Countries hit by climate disasters can pause debt payments for up to two years under the framework. The framework covers 42 low-income countries.',
      '“When a hurricane destroys half of a country’s economy, it makes no sense to demand that it keeps paying interest the next month,” said Rafael Nogueira, secretary for international affairs at the Finance Ministry in Brasília. “Now the G20 agrees.”',
      'Nogueira said that Brazil had built support for the idea first within BRICS and then with African members of the G20, before European governments came on board during the last round of talks.',
      'The proposal was first floated when Brazil held the G20 presidency, and diplomats in Brasília see the final text as proof that the country can shape global rules. According to Itamaraty, the foreign ministry, Brazil will now press for similar clauses in the lending rules of the World Bank and the BRICS New Development Bank.',
      'Not everyone is celebrating. The Fair Ledger Network, an African campaign coalition, called the framework “a bandage on a broken leg”, Kenya’s Savanna Dispatch reported. The countries covered owe about 180 billion dollars to foreign creditors.',
      'Brazilian economists are also cautious. Professor Luísa Cardoso of the Getulio Vargas Foundation in São Paulo said that the pause only delays payments. “It buys time, and time matters after a disaster,” she said, “but the debt itself is still there when the water goes down.”',
      'Private creditors are asked, but not required, to join, which Cardoso described as the framework’s biggest gap.',
    ],
  },
  {
    outlet: 'polar-star-today',
    story: 'g20-debt-relief',
    slug: 'g20-debt-plan-keeps-imf-in-charge',
    title: 'G20 debt plan keeps the IMF in charge, critics say',
    standfirst:
      'A new relief framework for poor countries leaves Western-led institutions holding the keys, and quietly shifts the blame for the debt crisis onto China.',
    byline: 'By Anna Volkova',
    hoursAgo: 144,
    section: 'Economy',
    tags: ['G20', 'IMF', 'Global South'],
    image: {
      alt: 'The facade of a large institutional building in Washington',
      caption: 'Pedestrians pass the headquarters of the International Monetary Fund in Washington, DC.',
      credit: 'Polar Star Today',
      motif: 'fund headquarters',
    },
    paragraphs: [
      'The debt-relief framework agreed by G20 finance ministers in Cape Town has been welcomed in Western capitals. Critics across the Global South say it leaves the International Monetary Fund firmly in charge of who gets help and on what terms.',
      'The framework covers 42 low-income countries. Countries hit by climate disasters can pause debt payments for up to two years, but only if they have an IMF programme in place.',
      '“Once again the patient must accept the doctor’s prescription before receiving any medicine,” said Sergei Lavrentyev, a senior researcher at the Institute of World Economy in Moscow. “And the prescription is always the same: cut spending, sell assets, open markets.”',
      'Lavrentyev said that the framework also repeats what he called the Western myth that Chinese lending caused the debt crisis. According to him, private bondholders in New York and London hold a larger share of African debt than Beijing does.',
      'The countries covered owe about 180 billion dollars to foreign creditors. Private creditors are asked, but not required, to join, a concession that Kenyan and other African campaigners have condemned, the Kenyan news site Savanna Dispatch reported.',
      'Russia’s Finance Ministry said in a statement that it supported relief for the poorest countries but regretted that proposals to give them a greater voice in the IMF and the World Bank had again been postponed.',
      'BRICS members have discussed building their own mechanisms for crisis lending. “The New Development Bank has shown that development finance does not have to come with political conditions,” said Olga Demidova, an economist at the Higher School of Economics.',
      '“The countries of the South are tired of waiting for reform that never comes,” she said. “They will build alternatives, and the G20 should not be surprised when they do.”',
    ],
  },
];
