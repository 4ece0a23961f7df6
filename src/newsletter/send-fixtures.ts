/** Test support: a rendered letter as composition hands it over, placeholders and all. */
import { PERSONAL, type RenderedLetter } from './types.js';

/** A small letter of `list` for issue `date`, carrying every personal placeholder in HTML and text. */
export function letterFixture(
  list: RenderedLetter['list'] = 'briefing',
  date = '2026-12-07',
): RenderedLetter {
  return {
    list,
    issueKey: `${list}/${date}`,
    subject: `The ${list} for ${date}`,
    preheader: 'Three stories, four perspectives',
    html: `<!doctype html><html><body><p>${PERSONAL.greeting}</p><p>Story one & more.</p><p><a href="${PERSONAL.preferencesUrl}">Preferences</a> · <a href="${PERSONAL.unsubscribeUrl}">Unsubscribe</a></p></body></html>`,
    text: `${PERSONAL.greeting}\n\nStory one & more.\n\nPreferences: ${PERSONAL.preferencesUrl}\nUnsubscribe: ${PERSONAL.unsubscribeUrl}\n`,
    storyIds: ['1'],
  };
}
