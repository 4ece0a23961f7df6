export { defaultGazetteerData } from './default-data.js';
export { findMentions } from './find-mentions.js';
export {
  blocMembers,
  countryActorId,
  countryAdjective,
  countryName,
  createGazetteer,
  getActor,
  listActors,
  outletByDomain,
} from './gazetteer.js';
export {
  type OutletRegistry,
  createOutletRegistry,
  outletRegistry,
  registrySlug,
} from './outlet-registry.js';
export { parseGazetteerData } from './schema.js';
export type {
  CountryRecord,
  CountryStatus,
  Gazetteer,
  GazetteerData,
  LeaderRecord,
  Membership,
  OrganisationRecord,
  OutletRecord,
  StopPhraseRecord,
} from './types.js';
