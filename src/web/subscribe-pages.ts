import { NEWSLETTER_LISTS, type NewsletterList, type Subscriber } from '../domain/index.js';
import { LIST_INFO } from '../newsletter/lists.js';
import { html, type SafeHtml } from './html.js';

const honeypot = html`<span class="hp" aria-hidden="true"><label>Leave this empty <input type="text" name="website" tabindex="-1" autocomplete="off"></label></span>`;

function listChoices(chosen: readonly NewsletterList[]): SafeHtml {
  return html`<fieldset><legend>Letters</legend>${NEWSLETTER_LISTS.map(
    (l) =>
      html`<p><label><input type="checkbox" name="lists" value="${l}"${chosen.includes(l) ? html` checked` : ''}> <strong>${LIST_INFO[l].title}</strong> — ${LIST_INFO[l].description}</label></p>`,
  )}</fieldset>`;
}

/** The sign-up page: address, lists, the honeypot and the form token. */
export function signUpPage(p: {
  csrf: string;
  email: string;
  lists: NewsletterList[];
  error?: string;
}): SafeHtml {
  return html`<section class="newsletter-page">
<h1>Multipolar by email</h1>
${p.error ? html`<p class="form-error" role="alert">${p.error}</p>` : ''}
<form class="signup-page-form" method="post" action="/subscribe">
<p><label for="email">Your email address</label><br>
<input id="email" type="email" name="email" required maxlength="254" autocomplete="email" value="${p.email}"></p>
${listChoices(p.lists.length > 0 ? p.lists : ['briefing'])}
<input type="hidden" name="csrf" value="${p.csrf}">
${honeypot}
<button type="submit">Subscribe</button>
</form>
<p>We send a mail to confirm the address first; nothing else is sent until you press the button it leads to.</p>
</section>`;
}

/** The same answer for every accepted sign-up, whether or not the address was known. */
export function checkInboxPage(): SafeHtml {
  return html`<section class="newsletter-page">
<h1>Check your inbox</h1>
<p>If the address can receive our letters, a mail with a confirmation link is on its way. Open the link and press the button on the page to confirm.</p>
<p>Nothing arrived? Look in the spam folder, or sign up again in a few minutes.</p>
</section>`;
}

/** The confirmation landing page: a button, because mail scanners follow links but do not post forms. */
export function confirmPage(p: { token: string; csrf: string; lists: NewsletterList[] }): SafeHtml {
  const names = p.lists.map((l) => LIST_INFO[l].title).join(', ') || 'Multipolar letters';
  return html`<section class="newsletter-page">
<h1>Confirm your subscription</h1>
<p>Press the button to start receiving <strong>${names}</strong>.</p>
<form method="post" action="/newsletter/confirm">
<input type="hidden" name="t" value="${p.token}">
<input type="hidden" name="csrf" value="${p.csrf}">
<button type="submit">Confirm my subscription</button>
</form>
</section>`;
}

/** The preferences page: lists, pause, and leaving altogether. */
export function preferencesPage(p: {
  token: string;
  csrf: string;
  subscriber: Subscriber;
  saved?: boolean;
}): SafeHtml {
  const s = p.subscriber;
  const state =
    s.state === 'suppressed'
      ? 'This address is on our do-not-mail list (it bounced or complained); we will not mail it again.'
      : s.state === 'pending'
        ? 'This address is not confirmed yet: letters start after the confirmation.'
        : s.state === 'unsubscribed'
          ? 'You receive no letters.'
          : null;
  return html`<section class="newsletter-page">
<h1>Your letters</h1>
<p>For <strong>${s.email}</strong>.</p>
${p.saved ? html`<p role="status">Saved.</p>` : ''}
${state ? html`<p>${state}</p>` : ''}
<form method="post" action="/newsletter/preferences">
${listChoices(s.lists)}
<p><label><input type="checkbox" name="paused" value="1"${s.paused ? html` checked` : ''}> Pause all letters for now</label></p>
<input type="hidden" name="t" value="${p.token}">
<input type="hidden" name="csrf" value="${p.csrf}">
<button type="submit">Save</button>
</form>
</section>`;
}

/** The unsubscribe page: one button (the one-click POST from a mail client needs no page at all). */
export function unsubscribePage(p: { token: string; csrf: string; list: NewsletterList | null }): SafeHtml {
  const what = p.list ? LIST_INFO[p.list].title : 'every Multipolar letter';
  return html`<section class="newsletter-page">
<h1>Unsubscribe</h1>
<form method="post" action="/newsletter/unsubscribe?t=${p.token}">
<input type="hidden" name="csrf" value="${p.csrf}">
<button type="submit">Unsubscribe from ${what}</button>
</form>
</section>`;
}

/** A short page saying what happened. */
export function notePage(title: string, text: string, link?: { href: string; label: string }): SafeHtml {
  return html`<section class="newsletter-page">
<h1>${title}</h1>
<p>${text}</p>
${link ? html`<p><a href="${link.href}">${link.label}</a></p>` : ''}
</section>`;
}
