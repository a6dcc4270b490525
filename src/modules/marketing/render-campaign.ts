import { escapeHtml, mailtoUrl, safeUrl, telUrl } from './html.js';
import { renderTemplateHtml, renderTemplateText, type SlotValues } from './render-markdown.js';

export type TemplateKind = 'email' | 'landing_page' | 'social_post';

/** What the vendor's template brings to a rendering. */
export interface RenderableTemplate {
  kind: TemplateKind;
  name: string;
  subject: string;
  body: string;
  ctaLabel: string;
}

/** What the partner brings: all of it is untrusted text, escaped wherever it goes. */
export interface Personalization {
  partnerName: string;
  partnerWebsite: string | null;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  offerText: string;
}

/** Where links and images point in this rendering (tracked links once launched, inline images in previews). */
export interface RenderTargets {
  ctaHref: string | null;
  logoSrc: string | null;
  heroSrc: string | null;
  /** The tracked short link a social post ends with. */
  shareHref: string | null;
}

export interface LeadFormState {
  action: string;
  values: Partial<Record<LeadFormField, string>>;
  errors: Partial<Record<LeadFormField, string>>;
  /** Shown above the form: a thank-you, or why nothing was sent. */
  notice: { tone: 'success' | 'error'; text: string } | null;
  /** A paused or ended campaign shows that its offer has ended instead of the form. */
  ended: boolean;
}

export const LEAD_FORM_FIELDS = [
  'contactName',
  'contactEmail',
  'companyName',
  'contactPhone',
  'message',
] as const;
export type LeadFormField = (typeof LEAD_FORM_FIELDS)[number];

export interface RenderedAsset {
  kind: TemplateKind;
  subject: string;
  html: string;
  text: string;
}

const BUTTON =
  'display:inline-block;background:#1c5fb8;color:#ffffff;padding:12px 22px;border-radius:6px;text-decoration:none;font-weight:600';

/** The image source may be a data: URL (previews) or a path or http(s) URL (sent assets). */
function imageSrc(src: string | null): string | null {
  if (!src) return null;
  if (src.startsWith('data:image/') || src.startsWith('/')) return src;
  return safeUrl(src);
}

