import { endsSentence, isProse, wordCount } from './text-lines.js';

// Interface words that stand alone on a line when a page is copied.
const UI_LINE =
  /^(?:menu|open menu|close(?: menu)?|search|home|skip to (?:main )?content|skip to navigation|jump to content|log ?in|sign ?in|log ?out|sign ?out|register|my account|account|back to top|top|print(?: this (?:article|page))?|save(?: article| for later)?|saved|bookmark|listen(?: to this article)?|play|pause|\d+ min(?:ute)?s? read|reading time:? .*|\d+ comments?|comments?|view comments|show comments|leave a comment|join the conversation|follow|following|follow us.*|more|less|see more|show more|load more|next|previous|prev|next article|previous article|advertisement|advert|ad|ads|sponsored(?: content)?|paid content|partner content|promoted|story continues(?: below| after)?(?: (?:this )?advertisement)?|continue reading(?: below)?|scroll to continue(?: with content)?|skip advert(?:isement)?|remove ads|reuse this content|support us|donate|contribute|become a member|accept(?: all)?(?: cookies)?|reject(?: all)?(?: cookies)?|allow all|deny|i agree|agree|got it|ok|okay|manage (?:settings|preferences|cookies|options)|cookie settings|privacy settings|privacy policy|terms(?: of (?:use|service))?|terms and conditions|contact us|about us|enter your email(?: address)?|email address|your email|topics|tags|related topics|view gallery|enlarge|expand|toggle caption|hide caption|image|photo|video|gallery|audio)[.:!]?$/i;

const SHARE_WORDS =
  '(?:share|tweet|post|email|e-mail|copy link|copy|link|print|facebook|twitter|x|linkedin|whatsapp|telegram|pinterest|reddit|flipboard|messenger|bluesky|threads|mastodon|on|via|this|article|story|page)';
const SHARE_LINE = new RegExp(
  `^(?:share|tweet|copy link|email|e-mail)\\b(?:[\\s|•·/,:]+${SHARE_WORDS})*[.:!]?$`,
  'i',
);
// Share buttons in other languages: "Partager sur Facebook", "Envoyer par e-mail", "Teilen".
const FOREIGN_SHARE =
  /^(?:partager|envoyer par e-?mail|teilen|per e-?mail (?:senden|teilen)|compartir|enviar por (?:e-?mail|correo)|condividi|invia per e-?mail|partilhar|compartilhar|delen)(?:\s+(?:sur|par|auf|per|en|por|su|no|op|via)\s+\S+)?[.:!]?$/i;
const NETWORK_LIST =
  /^(?:(?:facebook|twitter|x|linkedin|whatsapp|telegram|pinterest|reddit|email|e-mail|copy link|print|instagram|youtube|tiktok|flipboard|bluesky|threads|mastodon)[\s|•·/,]*)+$/i;
const COOKIE = /\bcookies?\b/i;
const COOKIE_CONTEXT =
  /\b(?:use|uses|using|accept|consent|policy|settings|preferences|agree|continuing|personalis|personaliz|partners|tracking|store)\w*/i;
const BARE_URL = /^(?:<)?(?:https?:\/\/|www\.)\S+(?:>)?$/i;
const COPYRIGHT = /^(?:copyright\b|©|\(c\)\s)|\ball rights reserved\b/i;
const ALT_TEXT =
  /^(?:image may contain\b|alt(?:ernative)? text\s*:|image description\s*:|\[(?:image|photo|picture|img)\b[^\]]*\]$|[\w-]+\.(?:jpe?g|png|gif|webp|avif)$)/i;
const LABELLED_DESCRIPTION = /^(?:image|img|photo|picture|graphic)\s*[:-]\s*(.+)$/i;
const BOTTOM_CREDITS = /^(?:(?:additional )?reporting by|writing by|editing by|compiled by|edited by)\b/i;

/** True for a line that is page furniture on its own: UI words, ads, share lines, cookies, bare URLs. */
export function isChromeLine(line: string): boolean {
  const words = wordCount(line);
  if (line.length <= 60 && UI_LINE.test(line)) return true;
  if (words <= 10 && (SHARE_LINE.test(line) || FOREIGN_SHARE.test(line) || NETWORK_LIST.test(line)))
    return true;
  if (BARE_URL.test(line)) return true;
  if (COOKIE.test(line) && COOKIE_CONTEXT.test(line) && words <= 80) return true;
  if (COPYRIGHT.test(line) && words <= 25) return true;
  if (ALT_TEXT.test(line)) return true;
  if (isAltDescription(line)) return true;
  if (BOTTOM_CREDITS.test(line) && words <= 25) return true;
  return false;
}

