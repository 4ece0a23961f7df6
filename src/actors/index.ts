export { defaultGazetteerData } from './default-data.js';
export { foundActorId, nameKey } from './actor-key.js';
export {
  type ActorsInText,
  type FindActorsOptions,
  type FoundActor,
  type SpeakerHint,
  findActorsInText,
} from './find-actors-in-text.js';
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
export { speakerHints } from './speaker-hints.js';
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
