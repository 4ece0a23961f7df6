import { createGazetteer } from '../actors/gazetteer.js';
import { findMentions } from '../actors/find-mentions.js';
import { describe, expect, it } from 'vitest';
import { quotesOf } from './test-helpers.js';

/** The one quote of a text: its speaker, role and organisation. */
function speakerOf(text: string) {
  const quotes = quotesOf(text);
  expect(quotes).toHaveLength(1);
  const q = quotes[0]!;
  return { speaker: q.speaker, role: q.speakerRole ?? null, organisation: q.affiliation };
}

describe('the speaker’s role and organisation', () => {
  it('reads both from an appositive before the cue', () => {
    expect(
      speakerOf(
        'Nasser Al-Kuwari, a Qatari Foreign Ministry spokesman, said the talks would resume on Monday.',
      ),
    ).toEqual({ speaker: 'Nasser Al-Kuwari', role: 'spokesman', organisation: 'Qatari Foreign Ministry' });
  });

  it('reads an adjective that opens the sentence before a role as part of the role, not a body', () => {
    expect(
      speakerOf('Military analyst Pavel Orlin argues that the drills go far beyond what deterrence needs.'),
    ).toEqual({
      speaker: 'Pavel Orlin',
      role: 'analyst',
      organisation: null,
    });
    expect(speakerOf('Kremlin spokesman Pavel Orlin said the talks would go on.').organisation).toBe(
      'Kremlin',
    );
  });

  it('splits a title’s organisation from the name it runs on into', () => {
    const q = quotesOf(
      '“It is the cheapest way,” said Principal Secretary for Basic Education Joseph Odhiambo.',
    );
    expect(q.map((x) => [x.speaker, x.speakerRole, x.affiliation])).toEqual([
      ['Joseph Odhiambo', 'Principal Secretary', 'Basic Education'],
    ]);
  });

  it('credits the person a role phrase names right after it, not the role', () => {
    const q = quotesOf(
      '“Today the fund becomes a lifeline,” said the fund’s executive director, Marta Quillon. “The money goes to homes.”',
    );
    expect(q.map((x) => x.speaker)).toEqual(['Marta Quillon']);
    expect(
      quotesOf('The spokesman, Tom Hart, said the port would reopen on Monday.').map((x) => x.speaker),
    ).toEqual(['Tom Hart']);
    const un = quotesOf(
      'The UN coordinator for the initiative, Henrike Vossberg, called the extension “a relief for millions of families”.',
    );
    expect(un.map((x) => [x.speaker, x.speakerKind])).toEqual([['Henrike Vossberg', 'person']]);
  });

  it('reads the plural of a role as a group, not a person', () => {
    const q = quotesOf('Federal prosecutors alleged that the firm paid the inspectors in cash.');
    expect(q.map((x) => [x.speaker, x.speakerKind])).toEqual([['Federal prosecutors', 'group']]);
  });

  it('reads a network as a body and a continent’s adjective as no organisation', () => {
    const q = quotesOf(
      'The Tideline Debt Network, a coalition of African debt campaigners, said in a statement that the deal was “a plaster on a broken leg”.',
    );
    expect(q.map((x) => [x.speaker, x.speakerKind, x.affiliation])).toEqual([
      ['Tideline Debt Network', 'organisation', null],
    ]);
  });

  it('reads an appositive after an inverted cue, with the organisation after "for"', () => {
    expect(
      speakerOf('“We are closer than ever,” said Imogen Price, a spokeswoman for the Harbour Authority.'),
    ).toEqual({ speaker: 'Imogen Price', role: 'spokeswoman', organisation: 'Harbour Authority' });
  });

  it('keeps the modifiers of a role noun and stops at the organisation', () => {
    expect(
      speakerOf(
        'Maria Lopez, the deputy chief economist at the Central Bank of Chile, said inflation had peaked.',
      ),
    ).toEqual({
      speaker: 'Maria Lopez',
      role: 'deputy chief economist',
      organisation: 'Central Bank of Chile',
    });
  });

  it('takes no courtesy title for a role, and reads the role from the appositive instead', () => {
    expect(
      speakerOf(
        'Dr Samuel Ndegwa, an education economist at the University of Nairobi, said results had risen.',
      ),
    ).toEqual({
      speaker: 'Samuel Ndegwa',
      role: 'education economist',
      organisation: 'University of Nairobi',
    });
    expect(speakerOf('Sir Alan Pike said the plan would fail.').role).toBeNull();
  });

  it('keeps an organisation’s name whole past "for"', () => {
    expect(
      speakerOf(
        'Ravi Kapoor, an economist at the Institute for Global Finance in London, said relief was late.',
      ),
    ).toEqual({ speaker: 'Ravi Kapoor', role: 'economist', organisation: 'Institute for Global Finance' });
    expect(
      speakerOf('Meera Iyer of the Centre for Climate Equity said the sum was small.').organisation,
    ).toBe('Centre for Climate Equity');
  });

  it('takes title words before the name as the role', () => {
    expect(speakerOf('Interior Minister Wolfgang Brandt said the border would stay open.')).toMatchObject({
      speaker: 'Wolfgang Brandt',
      role: 'Interior Minister',
    });
    expect(speakerOf('Secretary of State Ellen Marsh said the deal was close.')).toMatchObject({
      speaker: 'Ellen Marsh',
      role: 'Secretary of State',
    });
  });

  it('splits an organisation off the title words', () => {
    expect(speakerOf('Foreign Ministry Spokesperson Liang Wen said Beijing would respond.')).toEqual({
      speaker: 'Liang Wen',
      role: 'Spokesperson',
      organisation: 'Foreign Ministry',
    });
  });

  it('gives a role-noun speaker its role and organisation', () => {
    expect(speakerOf('A spokesperson for the Port Authority said the terminal would reopen.')).toMatchObject({
      role: 'spokesperson',
      organisation: 'Port Authority',
    });
  });

  it('carries the role over to a later mention of the surname', () => {
    const quotes = quotesOf(
      'Ana Ruiz, a senior analyst at the Harbour Institute, said growth would slow.\n\nRuiz added that rates would stay high.',
    );
    expect(quotes.map((q) => [q.speaker, q.speakerRole, q.affiliation])).toEqual([
      ['Ana Ruiz', 'senior analyst', 'Harbour Institute'],
      ['Ana Ruiz', 'senior analyst', 'Harbour Institute'],
    ]);
  });

  it('gives no role where the text gives none', () => {
    expect(speakerOf('Ana Ruiz said the terminal would reopen.').role).toBeNull();
    expect(speakerOf('The ministry said the terminal would reopen.').role).toBeNull();
  });
});

