import { describe, expect, it } from 'vitest';
import { extractQuotes } from './extract-quotes.js';
import { quotesOf } from './test-helpers.js';

describe('direct quotes', () => {
  it('attributes “…,” said X. to the speaker after the cue', () => {
    const text = '“We will respond firmly to any provocation,” said Liang Wen.';
    const [q, ...rest] = quotesOf(text);
    expect(rest).toEqual([]);
    expect(q).toMatchObject({
      kind: 'direct',
      text: 'We will respond firmly to any provocation',
      speaker: 'Liang Wen',
      speakerKind: 'person',
      cue: 'said',
      sourceText: 'Liang Wen',
      cueText: 'said',
    });
    expect(text.slice(q!.start, q!.end)).toBe(q!.text);
  });

  it('keeps a digest line’s “topic - Name: “…”” quote from the topic’s own cue', () => {
    const cue = (text: string) => quotesOf(text).map((q) => [q.cueText, q.sourceText]);
    const quote = '“Turnout in the north was the surprise of the night. Nobody saw it.” [Harbor Times.]';
    expect(cue(`Early polls.\n\nPollsters agree - Lena Ruiz: ${quote}`)).toEqual([[':', 'Lena Ruiz']]);
    expect(cue(`Early polls.\n\nBut polls did predict the county - Lena Ruiz: ${quote}`)).toEqual([
      ['did predict', 'polls'],
      [':', 'Lena Ruiz'],
    ]);
  });

  it('reads “From the report: “…”” with the document as the source', () => {
    const [q, ...rest] = quotesOf(
      'Ferry fares rose.\n\nFrom the audit: “Fares rose faster than costs. Nobody checked.”',
    );
    expect(rest).toEqual([]);
    expect(q).toMatchObject({ cueText: ':', sourceText: 'the audit', kind: 'direct' });
  });

  it('attributes “…,” X said. to the speaker before the cue', () => {
    const [q] = quotesOf('“The door to talks remains open,” Liang Wen told reporters on Monday.');
    expect(q).toMatchObject({
      kind: 'direct',
      speaker: 'Liang Wen',
      cue: 'told',
      text: 'The door to talks remains open',
    });
  });

  it('attributes X said: “…” to the speaker before the quote', () => {
    const text = 'Liang Wen said: “We will respond firmly to any provocation.”';
    const [q] = quotesOf(text);
    expect(q).toMatchObject({
      kind: 'direct',
      speaker: 'Liang Wen',
      text: 'We will respond firmly to any provocation.',
    });
    expect(q!.sourceText).toBe('Liang Wen');
  });

  it('reads straight quote marks like curly ones', () => {
    const [q] = quotesOf('"Nobody wins a trade war," said Maria Duarte.');
    expect(q).toMatchObject({ kind: 'direct', speaker: 'Maria Duarte', text: 'Nobody wins a trade war' });
  });

  it('joins an interrupted quote into one quote with both parts, resolving the pronoun', () => {
    const text =
      'Ana Ruiz spoke after the vote. “We will not back down,” she said, “and we will win in the end.”';
    const quotes = quotesOf(text);
    expect(quotes).toHaveLength(1);
    const q = quotes[0]!;
    expect(q).toMatchObject({ kind: 'direct', speaker: 'Ana Ruiz', cue: 'said', sourceText: 'she' });
    expect(q.text).toBe('We will not back down, and we will win in the end.');
    expect(q.start).toBe(text.indexOf('We will'));
    expect(q.end).toBe(text.indexOf('end.') + 4);
  });

  it('makes a following paragraph that is all quote part of the same attribution', () => {
    const text = [
      '“Sanctions never work,” said Foreign Ministry spokesperson Liang Wen.',
      '“History shows that pressure only hardens positions on both sides.”',
    ].join('\n\n');
    const quotes = quotesOf(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({
      kind: 'direct',
      speaker: 'Liang Wen',
      affiliation: 'Foreign Ministry',
      cue: 'said',
      text: 'Sanctions never work.\n\nHistory shows that pressure only hardens positions on both sides.',
    });
    expect(quotes[0]!.contentSpans!.map((s) => text.slice(s.start, s.end))).toEqual([
      '“Sanctions never work,”',
      '“History shows that pressure only hardens positions on both sides.”',
    ]);
  });

  it('leaves a lone quote paragraph unattributed when no one spoke just before', () => {
    const text = 'The summit opened in Astana.\n\n“A new era of cooperation begins today for all of us.”';
    const [q] = quotesOf(text);
    expect(q).toMatchObject({ kind: 'direct', speaker: null, cue: null });
  });

  it('carries a quote left open at a paragraph end into the next paragraph that opens with a quote mark', () => {
    const text = [
      '“We are ready to talk,” said Ana Ruiz. “But we will defend our interests.',
      '“No one should underestimate our resolve.”',
      'The talks resume on Friday.',
    ].join('\n\n');
    const quotes = quotesOf(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ speaker: 'Ana Ruiz', kind: 'direct', cue: 'said' });
    expect(quotes[0]!.contentSpans!.map((s) => text.slice(s.start, s.end))).toEqual([
      '“We are ready to talk,”',
      '“But we will defend our interests.',
      '“No one should underestimate our resolve.”',
    ]);
    expect(quotes[0]!.text).toBe(
      'We are ready to talk. But we will defend our interests.\n\nNo one should underestimate our resolve.',
    );
  });

  it('attributes a quote to a following sentence that is only "X said."', () => {
    const [q] = quotesOf('“The plan will fail within a year.” Maria Duarte said.');
    expect(q).toMatchObject({
      kind: 'direct',
      speaker: 'Maria Duarte',
      text: 'The plan will fail within a year.',
    });
  });

  it('accepts a short quote when a cue attributes it', () => {
    const [q] = quotesOf('“Never,” she said. Ana Ruiz left.');
    expect(q).toMatchObject({ kind: 'direct', text: 'Never', cue: 'said' });
  });

  it('returns offsets into the original text', () => {
    const text = 'Intro paragraph.\n\n“Prices will keep rising this year,” Maria Duarte warned.';
    for (const q of extractQuotes(text)) {
      expect(text.slice(q.start, q.end)).toBe(q.text);
      expect(text.slice(q.cueSpan!.start, q.cueSpan!.end)).toBe(q.cue);
    }
  });
});

