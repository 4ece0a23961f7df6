import { escapeHtml } from '../lib/html.js';
import type { NewsletterList } from '../domain/index.js';
import { LIST_INFO } from './lists.js';

/** The double opt-in mail: one link to a page whose button confirms (a scanner following the link confirms nothing). */
export function confirmationMail(
  lists: readonly NewsletterList[],
  confirmUrl: string,
): {
  subject: string;
  html: string;
  text: string;
} {
  const names = lists.map((l) => LIST_INFO[l].title);
  const what = names.length > 0 ? names.join(', ') : 'Multipolar letters';
  const text = [
    `Someone, hopefully you, asked to receive ${what} at this address.`,
    '',
    'To confirm, open this link and press the button on the page (the link works for 24 hours):',
    confirmUrl,
    '',
    'If it was not you, ignore this mail: nothing will be sent unless the address is confirmed.',
  ].join('\n');
  const html = `<!doctype html><html><body style="font-family:Georgia,serif;color:#222">
<p>Someone, hopefully you, asked to receive <strong>${escapeHtml(what)}</strong> at this address.</p>
<p><a href="${escapeHtml(confirmUrl)}" style="color:#0b5394">Open the confirmation page</a> and press its button (the link works for 24 hours).</p>
<p style="color:#666">If it was not you, ignore this mail: nothing will be sent unless the address is confirmed.</p>
</body></html>`;
  return { subject: `Confirm your subscription: ${what}`, html, text };
}
