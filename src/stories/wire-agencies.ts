/**
 * News agencies whose copy other outlets run under their own flag, with the names a byline, a
 * dateline ("(Reuters) -") or a credit line in the text uses for them. A wire outlet the story's own
 * outlets include (genre `wire`) is recognised by its name as well, so the demo's Meridian Wire and
 * any agency the outlet registry knows need no entry here. Names are matched as whole words, case
 * kept, so "AP" never matches "map" and "dpa" is written as the agency writes it.
 */
export const WIRE_AGENCIES: readonly { name: string; aliases: readonly string[] }[] = [
  { name: 'Reuters', aliases: ['Reuters', 'Thomson Reuters'] },
  { name: 'Associated Press', aliases: ['Associated Press', 'AP'] },
  { name: 'AFP', aliases: ['AFP', 'Agence France-Presse', 'Agence France Presse'] },
  { name: 'dpa', aliases: ['dpa', 'Deutsche Presse-Agentur'] },
  { name: 'EFE', aliases: ['EFE', 'Agencia EFE'] },
  { name: 'ANSA', aliases: ['ANSA'] },
  { name: 'Kyodo', aliases: ['Kyodo', 'Kyodo News'] },
  { name: 'Yonhap', aliases: ['Yonhap'] },
  { name: 'Xinhua', aliases: ['Xinhua'] },
  { name: 'TASS', aliases: ['TASS'] },
  { name: 'Anadolu Agency', aliases: ['Anadolu Agency', 'Anadolu'] },
  { name: 'Press Trust of India', aliases: ['Press Trust of India', 'PTI'] },
  { name: 'Bloomberg', aliases: ['Bloomberg News', 'Bloomberg'] },
  { name: 'PA Media', aliases: ['PA Media', 'Press Association'] },
  { name: 'Canadian Press', aliases: ['Canadian Press'] },
  { name: 'AAP', aliases: ['Australian Associated Press', 'AAP'] },
];