describe('quotes over several paragraphs', () => {
  it('lets the cue after the last paragraph of a long quote attribute all of it', () => {
    const text = [
      'The minister spoke for an hour.',
      '“We have waited long enough for the other side to move.',
      '“Now it is time to act,” Ana Ruiz said.',
    ].join('\n\n');
    const quotes = quotesOf(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({
      speaker: 'Ana Ruiz',
      cue: 'said',
      text: 'We have waited long enough for the other side to move.\n\nNow it is time to act',
    });
  });
  it('attributes a quote that holds a quote of its own, and a quoted transcript line with a nested title', () => {
    const cue = (text: string) => quotesOf(text).map((q) => [q.cueText, q.sourceText]);
    expect(cue('“We care even when “our side” errs,” Ana Ruiz wrote.')).toEqual([['wrote', 'Ana Ruiz']]);
    expect(
      cue('The debate went on.\n\n"RUIZ: Well, as “The Harbor Times” wrote, it shows the ferry is late.'),
    ).toEqual([[':', 'RUIZ']]);
  });
  it('attributes a quoted question or exclamation to the speaker and verb after it', () => {
    const cue = (text: string) => quotesOf(text).map((q) => [q.cueText, q.sourceText]);
    expect(cue('“Is the ferry late again?” Ana Ruiz continued.')).toEqual([['continued', 'Ana Ruiz']]);
    expect(cue('“What does that even mean?” Tom Lee asked, waving the timetable.')).toEqual([
      ['asked', 'Tom Lee'],
    ]);
  });
  it('reads “went on” as a verb of speech only next to a quote', () => {
    const cue = (text: string) => quotesOf(text).map((q) => [q.cueText, q.sourceText]);
    expect(cue('"The ferry will run on Sundays too," she went on.')).toEqual([['went on', 'she']]);
    expect(cue('Ana Ruiz went on: "The ferry will run on Sundays too."')).toEqual([['went on:', 'Ana Ruiz']]);
    expect(cue('The harbor meeting went on for hours.')).toEqual([]);
    expect(cue('Tom Lee, who starred in "Harbor Lights," went on to work at the port.')).toEqual([]);
  });
  it('takes the inverted verb of “Said X: “…”” as the cue, not the colon', () => {
    const cue = (text: string) => quotesOf(text).map((q) => [q.cueText, q.sourceText]);
    expect(cue('Fares rose again.\n\nContinued Ruiz: “The ferry is late every day.”')).toEqual([
      ['Continued', 'Ruiz'],
    ]);
    expect(cue('Fares rose again. Said Tom Lee: “The ferry is late every day.”')).toEqual([
      ['Said', 'Tom Lee'],
    ]);
  });

  it('joins “A?” X said. “B.” into one quote even when the next line opens with its own attribution', () => {
    // Lines separated by single line breaks are one paragraph: the next line's cue is read before the split
    // quote's second half is settled, and must not hide the attribution the half continues.
    const text =
      'Ferry fares rose.\n“How long must we wait?” Ana Ruiz said. “The boat was late again. Nobody told us why.”\n' +
      '“Maybe next week,” she added. “We will see.”';
    const quotes = quotesOf(text);
    expect(quotes.map((q) => [q.speaker, q.text])).toEqual([
      ['Ana Ruiz', 'How long must we wait? The boat was late again. Nobody told us why.'],
      ['Ana Ruiz', 'Maybe next week. We will see.'],
    ]);
  });

  it('resumes an interrupted quote past a short aside of the writer’s, not past a new attribution', () => {
    const texts = quotesOf(
      '“The ferry will be late,” Ana Ruiz said at a meeting in Tromsø, Norway, “and nobody will say why.”',
    ).map((q) => [q.speaker, q.text]);
    expect(texts).toEqual([['Ana Ruiz', 'The ferry will be late, and nobody will say why.']]);
    const adding = quotesOf('“The ferry will be late,” Ana Ruiz said, adding, “and nobody will say why.”');
    expect(adding.map((q) => q.cueText)).toEqual(['said', 'adding']);
  });
});
