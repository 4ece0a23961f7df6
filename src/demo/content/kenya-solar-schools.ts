import type { DemoArticle } from '../types.js';

/** Good news: solar power reaches 5,000 rural schools in Kenya and exam results rise. */
export const kenyaSolarSchoolsArticles: DemoArticle[] = [
  {
    outlet: 'savanna-dispatch',
    story: 'kenya-solar-schools',
    slug: 'lights-on-5000-rural-classrooms',
    title: 'Lights on in 5,000 classrooms: how solar is changing rural schools',
    standfirst:
      'From Marsabit to Kitui, rooftop panels are keeping classrooms lit after dark, and teachers say pupils are doing better than ever.',
    byline: 'By Wanjiru Kamau',
    hoursAgo: 46,
    section: 'Education',
    tags: ['Education', 'Solar', 'Kenya'],
    image: {
      alt: 'Pupils read under an electric light in a classroom at dusk',
      caption:
        'Pupils at Loiyangalani Primary School in Marsabit County study after dark under lights powered by rooftop panels.',
      credit: 'Photo: Otieno Barasa / Savanna Dispatch',
      motif: 'rooftop panels',
    },
    paragraphs: [
      'When the sun goes down over Kyuso in Kitui County, the windows of Mwangea Mixed Secondary School still glow. Inside, forty pupils bend over their books in a room that, three years ago, went dark at half past six.',
      'Solar power has now reached 5,000 rural schools in Kenya, the Ministry of Education announced on Wednesday. At the connected schools, the share of pupils passing national exams rose from 48 percent to 61 percent.',
      '“Before, evening study meant one kerosene lamp for a whole class, and the smoke made the children cough,” said Grace Mutua, who has taught mathematics at Mwangea for eleven years. “Now they stay until eight, and they actually finish the syllabus.”',
      'Mutua said that the biggest change is not the lights but the confidence. Girls who used to hurry home before dark now stay for evening prep because the school compound is lit, she explained.',
      'The programme began in 2021 and cost 6.8 billion shillings, paid by the government with support from the European Union. Each school received rooftop panels, batteries and a small computer lab.',
      '“We chose schools that the national grid would not reach for another ten years,” said Principal Secretary for Basic Education Joseph Kiprono. “This is not charity. It is the cheapest way to give a child in Turkana the same hours of study as a child in Nairobi.”',
      'Light for Learning Kenya, a Nairobi charity that trains local technicians to maintain the systems, says the work is far from over. According to its director, Amina Wekesa, about one in ten installations needed repairs in the first year, mostly because of dust and worn batteries.',
      '“Every county now has young people who can fix a panel,” Wekesa said. “That is the part we are proudest of, because it means the lights stay on when the contractors have gone home.”',
      'The ministry aims to connect another 3,000 schools by 2027. At Mwangea, Mutua already has a wish list: “A projector,” she said, laughing. “Then I can show them the stars I am always talking about.”',
    ],
  },
  {
    outlet: 'northbridge-bc',
    story: 'kenya-solar-schools',
    slug: 'kenya-solar-powered-schools-exam-results-climb',
    title: 'Kenya’s solar-powered schools see exam results climb',
    standfirst:
      'A government programme has brought electricity to thousands of off-grid schools, and the early results are encouraging.',
    byline: 'By Tom Ashworth',
    hoursAgo: 30,
    section: 'Africa',
    tags: ['Kenya', 'Education', 'Renewable energy'],
    image: {
      alt: 'A technician fits a solar panel on a school roof',
      caption: 'A technician secures a solar panel on the roof of a primary school near Garissa.',
      credit: 'Image credit: Northbridge',
      motif: 'school roof',
    },
    paragraphs: [
      'Solar power has now reached 5,000 rural schools in Kenya, bringing light, phone charging and computers to classrooms far from the national grid.',
      'Officials say the results are already visible. At the connected schools, the share of pupils passing national exams rose from 48 percent to 61 percent, according to figures from the Ministry of Education in Nairobi.',
      'The programme began in 2021 and cost 6.8 billion shillings, or about 52 million US dollars, with the European Union contributing grants alongside the Kenyan government.',
      '“You can see it in the attendance registers first and the exam results second,” said Esther Lokwang, head teacher at Nakwamekwi Primary School in Turkana County. “Children come because there is something here they cannot get at home.”',
      'Lokwang said that the school now runs evening classes for adults as well, with mothers learning to read after the pupils have gone home.',
      'Researchers urge some caution. Dr Samuel Ndegwa, an education economist at the University of Nairobi, said that other changes, including new textbooks and more teachers, arrived at the same time, so not all the improvement can be credited to electricity.',
      '“The direction is clearly positive,” he said, “but we should measure it carefully before every county copies it.”',
      'Aid groups are more enthusiastic. Light for Learning Kenya, which trains local technicians, says the model could work across East Africa. “Solar is now cheaper than diesel almost everywhere on this continent,” said its director, Amina Wekesa. “Schools should be the first buildings we light, not the last.”',
      'A UN Development Programme official in Nairobi described the scheme as one of the most cost-effective education projects in the region. The government hopes to connect another 3,000 schools by 2027.',
    ],
  },
  {
    outlet: 'open-ground',
    story: 'kenya-solar-schools',
    slug: 'kenya-solar-classrooms-lessons-for-indian-villages',
    title: 'What India’s village schools can learn from Kenya’s solar classrooms',
    standfirst:
      'Kenya has put solar panels on 5,000 rural schools and pass rates have risen. Indian educators say the lesson is in the maintenance, not the hardware.',
    byline: 'By Aditi Raghavan',
    hoursAgo: 36,
    section: 'Development',
    tags: ['Kenya', 'Solar', 'Education', 'Global South'],
    image: {
      alt: 'Children walk to a rural school with solar panels on its roof',
      caption:
        'Children arrive at a rural school in Kitui County, Kenya, where panels on the roof power lights and a small computer room.',
      credit: 'Photo: Otieno Barasa / Savanna Dispatch',
      motif: 'village school',
    },
    paragraphs: [
      'Solar power has now reached 5,000 rural schools in Kenya, and the country’s education ministry says the results are already showing in exam halls. At the connected schools, the share of pupils passing national exams rose from 48 percent to 61 percent.',
      'For teachers in rural Bihar and Jharkhand, where many government schools still have unreliable electricity, the numbers are worth a close look.',
      '“We have installed panels on schools too, many times,” said Shyam Narayan Jha, a retired headmaster who now advises a teachers’ network in Gaya. “The problem is that nobody comes back when the inverter fails. After two years the panel is a roof decoration.”',
      'That is where Kenya seems to have done something different. The programme began in 2021 and cost 6.8 billion shillings, and part of the budget went into training local technicians in every county, the Kenyan site Savanna Dispatch reported.',
      'Amina Wekesa, director of Light for Learning Kenya, the charity that runs the training, told The Open Ground by phone that repairs are now usually done within a week. “A school should never wait for a company in the capital to send an engineer,” she said. “The person who fixes the panel should live in the same village.”',
      'Wekesa said that many of the technicians are young women who finished secondary school in the same buildings they now maintain.',
      'Grace Mutua, a mathematics teacher in Kitui County, described the difference in simple terms. “The children used to study by one lamp,” she said. “Now they have the whole evening, and they use it.”',
      'Indian researchers argue that the model fits well with India’s own solar push. According to Dr Nandita Sahu of the Centre for Rural Learning in Bhubaneswar, the hardware is cheap now; what is missing is a budget line for upkeep. “Kenya wrote the repairs into the plan from day one,” she said. “We usually write them in after the complaints.”',
    ],
  },
  {
    outlet: 'huaxia-herald',
    story: 'kenya-solar-schools',
    slug: 'chinese-made-panels-power-kenyan-schools',
    title: 'Chinese-made panels help light up 5,000 Kenyan schools',
    standfirst:
      'A solar programme built with Chinese equipment is bringing electricity to remote Kenyan classrooms, a showcase of China-Africa green cooperation.',
    byline: 'Staff reporter',
    hoursAgo: 39,
    section: 'Africa',
    tags: ['China-Africa', 'Kenya', 'Solar'],
    image: {
      alt: 'Smiling pupils stand in front of a row of solar panels',
      caption:
        'Pupils gather beside newly installed solar panels at a primary school in Marsabit County, Kenya.',
      credit: 'Photo: Huaxia Herald',
      motif: 'solar array',
    },
    paragraphs: [
      'Solar power has now reached 5,000 rural schools in Kenya, the country’s Ministry of Education said on Wednesday, in a programme that relies largely on panels and batteries made in China.',
      'The programme began in 2021 and cost 6.8 billion shillings. At the connected schools, the share of pupils passing national exams rose from 48 percent to 61 percent, Kenyan officials said.',
      '“Chinese panels are affordable and reliable, and that is why we could reach so many schools so quickly,” said Joseph Kiprono, Principal Secretary for Basic Education. “Our partners in China have also trained Kenyan engineers.”',
      'Kiprono said that the next phase would add another 3,000 schools by 2027 and that Kenya hoped to assemble more of the equipment locally.',
      'Zhou Ping, economic counsellor at the Chinese Embassy in Nairobi, said green energy is a priority of cooperation under the Forum on China-Africa Cooperation. “China is willing to share its experience in renewable energy with African friends, so that every child can study in the light,” he said.',
      'Teachers in remote counties say the change has been remarkable. “The children now read in the evening and use computers for the first time,” said Esther Lokwang, a head teacher in Turkana County.',
      'Lokwang added that parents walk to the school in the evenings to charge their phones, making the school a centre of village life.',
      'Analysts note that Africa has some of the world’s best solar resources but receives only a small share of global clean-energy investment. According to Li Ruoxi, a researcher at the Chinese Academy of Social Sciences, projects like Kenya’s show how South-South cooperation can deliver practical results where Western promises have fallen short.',
    ],
  },
];