/** "Image: a woman walks past…": an image description copied along with the page. */
export function isAltDescription(line: string): boolean {
  const m = LABELLED_DESCRIPTION.exec(line);
  if (!m) return false;
  const rest = m[1]!.trim();
  const restWords = wordCount(rest);
  const nameLike = rest.split(/\s+/).every((w) => /^[\p{Lu}/(&]|^(?:via|and|of|for|the)$/u.test(w));
  return restWords > 6 || (!nameLike && !rest.includes('/'));
}

/** The name in a copyright footer ("© 2026 The Quarterly Review. All rights reserved."), or null. */
export function copyrightOwner(line: string): string | null {
  if (!COPYRIGHT.test(line)) return null;
  const name = line
    .replace(/all rights reserved\.?/i, '')
    .replace(/^(?:copyright|©|\(c\))\s*/i, '')
    .replace(/©/g, '')
    .replace(/\b(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\b/g, '')
    .replace(/^[\s.,;:|-]+|[\s.,;:|-]+$/g, '')
    .trim();
  const words = wordCount(name);
  return words >= 1 && words <= 6 && /\p{Lu}/u.test(name) ? name : null;
}

/** True for a line that was the reporting/editing credit at the foot of a wire story. */
export function bottomCreditName(line: string): string | null {
  const m = /^(?:reporting|writing) by\s+(.+?)(?:;|$)/i.exec(line);
  return m ? m[1]!.trim() : null;
}

// Newsletter and subscription pitches.
const PROMO_STRONG =
  /\b(?:sign up (?:for|to)|signup for|subscribe (?:to|now|today)|get (?:our|the) .{0,40}(?:newsletter|email|briefing)|delivered (?:straight )?to your inbox|in your inbox|privacy notice|newsletter promotion|enter your email|our newsletter|free newsletter|already a subscriber|start your (?:free )?trial|unlimited access)\b/i;
const PROMO_WORD =
  /\b(?:newsletter|newsletters|subscribe|subscribers?|subscription|sign up|signup|inbox|email address)\b/i;
const PROMO_FOLLOW =
  /\b(?:email|inbox|privacy|newsletter|subscribe|sign up|sign-up|free|terms|unsubscribe|offer|trial|policy|promotion|briefing|delivered|weekly|daily|every (?:day|week|morning|sunday|monday))\b/i;

/** True for the first line of a newsletter / subscribe / sign-up box. */
export function startsPromo(line: string): boolean {
  const words = wordCount(line);
  if (PROMO_STRONG.test(line) && words <= 45) return true;
  return PROMO_WORD.test(line) && words <= 8 && !endsSentence(line);
}

/** True for a line that still belongs to a promo box (buttons, pitch, privacy note). */
export function continuesPromo(line: string): boolean {
  const words = wordCount(line);
  const pitch = PROMO_STRONG.test(line) || /\b(?:privacy|newsletters?|unsubscribe|inbox)\b/i.test(line);
  if (PROMO_FOLLOW.test(line) && words <= 45 && (pitch || !isProse(line))) return true;
  // The one-line pitch under a sign-up heading: "The top stories, every morning at 7am."
  if (PROMO_FOLLOW.test(line) && words <= 16) return true;
  return words <= 4 && !endsSentence(line);
}

// Where reader comments begin: "4 comments", "2 thoughts on …", "Leave a Reply", "Mary says:".
const COMMENTS_START =
  /^(?:\d+\s+(?:comments?|responses?|replies|thoughts on\b.*)|comments?\s*\(\d+\)|leave a (?:reply|comment)|join the (?:conversation|discussion)|show comments|view comments|commentaires|kommentare|comentarios)[.:!]?$/i;

/** True for the line that opens the comments under an article. */
export function startsComments(line: string): boolean {
  return line.length <= 80 && COMMENTS_START.test(line);
}

/** True for the "Reporting by …; Editing by …" line that ends a wire story. */
export function isWireFooter(line: string): boolean {
  return /^(?:(?:additional )?reporting by|writing by|editing by)\b/i.test(line) && wordCount(line) <= 30;
}

const END_HEADING =
  /^(?:lire aussi|à lire aussi|sur le même sujet|lesen sie auch|mehr zum thema|leer más|lee también|te puede interesar|leggi anche|leia também|lees ook|explore more(?: on these topics)?|more (?:from|on|in|about) .{1,60}|more stories|more news|more to read|read more|read next|read this next|related(?: stories| articles| content| coverage| reading| topics)?|recommended(?: for you| stories| reading)?|you (?:may|might) also like|you may be interested in|most (?:read|popular|viewed|shared)|trending(?: now)?|popular(?: now)?|what to read next|further reading|also on .{1,40}|latest(?: news| stories)?|topics|on this topic|in other news|around the web|from around the web|top stories|editor'?s picks|comments?(?: \(\d+\))?)[.:]?$/i;

/** True for a heading that opens a list of other stories (at the end or in the middle). */
export function isListHeading(line: string): boolean {
  return line.length <= 80 && END_HEADING.test(line);
}

/** "Read more: Some other headline" — a one-line pointer to another story. */
export function isPointerLine(line: string): boolean {
  return (
    /^(?:read more|read also|also read|related|see also|more on this|watch|listen|recommended|explore more|read next)\s*[:|–—-]\s*\S/i.test(
      line,
    ) && wordCount(line) <= 25
  );
}

/** A lone short menu item: one to four words, no sentence punctuation. */
export function isMenuItem(line: string): boolean {
  if (line.length > 32 || endsSentence(line) || /^[-•*]\s/.test(line)) return false;
  const words = line.split(/\s+/);
  if (words.length > 4) return false;
  return words.every((w) => /^[\p{Lu}\p{N}&]/u.test(w) || /^(?:and|of|the|in|on|for|to|&|a)$/.test(w));
}
