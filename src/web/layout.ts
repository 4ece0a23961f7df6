import { html, type SafeHtml } from './html.js';
import { STYLESHEET_PATH } from './static.js';

/** What one page puts into the shell. */
export interface PageShell {
  /** The page's own title; the site name is appended. */
  title: string;
  description?: string | null;
  /** Show the fictional-newsroom banner. */
  demo: boolean;
  /** Prefills the header search box. */
  query?: string;
  body: SafeHtml;
  /**
   * The sign-up form token (newsletter/tokens.ts), when the page was composed with one: the box then
   * posts straight away; without one it leads to the sign-up page, whose form carries a token.
   */
  signupToken?: string | null;
}

const ABOUT =
  'Multipolar is a self-hosted newsroom in a box: it collects coverage from many outlets, sets out the facts they share, and shows how state, public, private and independent media from different countries tell the same story, side by side.';

/** The full HTML document around a page body: header, navigation, search box, footer. */
export function renderPage(p: PageShell): string {
  const title = p.title ? `${p.title} · Multipolar` : 'Multipolar';
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${p.description ? html`<meta name="description" content="${p.description}">` : ''}
<link rel="stylesheet" href="${STYLESHEET_PATH}">
<link rel="alternate" type="application/atom+xml" title="Multipolar: top stories" href="/feeds/stories.atom">
</head>
<body>
<a class="skip" href="#content">Skip to content</a>
${p.demo ? html`<p class="demo-banner" role="note"><strong>Demo newsroom</strong> — every outlet, person and article here is fictional.</p>` : ''}
<header class="site-header">
<div class="inner">
<a class="brand" href="/">Multipolar</a>
<nav class="site-nav" aria-label="Sections"><a href="/">Stories</a><a href="/blindspots">Blindspots</a><a href="/outlets">Outlets</a><a href="/letters">Letters</a></nav>
<form class="search-form" role="search" method="get" action="/search">
<label class="skip" for="site-search">Search articles</label>
<input id="site-search" type="search" name="q" value="${p.query ?? ''}" placeholder="Search articles" maxlength="500">
<button type="submit">Search</button>
</form>
</div>
</header>
<main id="content">
${p.body}
</main>
<footer class="site-footer">
<div class="inner">
${signupBox(p.signupToken ?? null)}
<p>${ABOUT}</p>
<p><a href="/letters">Newsletters</a> · <a href="/feeds/stories.atom">Atom feed</a> · <a href="/api/stories">JSON API</a></p>
</div>
</footer>
</body>
</html>
`.value;
}

/** The sign-up box at the foot of every page: an email input, the honeypot and, when given, the form token. */
function signupBox(token: string | null): SafeHtml {
  const form = token
    ? html`<form method="post" action="/subscribe">`
    : html`<form method="get" action="/subscribe">`;
  return html`<section class="signup-box" aria-labelledby="signup-title">
<h2 id="signup-title" class="section-title">The morning briefing, by email</h2>
${form}
<label for="signup-email">Your email address</label>
<input id="signup-email" type="email" name="email" required maxlength="254" autocomplete="email" placeholder="you@example.org">
<input type="hidden" name="lists" value="briefing">
${token ? html`<input type="hidden" name="csrf" value="${token}">` : ''}
<span class="hp" aria-hidden="true"><label>Leave this empty <input type="text" name="website" tabindex="-1" autocomplete="off"></label></span>
<button type="submit">Subscribe</button>
</form>
<p>The day's main stories, the facts and how each side covered them. Also: <a href="/subscribe">the weekly good news and blindspots</a>.</p>
</section>`;
}
