export { activeOutletKinds, kindsThatIgnored } from './ignored-by.js';
export { composeBlindspots } from './compose-blindspots.js';
export { BRIEFING_SIZE, byBreadth, composeBriefing } from './compose-briefing.js';
export { composeGoodNews, isGoodNews } from './compose-good-news.js';
export type {
  ComposeContext,
  LetterContent,
  LetterImage,
  LetterItem,
  PerspectiveLine,
} from './letter-content.js';
export {
  buildLetter,
  COMPOSERS,
  fromIssued,
  type IssueDeps,
  issueLetter,
  type LetterDeps,
  renderLetter,
} from './letters.js';
export { type CountryLabels, loadComposedStories, type StoryReader } from './load-stories.js';
export { renderHtml } from './render-html.js';
export { renderText } from './render-text.js';
export { GOOD_NEWS_RULES, isGoodNewsStory, isUpbeat, type Tone, toneOf } from './tone.js';
export { LIST_IDS, type ListId, PERSONAL, type PersonalField, type RenderedLetter } from './types.js';
export { issueDate, issueKey, issueKeyOf, LIST_WINDOW_HOURS, windowStart } from './windows.js';
export { publicCopy } from './public-copy.js';
export { LIST_INFO } from './lists.js';