describe('a role given where the subject was first named', () => {
  it('carries the appositive of an earlier subject to a later pronoun', () => {
    const quotes = quotesOf(
      'Nasser Al-Kuwari, a Qatari Foreign Ministry spokesman, met reporters on Sunday.\n\nHe said the talks would resume on Monday.',
    );
    expect(quotes.map((q) => [q.speaker, q.speakerRole, q.affiliation])).toEqual([
      ['Nasser Al-Kuwari', 'spokesman', 'Qatari Foreign Ministry'],
    ]);
  });

  it('reads a nationality as part of the role, never as the organisation', () => {
    const g = createGazetteer();
    const withGazetteer = (text: string) => {
      const [q] = quotesOf(text, { mentions: findMentions(text, g), gazetteer: g });
      return [q?.speaker, q?.speakerRole, q?.affiliation];
    };
    expect(
      withGazetteer(
        '“Our trade passes through here,” said Vandana Khurana, a former Indian ambassador to Vietnam.',
      ),
    ).toEqual(['Vandana Khurana', 'Indian ambassador', null]);
    // The adjective of a body further on is not the speaker's nationality: no "German head".
    expect(
      withGazetteer(
        'Jens Hartmann, head of trade policy at the German parts makers’ federation, said: “It is an eternity.”',
      ),
    ).toEqual(['Jens Hartmann', 'head', null]);
  });

  it('keeps a country before a role in the role, and never takes the country a role serves in for the speaker', () => {
    const g = createGazetteer();
    const first = (text: string) => quotesOf(text, { mentions: findMentions(text, g), gazetteer: g })[0];
    const envoy = first(
      'Kurt Volker, the former US special envoy to Ukraine, told lawmakers he was unaware of it.',
    );
    expect([envoy?.speaker, envoy?.speakerRole, envoy?.affiliation]).toEqual([
      'Kurt Volker',
      'US special envoy',
      null,
    ]);
    const ambassador = first(
      'China’s ambassador to Britain accused the UK and the US of meddling in its affairs.',
    );
    expect(ambassador?.speaker).not.toBe('Britain');
  });

  it('keeps an ampersand inside an organisation name', () => {
    expect(
      speakerOf('Jeff Sanborn, president of Chapter & Verse, a design agency, said the campaign had worked.'),
    ).toEqual({
      speaker: 'Jeff Sanborn',
      role: 'president',
      organisation: 'Chapter & Verse',
    });
  });

  it('reads the name after the country a role serves in, and gives the role to that person', () => {
    const g = createGazetteer();
    const text =
      'Norway’s ambassador to Japan Ingrid Dahl Berg has said that the talks will go on.\n\nBerg said that the fishing quotas were fair.';
    const quotes = quotesOf(text, { mentions: findMentions(text, g), gazetteer: g });
    expect(quotes.map((q) => [q.speaker, q.speakerKind, q.speakerRole])).toEqual([
      ['Ingrid Dahl Berg', 'person', 'Norway’s ambassador to Japan'],
      ['Ingrid Dahl Berg', 'person', 'Norway’s ambassador to Japan'],
    ]);
  });

  it('takes a role written after a possessive country for a person, not a government', () => {
    const g = createGazetteer();
    const text = 'Norway’s ambassador to Japan accused the ministry of delaying the talks.';
    const [q] = quotesOf(text, { mentions: findMentions(text, g), gazetteer: g });
    expect([q?.speaker, q?.speakerKind]).toEqual(['Norway’s ambassador to Japan', 'person']);
  });

  it('reads a role acronym before a name as a title, and after a name as a role with its organisation', () => {
    expect(speakerOf('“Orders are up,” CEO Mara Lindqvist said on Tuesday.')).toEqual({
      speaker: 'Mara Lindqvist',
      role: 'CEO',
      organisation: null,
    });
    expect(speakerOf('Brightwell CEO Mara Lindqvist said orders were up.')).toEqual({
      speaker: 'Mara Lindqvist',
      role: 'CEO',
      organisation: 'Brightwell',
    });
    expect(speakerOf('Mara Lindqvist, CEO of Brightwell, said orders were up.')).toEqual({
      speaker: 'Mara Lindqvist',
      role: 'CEO',
      organisation: 'Brightwell',
    });
  });

  it('never takes a role acronym for the organisation', () => {
    expect(
      speakerOf('“Orders are up,” said Mara Lindqvist, CEO and founder of the firm.').organisation,
    ).toBeNull();
    expect(
      speakerOf('“Orders are up,” chairman, CEO and president Tom Adeyemi said in the release.').organisation,
    ).toBeNull();
  });

  it('takes no organisation from a word capitalised only because it opens the sentence', () => {
    expect(speakerOf('High school science teacher Rosa Lind said she left at dawn.')).toEqual({
      speaker: 'Rosa Lind',
      role: 'teacher',
      organisation: null,
    });
    expect(
      speakerOf(
        'Evening shift teacher Rosa Lind said she left at dawn. The evening shift lost six teachers.',
      ),
    ).toEqual({
      speaker: 'Rosa Lind',
      role: 'teacher',
      organisation: null,
    });
    expect(speakerOf('Kremlin spokesman Dmitry Orlov said the talks were useful.').organisation).toBe(
      'Kremlin',
    );
  });

  it('keeps an organisation’s name whole through a lower-case link before its head word', () => {
    expect(
      speakerOf(
        'Omar Haddad, a researcher at the Shelters in Cities Project at Leeds University, said the camps were full.',
      ).organisation,
    ).toBe('Shelters in Cities Project');
  });

  it('reads "Superintendent" as a title and takes no role from "fellow Republicans"', () => {
    const quotes = quotesOf(
      'Superintendent Nora Vale said the budget was thin. Vale, who has split from many fellow Republicans on vouchers, said pay must rise.',
    );
    expect(quotes.map((q) => [q.speaker, q.speakerRole ?? null])).toEqual([
      ['Nora Vale', 'Superintendent'],
      ['Nora Vale', 'Superintendent'],
    ]);
  });
});