export function slotValues(p: Personalization, targets: RenderTargets, ctaLabel: string): SlotValues {
  const label = ctaLabel.trim() || 'Learn more';
  const website = safeUrl(p.partnerWebsite ?? '');
  const cta = safeUrl(targets.ctaHref ?? '') ?? (targets.ctaHref?.startsWith('#') ? targets.ctaHref : null);
  const logo = imageSrc(targets.logoSrc);
  const html: Record<string, () => string> = {
    'partner.name': () => escapeHtml(p.partnerName),
    'partner.logo': () =>
      logo
        ? `<img src="${escapeHtml(logo)}" alt="${escapeHtml(p.partnerName)}" style="max-height:64px;max-width:220px;border:0">`
        : '',
    'partner.website': () =>
      website
        ? `<a href="${escapeHtml(website)}" style="color:#1c5fb8">${escapeHtml(website.replace(/^https?:\/\//, '').replace(/\/$/, ''))}</a>`
        : escapeHtml(p.partnerWebsite ?? ''),
    'contact.name': () => escapeHtml(p.contactName),
    'contact.email': () => {
      const href = mailtoUrl(p.contactEmail);
      return href
        ? `<a href="${escapeHtml(href)}" style="color:#1c5fb8">${escapeHtml(p.contactEmail)}</a>`
        : escapeHtml(p.contactEmail);
    },
    'contact.phone': () => {
      const href = telUrl(p.contactPhone);
      return href
        ? `<a href="${escapeHtml(href)}" style="color:#1c5fb8">${escapeHtml(p.contactPhone)}</a>`
        : escapeHtml(p.contactPhone);
    },
    offer: () => escapeHtml(p.offerText).replace(/\r?\n/g, '<br>'),
    cta: () =>
      cta ? `<a href="${escapeHtml(cta)}" style="${BUTTON}">${escapeHtml(label)}</a>` : escapeHtml(label),
  };
  const text: Record<string, () => string> = {
    'partner.name': () => p.partnerName,
    'partner.logo': () => '',
    'partner.website': () => website ?? p.partnerWebsite ?? '',
    'contact.name': () => p.contactName,
    'contact.email': () => p.contactEmail,
    'contact.phone': () => p.contactPhone,
    offer: () => p.offerText,
    cta: () => (cta && !cta.startsWith('#') ? `${label}: ${cta}` : label),
  };
  const url: Record<string, () => string | null> = {
    'partner.website': () => website,
    'contact.email': () => mailtoUrl(p.contactEmail),
    'contact.phone': () => telUrl(p.contactPhone),
    cta: () => cta,
  };
  return {
    html: (name) => html[name]?.() ?? escapeHtml(`{{${name}}}`),
    text: (name) => text[name]?.() ?? `{{${name}}}`,
    url: (name) => url[name]?.() ?? null,
  };
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function contactLines(p: Personalization, values: SlotValues): string {
  const parts = [
    p.contactName && values.html('contact.name'),
    p.contactEmail && values.html('contact.email'),
    p.contactPhone && values.html('contact.phone'),
  ].filter(Boolean);
  return parts.length ? `Your contact: ${parts.join(' · ')}` : '';
}

function header(p: Personalization, targets: RenderTargets): string {
  const logo = imageSrc(targets.logoSrc);
  return logo
    ? `<img src="${escapeHtml(logo)}" alt="${escapeHtml(p.partnerName)}" style="max-height:56px;max-width:220px;border:0">`
    : `<strong style="font-size:20px">${escapeHtml(p.partnerName)}</strong>`;
}

function hero(targets: RenderTargets): string {
  const src = imageSrc(targets.heroSrc);
  return src
    ? `<img src="${escapeHtml(src)}" alt="" style="width:100%;max-width:600px;border:0;margin:0 0 20px">`
    : '';
}

export function renderEmail(
  t: RenderableTemplate,
  p: Personalization,
  targets: RenderTargets,
): RenderedAsset {
  const values = slotValues(p, targets, t.ctaLabel);
  const subject = oneLine(renderTemplateText(t.subject, values));
  const body = renderTemplateHtml(t.body, values);
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:0;background:#f3f5f8;font-family:Arial,Helvetica,sans-serif;color:#1f2933">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f3f5f8"><tr><td align="center" style="padding:24px 12px">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="max-width:600px;width:100%;background:#ffffff;border-radius:8px">
<tr><td style="padding:24px 32px;border-bottom:1px solid #e4e8ee">${header(p, targets)}</td></tr>
<tr><td style="padding:28px 32px;font-size:15px">${hero(targets)}${body}</td></tr>
<tr><td style="padding:18px 32px;border-top:1px solid #e4e8ee;font-size:12px;color:#616e7c">${contactLines(p, values)}<br>${escapeHtml(p.partnerName)}</td></tr>
</table></td></tr></table></body></html>`;
  const contact = [p.contactName, p.contactEmail, p.contactPhone].filter(Boolean).join(' · ');
  const text = [renderTemplateText(t.body, values), contact ? `Your contact: ${contact}` : '', p.partnerName]
    .filter(Boolean)
    .join('\n\n');
  return { kind: 'email', subject, html, text };
}

export function renderSocialPost(
  t: RenderableTemplate,
  p: Personalization,
  targets: RenderTargets,
): RenderedAsset {
  const values = slotValues(p, targets, t.ctaLabel);
  const subject = oneLine(renderTemplateText(t.subject, values));
  const share = safeUrl(targets.shareHref ?? '');
  const text = [subject, renderTemplateText(t.body, values), share ?? ''].filter(Boolean).join('\n\n');
  const html = `<div style="font-family:Arial,Helvetica,sans-serif;max-width:520px;border:1px solid #dde3ea;border-radius:10px;padding:18px;color:#1f2933;background:#ffffff">
<div style="margin:0 0 12px">${header(p, targets)}</div>${hero(targets)}
${subject ? `<div style="font-weight:700;font-size:17px;margin:0 0 10px">${escapeHtml(subject)}</div>` : ''}
${renderTemplateHtml(t.body, values)}
${share ? `<a href="${escapeHtml(share)}" style="color:#1c5fb8">${escapeHtml(share)}</a>` : ''}
</div>`;
  return { kind: 'social_post', subject, html, text };
}

const PAGE_STYLE = `body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Arial,sans-serif;color:#1f2933;background:#f3f5f8}
main{max-width:760px;margin:0 auto;padding:24px 16px 48px}
.card{background:#fff;border-radius:10px;padding:28px 32px;margin:0 0 20px;box-shadow:0 1px 3px rgba(0,0,0,.08)}
header.brand{display:flex;align-items:center;gap:16px;margin:0 0 20px}
label{display:block;font-weight:600;margin:14px 0 4px}
input,textarea{width:100%;box-sizing:border-box;padding:10px;border:1px solid #c3cbd5;border-radius:6px;font:inherit}
input[aria-invalid=true],textarea[aria-invalid=true]{border-color:#c92a2a}
.field-error{color:#c92a2a;font-size:14px;margin:4px 0 0}
button{margin:20px 0 0;background:#1c5fb8;color:#fff;border:0;border-radius:6px;padding:12px 22px;font:inherit;font-weight:600;cursor:pointer}
.notice{padding:12px 16px;border-radius:6px;margin:0 0 16px}
.notice.success{background:#e6f6ea;color:#1b5e20}.notice.error{background:#fdecec;color:#8a1c1c}
.trap{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}
footer{font-size:13px;color:#616e7c}`;

const FIELD_LABELS: Record<LeadFormField, { label: string; type: string; required: boolean }> = {
  contactName: { label: 'Your name', type: 'text', required: true },
  contactEmail: { label: 'Work email', type: 'email', required: true },
  companyName: { label: 'Company', type: 'text', required: true },
  contactPhone: { label: 'Phone (optional)', type: 'tel', required: false },
  message: { label: 'What would you like to talk about? (optional)', type: 'textarea', required: false },
};

function leadForm(form: LeadFormState): string {
  if (form.ended) {
    return '<div class="card" id="lead-form"><h2>This offer has ended</h2><p>Thank you for your interest. The offer on this page is no longer available.</p></div>';
  }
  const notice = form.notice
    ? `<div class="notice ${form.notice.tone}" role="${form.notice.tone === 'error' ? 'alert' : 'status'}">${escapeHtml(form.notice.text)}</div>`
    : '';
  const fields = LEAD_FORM_FIELDS.map((name) => {
    const spec = FIELD_LABELS[name];
    const value = escapeHtml(form.values[name] ?? '');
    const error = form.errors[name];
    const described = error ? ` aria-invalid="true" aria-describedby="${name}-error"` : '';
    const required = spec.required ? ' required' : '';
    const control =
      spec.type === 'textarea'
        ? `<textarea id="${name}" name="${name}" rows="4" maxlength="2000"${described}>${value}</textarea>`
        : `<input id="${name}" name="${name}" type="${spec.type}" value="${value}" maxlength="200"${required}${described}>`;
    const message = error ? `<p class="field-error" id="${name}-error">${escapeHtml(error)}</p>` : '';
    return `<label for="${name}">${escapeHtml(spec.label)}</label>${control}${message}`;
  }).join('\n');
  return `<div class="card" id="lead-form"><h2>Get in touch</h2>${notice}
<form method="post" action="${escapeHtml(form.action)}" novalidate>
${fields}
<div class="trap" aria-hidden="true"><label for="nickname">Leave this empty</label><input id="nickname" name="nickname" type="text" tabindex="-1" autocomplete="off"></div>
<button type="submit">Send</button>
</form></div>`;
}

export function renderLandingPage(
  t: RenderableTemplate,
  p: Personalization,
  targets: RenderTargets,
  form: LeadFormState,
): RenderedAsset {
  const values = slotValues(p, targets, t.ctaLabel);
  const subject = oneLine(renderTemplateText(t.subject, values)) || t.name;
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(subject)} · ${escapeHtml(p.partnerName)}</title><style>${PAGE_STYLE}</style></head>
<body><main>
<header class="brand">${header(p, targets)}</header>
<div class="card">${hero(targets)}${form.ended ? '' : renderTemplateHtml(t.body, values)}</div>
${leadForm(form)}
<footer>${contactLines(p, values)}<br>${escapeHtml(p.partnerName)}</footer>
</main></body></html>`;
  const text = [subject, renderTemplateText(t.body, values)].join('\n\n');
  return { kind: 'landing_page', subject, html, text };
}
