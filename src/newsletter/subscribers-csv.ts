/**
 * CSV in and out for subscribers (RFC 4180: comma-separated, double quotes around fields that
 * need them). Columns: email, lists (separated by `;` or spaces), state; others are ignored on import.
 */
import {
  NEWSLETTER_LISTS,
  type NewsletterList,
  type Subscriber,
  type SubscriberState,
} from '../domain/index.js';
import { normaliseAddress } from './subscribers-address.js';

/** One valid row of an import. */
export interface ImportRow {
  line: number;
  email: string;
  lists: NewsletterList[];
  state: SubscriberState;
}

/** Rows over this many are refused: an import is a list of people, not a dump. */
export const MAX_IMPORT_ROWS = 1_000_000;

const STATES: readonly SubscriberState[] = ['pending', 'confirmed', 'unsubscribed', 'suppressed'];
// Spreadsheets run a cell that starts with one of these as a formula; exported cells get a leading '.
const FORMULA_START = /^[=+\-@\t\r]/;

/** Split CSV text into rows of fields. Quoted fields may hold commas, quotes ("") and newlines. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}

/**
 * Read an import: every row is checked before anything is written, so a file with one bad row
 * imports nothing and the errors name each bad line. `defaultState` applies when there is no
 * state column (or it is empty).
 */
export function readImport(
  text: string,
  defaultState: 'pending' | 'confirmed',
): { rows: ImportRow[]; errors: string[] } {
  const table = parseCsv(text.replace(/^\uFEFF/, ''));
  const errors: string[] = [];
  const header = (table[0] ?? []).map((h) => h.trim().toLowerCase());
  const hasHeader = header.includes('email');
  const col = (name: string, fallback: number) => (hasHeader ? header.indexOf(name) : fallback);
  const [emailAt, listsAt, stateAt] = [col('email', 0), col('lists', 1), col('state', 2)];
  const body = hasHeader ? table.slice(1) : table;
  if (body.length > MAX_IMPORT_ROWS) return { rows: [], errors: [`more than ${MAX_IMPORT_ROWS} rows`] };
  const rows: ImportRow[] = [];
  const seen = new Set<string>();
  for (const [i, fields] of body.entries()) {
    const line = i + (hasHeader ? 2 : 1);
    const row = readRow(fields, line, [emailAt, listsAt, stateAt], defaultState);
    if (typeof row === 'string') errors.push(`line ${line}: ${row}`);
    else if (seen.has(row.email)) errors.push(`line ${line}: ${row.email} appears twice`);
    else {
      seen.add(row.email);
      rows.push(row);
    }
  }
  return { rows, errors };
}

/** One row → an import row, or what is wrong with it. */
function readRow(
  fields: string[],
  line: number,
  [emailAt, listsAt, stateAt]: number[],
  defaultState: SubscriberState,
): ImportRow | string {
  // A leading ' is how writeCsv defuses spreadsheet formulas; take it off again.
  const cell = (at: number | undefined) =>
    at !== undefined && at >= 0 ? (fields[at] ?? '').trim().replace(/^'(?=[=+\-@])/, '') : '';
  const address = normaliseAddress(cell(emailAt));
  if (!address.ok) return address.error;
  const names = cell(listsAt)
    .split(/[;\s]+/)
    .filter(Boolean);
  const unknown = names.filter((n) => !NEWSLETTER_LISTS.includes(n as NewsletterList));
  if (unknown.length > 0) return `unknown list ${unknown.join(', ')}`;
  const state = cell(stateAt).toLowerCase();
  if (state !== '' && !STATES.includes(state as SubscriberState))
    return `unknown state "${state}" (${STATES.join(', ')})`;
  return {
    line,
    email: address.value,
    lists: NEWSLETTER_LISTS.filter((l) => names.includes(l)),
    state: (state || defaultState) as SubscriberState,
  };
}

function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== value ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Subscribers as CSV with a header row; lists joined by `;`. */
export function writeCsv(subscribers: readonly Subscriber[]): string {
  const lines = ['email,lists,state,paused,created_at,confirmed_at'];
  for (const s of subscribers) {
    lines.push(
      [
        csvField(s.email),
        s.lists.join(';'),
        s.state,
        s.paused ? 'yes' : 'no',
        s.createdAt.toISOString(),
        s.confirmedAt?.toISOString() ?? '',
      ].join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
