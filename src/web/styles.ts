/** The site's one stylesheet: a quiet magazine look, no web fonts, dark text on light. */
export const SITE_CSS = `
:root {
  --ink: #1c1c1a;
  --muted: #5d5a54;
  --paper: #fbfaf7;
  --card: #ffffff;
  --rule: #ded9cf;
  --accent: #8c2f1b;
  --link: #1f4e79;
  --banner: #fff3c4;
  --serif: "Iowan Old Style", "Palatino Linotype", Palatino, Georgia, "Times New Roman", serif;
  --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  --measure: 68ch;
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--paper); color: var(--ink); font: 17px/1.55 var(--sans); }
a { color: var(--link); text-underline-offset: 0.15em; }
a:hover { color: var(--accent); }
img { max-width: 100%; height: auto; }
h1, h2, h3, h4 { font-family: var(--serif); line-height: 1.2; font-weight: 600; margin: 0 0 0.4em; }
h1 { font-size: clamp(1.9rem, 4vw, 2.9rem); letter-spacing: -0.01em; }
h2 { font-size: 1.5rem; }
h3 { font-size: 1.15rem; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 1rem; background: var(--card); padding: 0.5rem; z-index: 2; }
.demo-banner { background: var(--banner); border-bottom: 1px solid #e6d48a; text-align: center; padding: 0.45rem 1rem; font-size: 0.95rem; }
.site-header { border-bottom: 3px double var(--ink); background: var(--card); }
.site-header .inner, main, .site-footer .inner { max-width: 72rem; margin: 0 auto; padding: 0 1.25rem; }
.site-header .inner { display: flex; flex-wrap: wrap; align-items: center; gap: 0.75rem 1.5rem; padding-top: 0.9rem; padding-bottom: 0.9rem; }
.brand { font-family: var(--serif); font-size: 1.7rem; font-weight: 700; color: var(--ink); text-decoration: none; letter-spacing: 0.02em; }
.site-nav { display: flex; gap: 1.1rem; flex: 1; }
.site-nav a { color: var(--ink); text-decoration: none; font-weight: 600; }
.site-nav a:hover { color: var(--accent); }
.search-form { display: flex; gap: 0.4rem; }
.search-form input[type=search] { font: inherit; padding: 0.35rem 0.6rem; border: 1px solid var(--rule); border-radius: 4px; min-width: 12rem; }
.search-form button { font: inherit; padding: 0.35rem 0.8rem; border: 1px solid var(--ink); background: var(--ink); color: var(--paper); border-radius: 4px; cursor: pointer; }
main { padding-top: 1.75rem; padding-bottom: 3rem; }
.site-footer { border-top: 1px solid var(--rule); color: var(--muted); font-size: 0.92rem; padding: 1.5rem 0 2.5rem; }
.site-footer p { max-width: var(--measure); }
.muted, .meta { color: var(--muted); }
.meta { font-size: 0.9rem; }
.standfirst { font-family: var(--serif); font-size: 1.2rem; color: #3b3934; max-width: var(--measure); }
.section-title { font-family: var(--sans); text-transform: uppercase; letter-spacing: 0.08em; font-size: 0.85rem; color: var(--accent); border-top: 1px solid var(--ink); padding-top: 0.5rem; margin-top: 2.5rem; }
.story-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(19rem, 1fr)); gap: 1.5rem; list-style: none; padding: 0; margin: 0; }
.story-card { background: var(--card); border: 1px solid var(--rule); border-radius: 6px; padding: 1rem 1.1rem; display: flex; flex-direction: column; gap: 0.5rem; }
.story-card:first-child { grid-column: 1 / -1; }
.story-card:first-child h2 { font-size: 2rem; }
.story-card h2 { font-size: 1.3rem; margin: 0; }
.story-card h2 a { color: var(--ink); text-decoration: none; }
.story-card h2 a:hover { color: var(--accent); text-decoration: underline; }
.story-card .standfirst { font-size: 1.02rem; margin: 0; }
.thumb { margin: 0; order: -1; }
.thumb img { display: block; width: 100%; aspect-ratio: 16 / 9; object-fit: cover; border-radius: 4px; background: #ece8df; }
.thumb figcaption, .lead-image figcaption { font-size: 0.8rem; color: var(--muted); margin-top: 0.25rem; }
.outlet-names { font-size: 0.88rem; color: var(--muted); margin: 0; }
.coverage { margin: 0.5rem 0 1rem; }
.coverage > svg { display: block; width: 100%; min-width: 8rem; }
.coverage > svg text { font: 600 12px var(--sans); pointer-events: none; }
.coverage figcaption { font-size: 0.85rem; color: var(--muted); margin-bottom: 0.25rem; }
.legend { list-style: none; padding: 0; margin: 0.4rem 0 0; display: flex; flex-wrap: wrap; gap: 0.3rem 1rem; font-size: 0.85rem; }
.legend svg { display: inline-block; width: 10px; height: 10px; margin-right: 0.35em; vertical-align: -0.05em; }
.mini-coverage { margin: 0; }
.story-head { max-width: 52rem; }
.lead-image { margin: 1.5rem 0; max-width: 52rem; }
.lead-image img { display: block; width: 100%; border-radius: 4px; }
.facts { max-width: var(--measure); font-family: var(--serif); font-size: 1.08rem; }
.facts li { margin-bottom: 0.5rem; }
.facts .meta { font-family: var(--sans); }
.coverage-pair { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: 1rem 2rem; }
.perspectives { display: grid; grid-template-columns: repeat(auto-fit, minmax(17rem, 1fr)); gap: 1.25rem; align-items: start; }
.perspective { background: var(--card); border: 1px solid var(--rule); border-top: 4px solid var(--ink); border-radius: 6px; padding: 0.9rem 1rem; }
.perspective.own-state { border-top-color: #b4442c; }
.perspective.own-state-backed { border-top-color: #d9822b; }
.perspective.own-public { border-top-color: #2f6f9f; }
.perspective.own-private { border-top-color: #6a5fa8; }
.perspective.own-independent { border-top-color: #3f8f5f; }
.perspective.own-unknown { border-top-style: dashed; }
.perspective > h3 { font-family: var(--sans); font-size: 0.95rem; text-transform: uppercase; letter-spacing: 0.05em; }
.headline-credit { margin: -0.2rem 0 0.6rem; }
.blindspots { list-style: none; padding: 0; margin: 0.6rem 0; display: flex; flex-wrap: wrap; gap: 0.4rem; }
.blindspot { background: #fbe9e4; border: 1px solid #e3b5a8; border-radius: 4px; padding: 0.2rem 0.55rem; font-size: 0.9rem; }
.blindspot-label { font-weight: 700; text-transform: uppercase; letter-spacing: 0.05em; font-size: 0.75rem; color: var(--accent); }
.outlet-headlines dl { margin: 0; max-width: var(--measure); }
.outlet-headlines dt { font-family: var(--sans); font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.05em; color: var(--muted); margin-top: 0.7rem; }
.outlet-headlines dd { margin: 0.15rem 0 0; font-family: var(--serif); font-size: 1.05rem; }
.outlet-headlines .outlet-name { font-family: var(--sans); font-size: 0.9rem; font-weight: 600; }
.wire-copy { background: var(--card); border: 1px solid var(--rule); border-left: 4px solid #6a5fa8; border-radius: 6px; padding: 0.8rem 1rem; max-width: var(--measure); }
.wire-copy h3 { font-family: var(--sans); font-size: 1rem; }
.wire-tag { font-size: 0.78rem; background: #ece9f6; border-radius: 3px; padding: 0 0.3rem; white-space: nowrap; }
.outlet-card { border-top: 1px solid var(--rule); padding-top: 0.75rem; margin-top: 0.75rem; }
.outlet-card h4 { font-size: 1.05rem; margin-bottom: 0.2rem; }
.outlet-card ul { padding-left: 1.1rem; margin: 0.3rem 0; }
.badge { display: inline-block; font: 600 0.72rem/1.4 var(--sans); text-transform: uppercase; letter-spacing: 0.04em; padding: 0.05rem 0.4rem; border-radius: 3px; background: #ece8df; color: #3b3934; margin-right: 0.3rem; }
.badge.own-state { background: #f6ddd6; color: #7a2714; }
.badge.own-state-backed { background: #fbe6cf; color: #7a4410; }
.badge.own-public { background: #d9e7f3; color: #1d4a70; }
.badge.own-private { background: #e6e3f1; color: #3f3a73; }
.badge.own-independent { background: #dcefe3; color: #225a38; }
blockquote { margin: 0.75rem 0; padding: 0.1rem 0 0.1rem 0.9rem; border-left: 3px solid var(--accent); font-family: var(--serif); }
blockquote p { margin: 0 0 0.25rem; }
blockquote footer { font-family: var(--sans); font-size: 0.85rem; color: var(--muted); }
.timeline { list-style: none; padding: 0; margin: 0; max-width: var(--measure); border-left: 2px solid var(--rule); }
.timeline li { padding: 0 0 0.7rem 1rem; position: relative; }
.timeline li::before { content: ""; position: absolute; left: -6px; top: 0.5em; width: 10px; height: 10px; border-radius: 50%; background: var(--accent); }
.timeline time, .timeline .muted { display: block; font-size: 0.85rem; color: var(--muted); }
.chips { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.4rem; }
.chips a { display: inline-block; padding: 0.2rem 0.65rem; border: 1px solid var(--rule); border-radius: 999px; background: var(--card); text-decoration: none; font-size: 0.9rem; }
.related { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: 1rem; }
.related li { background: var(--card); border: 1px solid var(--rule); border-radius: 6px; padding: 0.8rem 1rem; font-family: var(--serif); font-size: 1.05rem; }
.plain-list { list-style: none; padding: 0; max-width: var(--measure); }
.plain-list li { padding: 0.6rem 0; border-bottom: 1px solid var(--rule); }
table { border-collapse: collapse; width: 100%; background: var(--card); }
th, td { text-align: left; padding: 0.5rem 0.7rem; border-bottom: 1px solid var(--rule); }
th { font-size: 0.85rem; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.table-wrap { overflow-x: auto; }
.article-body { max-width: var(--measure); font-family: var(--serif); font-size: 1.1rem; line-height: 1.65; }
.article-body img { border-radius: 4px; }
.read-original a { display: inline-block; margin: 0.4rem 0 1rem; padding: 0.55rem 1rem; border-radius: 4px; background: var(--accent); color: #fff; font-family: var(--sans); font-weight: 600; text-decoration: none; }
.read-original a:hover { color: #fff; text-decoration: underline; }
.search-results mark { background: #ffe58a; color: inherit; padding: 0 0.1em; }
.pager { display: flex; gap: 1rem; margin-top: 1.5rem; }
.error-page { max-width: var(--measure); }
.signup-box { border-top: 1px solid var(--rule); padding: 1rem 0; font-family: var(--sans); }
.signup-box form, .signup-form { display: flex; flex-wrap: wrap; gap: 0.4rem; align-items: center; }
.signup-box input[type=email], .signup-form input[type=email] { font: inherit; padding: 0.35rem 0.6rem; border: 1px solid var(--rule); border-radius: 4px; min-width: 14rem; }
.signup-box button, .signup-form button, .newsletter-page button { font: inherit; padding: 0.35rem 0.8rem; border: 1px solid var(--ink); background: var(--ink); color: var(--paper); border-radius: 4px; cursor: pointer; }
.newsletter-page fieldset { border: 0; padding: 0; margin: 1rem 0; }
.newsletter-page .form-error { color: var(--accent); font-weight: 600; }
/* The honeypot: people never see it, form-filling bots fill it in. */
.hp { position: absolute; left: -10000px; width: 1px; height: 1px; overflow: hidden; }
.error-page .code { font-family: var(--sans); color: var(--accent); font-weight: 700; letter-spacing: 0.08em; }
@media (min-width: 56rem) {
  .story-card:first-child { display: grid; grid-template-columns: 3fr 2fr; column-gap: 1.5rem; align-content: start; }
  .story-card:first-child > * { grid-column: 2; }
  .story-card:first-child > .thumb { grid-column: 1; grid-row: 1 / span 6; }
}
@media (max-width: 40rem) {
  body { font-size: 16px; }
  .site-nav { flex: 1 1 100%; order: 3; }
  .search-form { flex: 1 1 100%; }
  .search-form input[type=search] { flex: 1; min-width: 0; }
  .story-card:first-child h2 { font-size: 1.5rem; }
  /* In-bar labels assume a wide bar; on phones the legend carries them instead. */
  .coverage > svg text { display: none; }
}
`;
