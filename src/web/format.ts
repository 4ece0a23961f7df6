import { type Ownership, UNKNOWN } from '../domain/index.js';

const DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'UTC',
});

/** "12 May 2024, 10:00 UTC": one unambiguous zone for every reader. */
export function formatDate(d: Date): string {
  return `${DATE.format(d)} UTC`;
}

/** "1 outlet" / "3 outlets". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

const OWNERSHIP_LABELS: Record<Ownership, string> = {
  state: 'State media',
  'state-backed': 'State-backed',
  public: 'Public broadcaster',
  private: 'Private',
  independent: 'Independent',
  unknown: 'Unrated',
};

/** How an ownership kind reads on a badge. */
export function ownershipLabel(o: Ownership): string {
  return OWNERSHIP_LABELS[o] ?? o;
}

/** A country's name for readers, or "Unrated" for an outlet whose country nobody has set. */
export function countryLabel(code: string, countryName: (code: string) => string): string {
  return code === UNKNOWN ? 'Unrated' : countryName(code);
}

/** Path of an actor page; ':' stays readable since the path starts with '/'. */
export function actorPath(id: string): string {
  return `/actors/${encodeURIComponent(id).replace(/%3A/gi, ':')}`;
}
