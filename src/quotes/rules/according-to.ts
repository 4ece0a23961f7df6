import type { Attribution, Token } from '../types.js';
import { attributionOver, countWords, type TokenRange } from './claim-segments.js';
import { contentEnd, MAX_CONTENT_TOKENS } from './content-bounds.js';
import type { RuleInput } from './rule-input.js';
import { speakerOf } from './speaker-phrases.js';
import { STOPS } from '../lexicon/rule-words.js';

const MAX_SOURCE = 30;

/** The source after "according to": the phrase up to the next comma or the sentence end ("a CNN tally", "him"). */
function sourceAfter(tokens: Token[], start: number): TokenRange | null {
  let k = start;
  while (k < tokens.length && k - start < MAX_SOURCE && tokens[k]!.seg < 0 && !STOPS.has(tokens[k]!.text))
    k++;
  if (k === start || (k < tokens.length && k - start >= MAX_SOURCE)) return null;
  return { from: start, to: k - 1 };
}

/** "According to X, …", "…, according to X." and "…, according to X, …": X is the source of the rest. */
export function accordingTo(input: RuleInput): Attribution | null {
  const { text, sentence, cue } = input;
  if (cue.form !== 'according') return null;
  const tokens = sentence.tokens;
  // "in a CNN poll (released Monday), …": the poll phrase is the source; a trailing participle is the writer's.
  const poll = tokens[cue.first]!.lower === 'in' && cue.verb > cue.last;
  // "As reported by X": the agent after "by" is the source.
  const agentBy = tokens[cue.last + 1]?.lower === 'by' ? 1 : 0;
  const src = poll ? { from: cue.last + 1, to: cue.verb } : sourceAfter(tokens, cue.last + 1 + agentBy);
  if (!src) return null;
  const tail = poll ? sourceAfter(tokens, src.to + 1) : null;
  if (tail && tail.to - tail.from > 8) return null;
  const srcEnd = tail ? tail.to : src.to;
  const ranges: TokenRange[] = [];
  // "… because to him, the plan is theft": a viewpoint "to" opens its own clause, so its content only follows.
  const before =
    cue.lemma === 'to' ? -1 : cue.first - (agentBy && tokens[cue.first - 1]?.lower === 'as' ? 2 : 1);
  const beforeEnd = tokens[before]?.text === ',' ? before - 1 : before;
  if (beforeEnd >= 0) ranges.push({ from: Math.max(0, beforeEnd - MAX_CONTENT_TOKENS), to: beforeEnd });
  const resume = tokens[srcEnd + 1]?.text === ',' ? srcEnd + 2 : srcEnd + 1;
  // "A, according to X, but B": the clause before is the content; B is the writer's again.
  const beforeWords = ranges[0] ? countWords(tokens, ranges[0]) : 0;
  if (beforeWords < 3 && resume < tokens.length && tokens[resume]!.text !== '.') {
    const last = contentEnd(tokens, resume, input.cues);
    if (last >= resume) ranges.push({ from: resume, to: last });
  }
  const words = ranges.reduce((n, r) => n + countWords(tokens, r), 0);
  // "That's according to X": the pronoun stands for the claim before it.
  const pointer = /^['’]s$/.test(tokens[cue.first]!.text);
  if (words < (pointer ? 1 : 2)) return null;
  const speaker = speakerOf(text, tokens, { range: src, core: src, appositive: null, relative: false });
  return attributionOver(input, ranges, speaker);
}
