import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CorpusCase, describeCase } from './corpus/corpus-files.js';
import { evaluate, type Verdict } from './corpus/expect-eval.js';
import { parseExpect } from './corpus/expect-parse.js';
import { buildEnv } from './corpus/feed-view.js';
import { parseFeedBytes } from './parse-feed.js';

/** feedparser's conformance files (see the README in this folder); shared by the project, not vendored. */
const CORPUS = '/work/shared/data/feed-corpus';

/**
 * Expectations we fail on purpose, each with the reason. The test also fails when one of these starts
 * passing, so the list cannot go stale.
 */
const DEVIATIONS: Record<string, string> = {
  'encoding/bozo_linenoise.xml':
    'declared UTF-8 with a stray byte: we keep UTF-8 (one U+FFFD), feedparser falls back to cp1252',
  'entities/lang.xml': 'HTML5 maps &lang; to U+27E8; feedparser uses the HTML 4 U+2329',
  'entities/rang.xml': 'HTML5 maps &rang; to U+27E9; feedparser uses the HTML 4 U+232A',
  'wellformed/atom/entry_updated_multiple_values.xml': 'the first <updated> wins; feedparser keeps the last',
  'wellformed/atom10/entry_authors_email.xml': 'authors are names; an author with only an e-mail is dropped',
  'wellformed/atom10/entry_authors_uri.xml': 'authors are names; an author with only a URI is dropped',
  'wellformed/atom10/entry_authors_url.xml': 'authors are names; an author with only a URL is dropped',
  'wellformed/atom10/entry_content_src.xml':
    'out-of-line content (src=) is not fetched, so there is no content',
  'wellformed/base/http_entry_id_base_content_location.xml':
    'ids are opaque (RFC 4287): a relative id is kept as written',
  'wellformed/base/http_entry_id_base_docuri.xml':
    'ids are opaque (RFC 4287): a relative id is kept as written',
  'wellformed/lang/http_content_language.xml':
    'the HTTP Content-Language header is not an input of parseFeed',
  'wellformed/rss/item_description_and_summary.xml': 'a non-standard <summary> in RSS is not read as content',
  'wellformed/rss/item_summary_and_description.xml': 'a non-standard <summary> in RSS is not read as content',
  'wellformed/rss/item_madeup_tags_element.xml': 'a non-standard <tags> element is not split into categories',
  'wellformed/rss/item_description_not_a_doctype.xml':
    'HTML5 tokenising reads "<!\'" as a bogus comment, as browsers do',
  'wellformed/sanitize/xml_declaration_unexpected_character.xml':
    'HTML5 tokenising reads "<!DOCTYPE" as markup, as browsers do',
  'wellformed/sanitize/xml_malicious_comment.xml':
    'HTML5 comment rules: "<!-- --" runs to the end, as in browsers',
  'wellformed/sanitize/item_content_encoded_script_nested_cdata.xml':
    'content is raw (unsanitised) HTML; extract sanitises it',
  ...Object.fromEntries(
    [
      'entry_content_crazy',
      'entry_summary_crazy',
      'entry_title_crazy',
      'feed_subtitle_crazy',
      'feed_tagline_crazy',
      'feed_title_crazy',
      'item_content_encoded_crazy',
      'item_description_crazy',
      'item_fullitem_crazy',
    ].map((name) => [
      `wellformed/sanitize/${name}.xml`,
      'script bodies are dropped from plain text; feedparser keeps text its SGML sanitiser leaves behind',
    ]),
  ),
};

interface Outcome {
  file: CorpusCase;
  parsed: boolean;
  error: string | null;
  verdict: Verdict | 'no-expect';
}

function run(file: CorpusCase): Outcome {
  const result = parseFeedBytes(file.bytes, {
    url: file.url,
    charset: file.charset,
    contentType: file.contentType,
  });
  const feed = result.ok ? result.value : null;
  const verdict = file.expect ? evaluate(parseExpect(file.expect), buildEnv(feed)) : 'no-expect';
  return { file, parsed: result.ok, error: result.ok ? null : result.error, verdict };
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

const present = existsSync(CORPUS);
const outcomes = present
  ? walk(CORPUS)
      .filter((file) => /\.(xml|json)$/.test(file))
      .sort()
      .map((file) => run(describeCase(relative(CORPUS, file), readFileSync(file))))
  : [];

describe('feedparser conformance corpus', () => {
  if (!present) {
    it('is absent here, so there is nothing to check', () => {
      console.info(`notice: ${CORPUS} not found; the corpus checks did not run`);
      expect(existsSync(CORPUS)).toBe(false);
    });
    return;
  }

  it('finds the corpus files the README lists', () => {
    expect(outcomes.length).toBeGreaterThanOrEqual(2100);
  });

  it('parses every well-formed, encoding, entity and JSON Feed file', () => {
    const failures = outcomes
      .filter((o) => o.file.group !== 'illformed' && !o.parsed)
      .map((o) => `${o.file.path}: ${o.error}`);
    expect(failures).toEqual([]);
  });

  it('survives every ill-formed file and refuses only the empty document', () => {
    const refused = outcomes.filter((o) => o.file.group === 'illformed' && !o.parsed).map((o) => o.file.path);
    expect(refused).toEqual(['illformed/rss_empty_document.xml']);
  });

  it('meets every Expect line it can map, except the documented deviations', () => {
    const failing = outcomes.filter((o) => o.verdict === false).map((o) => o.file.path);
    const unexpected = failing.filter((path) => !(path in DEVIATIONS));
    const stale = Object.keys(DEVIATIONS).filter((path) => !failing.includes(path));
    expect(unexpected).toEqual([]);
    expect(stale).toEqual([]);
  });

  it('reports how much of the corpus parses and how many expectations were checked', () => {
    const parsed = outcomes.filter((o) => o.parsed).length;
    const count = (v: Verdict | 'no-expect') => outcomes.filter((o) => o.verdict === v).length;
    console.info(
      `feed corpus: ${parsed}/${outcomes.length} files parse (${((100 * parsed) / outcomes.length).toFixed(2)}%); ` +
        `Expect lines: ${count(true)} met, ${count(false)} documented deviations, ` +
        `${count('skip')} skipped (only unmapped fields such as encoding, *_detail types, enclosures, geo, iTunes flags), ` +
        `${count('no-expect')} without an Expect line`,
    );
    expect(parsed / outcomes.length).toBeGreaterThan(0.999);
    expect(count(true)).toBeGreaterThan(1300);
  });
});
