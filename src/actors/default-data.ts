import bodies from './data/bodies.json' with { type: 'json' };
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
    // bodies.json holds the named bodies the news names bare (clubs, companies, agencies, armed groups);
    // organisations.json the international organisations and blocs with their members. One list to the code.
    const parsed = parseGazetteerData({
      countries,
      organisations: [...organisations, ...bodies],
      leaders,
      outlets,
      stopPhrases,
    });
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
