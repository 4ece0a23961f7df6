/** Ownership kinds a registry entry may carry. */
export const OWNERSHIP_KINDS = ['state', 'state-backed', 'public', 'private', 'independent'] as const;
/** Genres a registry entry may carry. */
export const OUTLET_GENRES = ['broadcaster', 'newspaper', 'wire', 'business', 'magazine', 'online'] as const;

const REQUIRED = [
  'id',
  'name',
  'aliases',
  'country',
  'language',
  'ownership',
  'genre',
  'domains',
  'checked',
  'basis',
];
const OPTIONAL = ['fullText'];
const HOST = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/;
const MAX_BASIS = 160;

/**
 * Problems in the raw text of data/outlets.json, each as "line N: what is wrong".
 * Lines are found in the raw text so an editor can jump to the entry (or the field) at fault.
 */
export function checkOutletRegistry(text: string, countryCodes: ReadonlySet<string>): string[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return [`line 1: not JSON (${(err as Error).message})`];
  }
  if (!Array.isArray(data)) return ['line 1: the registry must be a JSON array of outlets'];
  const starts = entryStarts(text);
  const lineAt = lineFinder(text);
  const problems: string[] = [];
  const ids = new Map<string, number>();
  const domainOwner = new Map<string, { id: string; index: number }>();
  const nameOwner = new Map<string, string>();

  data.forEach((entry: unknown, index) => {
    const start = starts[index] ?? 0;
    const end = starts[index + 1] ?? text.length;
    /** Line of `needle` inside this entry's text, else the entry's first line. */
    const line = (needle?: string) => {
      const at = needle === undefined ? -1 : text.indexOf(needle, start);
      return lineAt(at >= 0 && at < end ? at : start);
    };
    const fieldLine = (field: string) => line(`"${field}"`);
    const report = (at: number, message: string) => problems.push(`line ${at}: ${message}`);

    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      report(line(), `entry ${index} is not an object`);
      return;
    }
    const e = entry as Record<string, unknown>;
    const label = typeof e.id === 'string' ? e.id : `entry ${index}`;
    for (const field of REQUIRED) if (!(field in e)) report(line(), `${label} lacks "${field}"`);
    for (const field of Object.keys(e)) {
      if (!REQUIRED.includes(field) && !OPTIONAL.includes(field))
        report(fieldLine(field), `${label} has unknown field "${field}"`);
    }
    const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
    const isTextList = (v: unknown): v is string[] => Array.isArray(v) && v.every(isText);

    if ('id' in e) {
      if (typeof e.id !== 'string' || !/^outlet:[a-z0-9]+(?:-[a-z0-9]+)*$/.test(e.id)) {
        report(fieldLine('id'), `${label}: id must be "outlet:<slug>" (lower-case letters, digits, hyphens)`);
      } else if (ids.has(e.id)) {
        report(fieldLine('id'), `${e.id} repeats the id of the entry at line ${ids.get(e.id)}`);
      } else ids.set(e.id, fieldLine('id'));
    }
    if ('name' in e && !isText(e.name))
      report(fieldLine('name'), `${label}: name must be a non-empty string`);
    if ('aliases' in e && !isTextList(e.aliases))
      report(fieldLine('aliases'), `${label}: aliases must be a list of non-empty strings`);
    // A name two outlets answer to would make the gazetteer's mention ambiguous.
    for (const n of [e.name, ...(Array.isArray(e.aliases) ? e.aliases : [])]) {
      if (!isText(n)) continue;
      const other = nameOwner.get(n);
      if (other && other !== label)
        report(line(JSON.stringify(n)), `${label}: the name "${n}" already names ${other}`);
      else nameOwner.set(n, label);
    }
    if ('country' in e) {
      if (typeof e.country !== 'string' || !/^[A-Z]{2}$/.test(e.country)) {
        report(fieldLine('country'), `${label}: country must be two upper-case letters`);
      } else if (!countryCodes.has(e.country)) {
        report(fieldLine('country'), `${label}: country "${e.country}" is not a known ISO 3166-1 code`);
      }
    }
    if ('language' in e && (typeof e.language !== 'string' || !/^[a-z]{2,3}$/.test(e.language))) {
      report(fieldLine('language'), `${label}: language must be a BCP 47 primary tag ("en")`);
    }
    if ('ownership' in e && !(OWNERSHIP_KINDS as readonly unknown[]).includes(e.ownership)) {
      report(
        fieldLine('ownership'),
        `${label}: ownership ${JSON.stringify(e.ownership)} is not one of ${OWNERSHIP_KINDS.join(', ')}`,
      );
    }
    if ('genre' in e && !(OUTLET_GENRES as readonly unknown[]).includes(e.genre)) {
      report(
        fieldLine('genre'),
        `${label}: genre ${JSON.stringify(e.genre)} is not one of ${OUTLET_GENRES.join(', ')}`,
      );
    }
    if ('checked' in e && !isDate(e.checked))
      report(fieldLine('checked'), `${label}: checked must be a date (YYYY-MM-DD)`);
    if ('basis' in e) {
      if (!isText(e.basis)) report(fieldLine('basis'), `${label}: basis must be a non-empty string`);
      else if (e.basis.length > MAX_BASIS) {
        report(fieldLine('basis'), `${label}: basis has ${e.basis.length} characters (at most ${MAX_BASIS})`);
      }
    }
    if ('fullText' in e && e.fullText !== true)
      report(fieldLine('fullText'), `${label}: fullText is either true or left out`);
    if ('domains' in e) {
      if (!Array.isArray(e.domains) || e.domains.length === 0) {
        report(fieldLine('domains'), `${label}: domains must be a non-empty list`);
        return;
      }
      const own = new Set<string>();
      for (const d of e.domains) {
        const at = line(JSON.stringify(d));
        if (typeof d !== 'string' || !HOST.test(d) || d.startsWith('www.')) {
          report(
            at,
            `${label}: domain ${JSON.stringify(d)} is not a bare lower-case host name (no scheme, path, port or "www.")`,
          );
          continue;
        }
        if (own.has(d)) report(at, `${label} lists the domain "${d}" twice`);
        own.add(d);
        const other = domainOwner.get(d);
        if (other && other.index !== index)
          report(at, `${label}: domain "${d}" already belongs to ${other.id}`);
        else if (!other) domainOwner.set(d, { id: label, index });
      }
    }
  });

  // A host under another outlet's domain would be claimed by both (outletByDomain matches subdomains).
  for (const [d, owner] of domainOwner) {
    for (let parent = d.indexOf('.'); parent >= 0; parent = d.indexOf('.', parent + 1)) {
      const other = domainOwner.get(d.slice(parent + 1));
      if (other && other.index !== owner.index) {
        const start = starts[owner.index] ?? 0;
        problems.push(
          `line ${lineAt(Math.max(text.indexOf(`"${d}"`, start), start))}: ${owner.id}: domain "${d}" lies under "${other.id}"'s domain "${d.slice(parent + 1)}"`,
        );
      }
    }
  }
  return problems;
}

function isDate(value: unknown): boolean {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** Offsets where each element of the top-level array begins. */
function entryStarts(text: string): number[] {
  const starts: number[] = [];
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') {
      inString = true;
      if (depth === 1) starts.push(i);
    } else if (c === '{' || c === '[') {
      if (depth === 1) starts.push(i);
      depth++;
    } else if (c === '}' || c === ']') depth--;
    else if (depth === 1 && /[-0-9tfn]/.test(c ?? '') && !/[-0-9a-z.]/.test(text[i - 1] ?? ''))
      starts.push(i);
  }
  return starts;
}

/** Maps an offset in `text` to its 1-based line number. */
function lineFinder(text: string): (offset: number) => number {
  const breaks: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) breaks.push(i);
  return (offset) => {
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((breaks[mid] ?? 0) < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };
}
