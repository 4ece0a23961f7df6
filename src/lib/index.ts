export { contentHash, sha256Hex } from './hash.js';
export { slugify } from './slug.js';
export { addMinutes, formatAge, hoursBefore } from './time.js';
export { hostOf, normalizeUrl, parseHttpUrl } from './url.js';
