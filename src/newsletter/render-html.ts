import { html, raw, type SafeHtml } from '../lib/html.js';
import type { LetterContent, LetterItem, PerspectiveLine } from './letter-content.js';
import { PERSONAL } from './types.js';

/*
 * Mail clients are not browsers: Gmail drops <style> in some views and clips a message past 102 KB,
 * Outlook lays out with Word and understands tables, widths and bgcolor far better than CSS. So the
 * letter is one 600-pixel table, every style is inline, images carry width, alt text and a credit,
 * and nothing is loaded from elsewhere but the images themselves.
 */

const FONT = raw("font-family:Georgia,'Times New Roman',serif");
const SANS = raw('font-family:Helvetica,Arial,sans-serif');
const INK = '#1d1d1b';
const MUTED = '#5c5c57';
const RULE = '#d9d6cc';
const ACCENT = '#8a2b0f';

/** The letter as one HTML document, with the PERSONAL placeholders for greeting and links. */
export function renderHtml(letter: LetterContent): string {
  const body = html`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="color-scheme" content="light"><title>${letter.subject}</title></head>
<body style="margin:0;padding:0;background:#f4f2ec">
<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">${letter.preheader}&#8199;&#847;&#8199;&#847;&#8199;&#847;&#8199;&#847;</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f4f2ec" style="background:#f4f2ec">
<tr><td align="center" style="padding:16px 8px">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="width:100%;max-width:600px;background:#ffffff;border:1px solid ${RULE}">
<tr><td style="padding:20px 24px 8px;${SANS};font-size:12px;color:${MUTED}">
<a href="${letter.webUrl}" style="color:${MUTED}">Read this letter on the web</a></td></tr>
<tr><td style="padding:4px 24px 16px;border-bottom:3px solid ${INK}">
<div style="${SANS};font-size:13px;letter-spacing:1px;text-transform:uppercase;color:${ACCENT}">Multipolar · ${letter.date}</div>
<h1 style="margin:4px 0 0;${FONT};font-size:30px;line-height:1.2;color:${INK}">${letter.title}</h1></td></tr>
<tr><td style="padding:16px 24px 0;${FONT};font-size:16px;line-height:1.5;color:${INK}">
<p style="margin:0 0 8px">${PERSONAL.greeting}</p>
<p style="margin:0;color:${MUTED}">${letter.intro}</p></td></tr>
${letter.items.length > 0 ? letter.items.map(itemRows) : html`<tr><td style="padding:16px 24px;${FONT};font-size:16px;color:${INK}">${letter.empty}</td></tr>`}
<tr><td style="padding:24px;border-top:1px solid ${RULE};${SANS};font-size:12px;line-height:1.6;color:${MUTED}">
You receive this because you subscribed to ${letter.title} from <a href="${letter.siteUrl}/" style="color:${MUTED}">Multipolar</a>.<br>
<a href="${PERSONAL.preferencesUrl}" style="color:${MUTED}">Change your letters</a> · <a href="${PERSONAL.unsubscribeUrl}" style="color:${MUTED}">Unsubscribe</a> · <a href="${letter.siteUrl}/letters" style="color:${MUTED}">Past issues</a>
</td></tr>
</table></td></tr></table></body></html>
`;
  return body.value;
}

function itemRows(item: LetterItem, index: number): SafeHtml {
  return html`<tr><td style="padding:20px 24px 4px;${index > 0 ? `border-top:1px solid ${RULE};` : ''}">
${item.image ? imageBlock(item) : ''}
<h2 style="margin:0 0 6px;${FONT};font-size:22px;line-height:1.25"><a href="${item.url}" style="color:${INK};text-decoration:none">${item.headline}</a></h2>
${item.note ? html`<p style="margin:0 0 8px;${SANS};font-size:13px;font-weight:bold;color:${ACCENT}">${item.note}</p>` : ''}
${item.facts.length > 0 ? html`<ul style="margin:0 0 10px;padding:0 0 0 20px;${FONT};font-size:16px;line-height:1.5;color:${INK}">${item.facts.map((f) => html`<li style="margin:0 0 4px">${f}</li>`)}</ul>` : ''}
${item.perspectives.length > 0 ? html`<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">${item.perspectives.map(lineRow)}</table>` : ''}
<p style="margin:8px 0 12px;${SANS};font-size:13px"><a href="${item.url}" style="color:${ACCENT}">The whole story, from ${item.outletCount} ${item.outletCount === 1 ? 'outlet' : 'outlets'} →</a></p>
</td></tr>
`;
}

function imageBlock(item: LetterItem): SafeHtml {
  const img = item.image!;
  return html`<img src="${img.url}" alt="${img.alt}" width="552" style="display:block;width:100%;max-width:552px;height:auto;border:0">
<p style="margin:4px 0 12px;${SANS};font-size:11px;color:${MUTED}">${img.credit}</p>`;
}

function lineRow(line: PerspectiveLine): SafeHtml {
  return html`<tr><td style="padding:6px 0 6px 10px;border-left:3px solid ${RULE};${SANS};font-size:14px;line-height:1.45;color:${INK}">
<strong>${line.label}</strong> <span style="color:${MUTED}">(${line.outlets.join(', ')})</span>${
    line.quote
      ? html`<br><span style="${FONT};font-style:italic">“${line.quote.text}”</span> <span style="color:${MUTED}">— ${line.quote.speaker}, via ${line.quote.outlet}</span>`
      : ''
  }</td></tr>`;
}
