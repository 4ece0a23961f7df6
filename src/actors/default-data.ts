import countries from './data/countries.json' with { type: 'json' };
import leaders from './data/leaders.json' with { type: 'json' };
import organisations from './data/organisations.json' with { type: 'json' };
import outlets from './data/outlets.json' with { type: 'json' };
import stopPhrases from './data/stop-phrases.json' with { type: 'json' };
import { parseGazetteerData } from './schema.js';
import type { GazetteerData } from './types.js';

let cached: GazetteerData | null = null;

/** The gazetteer data shipped in src/actors/data/, validated once. Returns fresh arrays the caller may extend. */
export function defaultGazetteerData(): GazetteerData {
  if (!cached) {
    const parsed = parseGazetteerData({ countries, organisations, leaders, outlets, stopPhrases });
    // The files are ours and a test validates them, so a failure here is a bug, not an input error.
    if (!parsed.ok) throw new Error(`actors/data is invalid: ${parsed.error}`);
    cached = parsed.value;
  }
  return {
    countries: [...cached.countries],
    organisations: [...cached.organisations],
    leaders: [...cached.leaders],
    outlets: [...cached.outlets],
    stopPhrases: [...cached.stopPhrases],
  };
}
