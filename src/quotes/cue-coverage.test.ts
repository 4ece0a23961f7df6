import { describe, expect, it } from 'vitest';
import { quotesOf } from './test-helpers.js';

/** The cue and source text of every quote found, in order. */
const cues = (text: string) => quotesOf(text).map((q) => [q.cueText, q.sourceText]);

describe('cue coverage', () => {
  it('reads a poll named after "in" as the source of the finding', () => {
    const [q] = quotesOf('In a Harbor Times poll released Monday, the mayor leads by nine points.');
    expect([q?.cueText, q?.sourceText, q?.text]).toEqual([
      'In',
      'a Harbor Times poll',
      'the mayor leads by nine points',
    ]);
    expect(cues('The mayor gained ground in poll numbers this spring.')).toEqual([]);
  });

  it('reads "see X as" and "see that" as a view, but not seeing a thing', () => {
    expect(cues('Many farmers see the tariff as a betrayal.')).toEqual([['see', 'Many farmers']]);
    expect(cues('Many farmers saw the parade on Sunday.')).toEqual([]);
  });

  it('reads a bare clause after a plural finding ("records show he gave nothing")', () => {
    expect(cues('Court records show he paid the fine twice.')).toEqual([['show', 'Court records']]);
    expect(cues('New surveys show voters split on the harbor plan.')).toEqual([['show', 'New surveys']]);
    expect(cues('The reruns show up on cable every night.')).toEqual([]);
  });

  it('takes a quantity as the subject of a poll answer', () => {
    expect(cues('One in three said the council ignores them.')).toEqual([['said', 'One in three']]);
    expect(cues('Most said they were worried about rents.')).toEqual([['said', 'Most']]);
  });

  it('takes "another" and a percentage as the subject of an answer', () => {
    expect(cues('Another said the ferry should stay.')).toEqual([['said', 'Another']]);
    expect(cues('Among renters, 41% say rents are too high.')).toEqual([['say', '41%']]);
  });

  it('reads "saying" right after a noun as the verb ("with 30 percent saying …")', () => {
    const cueWords = (text: string) => quotesOf(text).map((q) => q.cueText);
    expect(cueWords('Renters were split, with 30 percent saying the rules help them.')).toEqual(['saying']);
    expect(cueWords('She waved a sign saying the park must stay open.')).toEqual(['saying']);
  });

  it('reads "Asked …" and "when asked …" before a setting or a quoted question as the question put', () => {
    const first = (text: string) => quotesOf(text)[0]?.cueText ?? '';
    expect(first('Asked if the plan is “good for renters,” 60 percent said yes.')).toBe('Asked');
    expect(first('Asked Tuesday about the budget, Lee said it would pass.')).toMatch(/^Asked/);
    expect(first('When asked at the hearing about the budget, Lee said it would pass.')).toBe('asked');
    expect(first('Lee smiled when asked in May if she would run again.')).toBe('asked');
  });

  it('keeps a long lower-case appositive with the speaker', () => {
    const [q] = quotesOf('Ana Ruiz, senior counsel at the Tenants Union, said the law was weak.');
    expect(q?.sourceText).toBe('Ana Ruiz, senior counsel at the Tenants Union,');
    expect(q?.cueText).toBe('said');
  });

  it('reads a question put to the speaker after a quote as its own attribution', () => {
    const found = cues('“Not this year,” Ana Ruiz said when asked whether she would run.');
    expect(found).toEqual([
      ['said', 'Ana Ruiz'],
      ['asked', null],
    ]);
  });

  it('reads "Said X: “…”" at the start of a sentence', () => {
    const [q] = quotesOf('The vote was close. Said Ruiz, “We will try again.”');
    expect([q?.cueText, q?.sourceText, q?.text]).toEqual(['Said', 'Ruiz', 'We will try again.']);
  });

  it('closes a quote on a mistyped opening mark and on a doubled mark after an inner one', () => {
    expect(cues('The rally ended. “It was loud,“ said Ana Ruiz. She left.')[0]).toEqual(['said', 'Ana Ruiz']);
    const [q] = quotesOf("The rally ended. ''I call it 'the big push,''' said Ana Ruiz.");
    expect([q?.cueText, q?.sourceText]).toEqual(['said', 'Ana Ruiz']);
  });

  it('names a headline speaker with lower-case words before the colon', () => {
    const [q] = quotesOf(
      'Ruiz campaign: The council plan will raise rents.\n\nThe campaign spoke on Monday.',
    );
    expect([q?.cueText, q?.sourceText]).toEqual([':', 'Ruiz campaign']);
  });

  it('keeps a capitalised adverb with a headline verb', () => {
    const [q] = quotesOf(
      'Mayor Ruiz Just Announced A Bold Plan For The Harbor.\n\nThe mayor spoke on Monday.',
    );
    expect([q?.cueText, q?.sourceText]).toEqual(['Just Announced', 'Mayor Ruiz']);
  });

  it('reads a colon after a noun-like verb as speech', () => {
    expect(cues('The Harbor Times reports: “The council will vote in May.”')).toEqual([
      ['reports:', 'The Harbor Times'],
    ]);
  });
  it('reads a noun-like verb of speech after a closing quote ("…,” Ferrand notes.)', () => {
    const [q] = quotesOf('“We will not back down on this,” Ferrand notes.');
    expect([q?.cueText, q?.sourceText]).toEqual(['notes', 'Ferrand']);
  });

  it('reads "call" with a plural subject as a label, and only "called" after a noun as naming', () => {
    expect(cues('And 58 percent call him honest.')).toEqual([['call', '58 percent']]);
    expect(cues('She joined a group called Neighbors First.')).toEqual([]);
  });

  it('reads "and called X a Y" and "called him …" as a verb of naming, not a name given', () => {
    const qs = quotesOf('Okafor praised the budget but called the tax cut a gimmick.');
    expect(qs.map((q) => [q.cueText, q.sourceText, q.text])).toEqual([
      ['praised', 'Okafor', 'the budget'],
      ['called', 'Okafor', 'the tax cut a gimmick'],
    ]);
    expect(cues('Several commentators called him the calmest voice on the stage.')).toEqual([
      ['called', 'Several commentators'],
    ]);
  });

  it('reads a clause with no "that" after a noun-like or clause-only verb', () => {
    expect(cues('Tax filings show she donated to both parties.')).toEqual([['show', 'Tax filings']]);
    expect(cues('A new survey finds Ellison would beat Marsh easily.')).toEqual([['finds', 'A new survey']]);
    expect(cues('The survey team found a dog in the yard.')).toEqual([]);
  });

  it('reads a finding whose subject is a document with modifiers after it', () => {
    expect(cues('A survey by the Harlow Institute in March found Ana Ruiz with a clear lead.')).toEqual([
      ['found', 'A survey by the Harlow Institute in March'],
    ]);
    expect(cues('Polls in Ohio show a tie between the two.')).toEqual([['show', 'Polls in Ohio']]);
    expect(cues('The survey team found a dog in the yard.')).toEqual([]);
  });

  it('reads a participle after "but" as a second participle cue', () => {
    const qs = quotesOf('Okafor spoke on Friday, calling the budget fair but warning that taxes would rise.');
    expect(qs.map((q) => [q.cueText, q.sourceText])).toEqual([
      ['calling', 'Okafor'],
      ['warning', 'Okafor'],
    ]);
  });

  it('reads "hopes to" after a name as a verb of intent', () => {
    expect(cues('Ellison hopes to win back the suburbs.')).toEqual([['hopes', 'Ellison']]);
  });

  it('reads a participle that opens the sentence as a cue', () => {
    const [q] = quotesOf('Noting that rents had doubled, Ana Ruiz left the meeting.');
    expect([q?.cueText, q?.text]).toEqual(['Noting', 'rents had doubled']);
  });
  it('reads what a poll or study finds as a finding, and a feeling before a bare clause', () => {
    expect(cues('The spring survey found Ellison leading Marsh by six points.')).toEqual([
      ['found', 'The spring survey'],
    ]);
    expect(cues('Ana Ruiz felt she wasn’t heard.')).toEqual([['felt', 'Ana Ruiz']]);
    expect(cues('Ana Ruiz felt a chill.')).toEqual([]);
  });

  it('doubles the last consonant of short verbs before -ed ("bragged", "shrugged off", "concurred")', () => {
    expect(cues('Okafor bragged about her record.')).toEqual([['bragged about', 'Okafor']]);
    expect(cues('Pell shrugged off the criticism.')).toEqual([['shrugged off', 'Pell']]);
    expect(cues('Pell concurred that the budget was thin.')).toEqual([['concurred', 'Pell']]);
    expect(cues('“Fine,” Okafor nodded.')).toEqual([['nodded', 'Okafor']]);
  });

  it('reads verbs of voicing, musing and brushing aside as cues', () => {
    expect(cues('Mayor Lin Okafor voiced support for the harbor plan.')).toEqual([
      ['voiced support for', 'Mayor Lin Okafor'],
    ]);
    expect(cues('The Okafor campaign has a strong voice in the district.')).toEqual([]);
    expect(cues('Dara Pell articulated a vision of cheaper transit.')).toEqual([
      ['articulated', 'Dara Pell'],
    ]);
    expect(cues('Okafor surmised that the vote would be close.')).toEqual([['surmised', 'Okafor']]);
    expect(cues('Pell interpreted the ruling as a win for tenants.')).toEqual([['interpreted', 'Pell']]);
    expect(cues('Okafor is contemplating a run for governor.')).toEqual([['is contemplating', 'Okafor']]);
    expect(cues('Pell downplayed the importance of the poll.')).toEqual([['downplayed', 'Pell']]);
    expect(cues('Okafor relished the chance to debate Pell.')).toEqual([['relished', 'Okafor']]);
    expect(cues('Pell rebuffed the offer from the union.')).toEqual([['rebuffed', 'Pell']]);
    expect(cues('Okafor balked at the cost of the bridge.')).toEqual([['balked at', 'Okafor']]);
  });

  it('reads positing, pondering, disowning and persuading as cues', () => {
    expect(cues('Okafor posited that rents would fall.')).toEqual([['posited', 'Okafor']]);
    expect(cues('Okafor pondered whether to run again.')).toEqual([['pondered', 'Okafor']]);
    expect(cues('Pell is mulling a bid for the Senate.')).toEqual([['is mulling', 'Pell']]);
    expect(cues('Okafor disavowed the flyer.')).toEqual([['disavowed', 'Okafor']]);
    expect(cues('Pell repudiated the militia.')).toEqual([['repudiated', 'Pell']]);
    expect(cues('Okafor renounced her party membership.')).toEqual([['renounced', 'Okafor']]);
    expect(cues('Pell persuaded Okafor to delay the vote.')).toEqual([['persuaded', 'Pell']]);
  });

  it('reads "reassured" like "assured": the one reassured is not content', () => {
    const [q] = quotesOf('Pell reassured voters that taxes would not rise.');
    expect([q?.cueText, q?.text]).toEqual(['reassured', 'taxes would not rise']);
  });

  it('reads a ruling as a cue, but not rules as a noun', () => {
    expect(cues('A federal judge ruled that the map was unfair.')).toEqual([['ruled', 'A federal judge']]);
    expect(cues('Okafor ruled out a run for governor.')).toEqual([['ruled out', 'Okafor']]);
    expect(cues('The council passed new parking rules.')).toEqual([]);
  });

  it('reads "cast" and "frame" only as casting or framing something as something', () => {
    expect(cues('Pell cast the tax as a gift to landlords.')).toEqual([['cast', 'Pell']]);
    expect(cues('Pell cast her ballot early.')).toEqual([]);
    expect(cues('Okafor framed the race as a choice about rents.')).toEqual([['framed', 'Okafor']]);
    expect(cues('Okafor framed the photo.')).toEqual([]);
  });

  it('reads verbs of sparring and retreating with their particle', () => {
    expect(cues('Pell swiped at the mayor over the bridge.')).toEqual([['swiped at', 'Pell']]);
    expect(cues('Okafor railed about the tolls.')).toEqual([['railed about', 'Okafor']]);
    expect(cues('Pell sparred with Okafor over the budget.')).toEqual([['sparred with', 'Pell']]);
    expect(cues('Okafor reneged on her pledge.')).toEqual([['reneged on', 'Okafor']]);
    expect(cues('Pell sketched out a plan for the harbor.')).toEqual([['sketched out', 'Pell']]);
    expect(cues('Okafor expanded on her remarks.')).toEqual([['expanded on', 'Okafor']]);
    expect(cues('Pell backpedaled on the tax.')).toEqual([['backpedaled on', 'Pell']]);
    expect(cues('Okafor agonized over the decision.')).toEqual([['agonized over', 'Okafor']]);
    expect(cues('The tolls expanded in May.')).toEqual([]);
  });

  it('knows the irregular participles "shown" and "proven"', () => {
    expect(cues('Studies have shown that rents rise after a stadium opens.')).toEqual([
      ['have shown', 'Studies'],
    ]);
    expect(cues('Okafor has proven that the plan works.')).toEqual([['has proven', 'Okafor']]);
    expect(cues('The film was shown at noon.')).toEqual([]);
  });

  it('reads standing by or with someone as a stance, but not standing somewhere', () => {
    expect(cues('Pell stood by her remarks about the union.')).toEqual([['stood by', 'Pell']]);
    expect(cues('Okafor stood with the striking nurses.')).toEqual([['stood with', 'Okafor']]);
    expect(cues('Pell stood at the door.')).toEqual([]);
  });

  it('reads verbs of contempt, liking and hinting as cues', () => {
    expect(cues('Okafor ripped the transit board for the delays.')).toEqual([['ripped', 'Okafor']]);
    expect(cues('Pell ripped into the budget.')).toEqual([['ripped into', 'Pell']]);
    expect(cues('The lenders are ripping you off.')).toEqual([]);
    expect(cues('Fans ripped them away.')).toEqual([]);
    expect(cues('Okafor has vilified the landlords.')).toEqual([['has vilified', 'Okafor']]);
    expect(cues('Pell impugned the motives of the board.')).toEqual([['impugned', 'Pell']]);
    expect(cues('Many farmers despise the new tariff.')).toEqual([['despise', 'Many farmers']]);
    expect(cues('Pell admired the courage of the nurses.')).toEqual([['admired', 'Pell']]);
    expect(cues('Truckers love the new bypass.')).toEqual([['love', 'Truckers']]);
    expect(cues('There is no love lost between Pell and Okafor.')).toEqual([]);
    expect(cues('Okafor intimated that she would not run.')).toEqual([['intimated', 'Okafor']]);
    expect(cues('Pell foreshadowed a tougher budget.')).toEqual([['foreshadowed', 'Pell']]);
    expect(cues('Voters perceive the mayor as aloof.')).toEqual([['perceive', 'Voters']]);
    expect(cues('Okafor bristled at the question.')).toEqual([['bristled at', 'Okafor']]);
    expect(cues('Pell acquiesced to the demands of the union.')).toEqual([['acquiesced to', 'Pell']]);
  });

  it('reads comparing someone to something as a cue, but not "compared with" figures', () => {
    expect(cues('Okafor compared the new mayor to a stage magician.')).toEqual([['compared', 'Okafor']]);
    expect(cues('Pell won 40 percent of the vote, compared with 31 percent for Okafor.')).toEqual([]);
    expect(cues('Turnout was low compared to the spring primary.')).toEqual([]);
  });

  it('keeps "in the past", "in fact" or "in particular" after an auxiliary inside the cue', () => {
    expect(cues('Okafor has in the past described the levy as a trap.')).toEqual([
      ['has in the past described', 'Okafor'],
    ]);
    expect(cues('Several nurses have in fact reported that the ward was closed.')).toEqual([
      ['have in fact reported', 'Several nurses'],
    ]);
  });
});
