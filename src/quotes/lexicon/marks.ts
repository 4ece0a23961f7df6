/** Punctuation marks the rules look for, each set named for the job it does. */

/** Dashes as tokens: a spaced hyphen, en and em dashes, the horizontal bar and a doubled hyphen. */
export const DASHES: ReadonlySet<string> = new Set(['―', '—', '–', '-', '--']);

/** Marks that end a clause: an interrupting phrase does not reach across them. */
export const CLAUSE_END_MARKS: ReadonlySet<string> = new Set([';', ':', '.', '?', '!']);

/** Marks that break a phrase off from the clause around it (a spaced hyphen among them). */
export const PHRASE_BREAK_MARKS: ReadonlySet<string> = new Set([',', ';', '—', '–', '-', '(', ':']);

/** Marks a document's name may hold: "CNN/ORC", "Post-ABC", "U.S.", "Johnson & Johnson", "Pew's". */
export const DOCUMENT_NAME_MARKS: ReadonlySet<string> = new Set(['/', '-', '.', '&', "'s", '’s']);

/** Marks a polled group's phrase may hold: "82%", "Post-ABC", "U.S.", "Pew's". */
export const POLL_PHRASE_MARKS: ReadonlySet<string> = new Set(['%', '/', '-', '.', "'s", '’s']);

/** Curly and angle quote marks that open a quotation; the straight " may open or close alike. */
export const OPENING_QUOTE_MARKS: ReadonlySet<string> = new Set(['“', '«']);

/** Curly and angle quote marks that close a quotation. */
export const CLOSING_QUOTE_MARKS: ReadonlySet<string> = new Set(['”', '»']);
