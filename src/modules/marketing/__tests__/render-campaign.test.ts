import { describe, expect, it } from 'vitest';
import {
  type Personalization,
  type RenderableTemplate,
  type RenderTargets,
  renderEmail,
  renderLandingPage,
  renderSocialPost,
} from '../render-campaign.js';
import { renderTemplateHtml, renderTemplateText, type SlotValues } from '../render-markdown.js';
import { parseTemplate, templateProblems } from '../template-language.js';

const TEMPLATE: RenderableTemplate = {
  kind: 'landing_page',
  name: 'Spring offer',
  subject: 'An offer from {{partner.name}}',
  body: [
    '# Hello from {{partner.name}}',
    '{{partner.logo}}',
    '**Our offer:** {{offer}}',
    'Talk to {{contact.name}} at {{contact.email}} or {{contact.phone}}, or see {{partner.website}}.',
    '[Book a call]({{cta}}) or [mail us]({{contact.email}})',
    '{{cta}}',
  ].join('\n\n'),
  ctaLabel: 'Book a demo',
};

const SAFE: Personalization = {
  partnerName: 'Summit Cloud',
  partnerWebsite: 'https://summit.example.com',
  contactName: 'Ann',
  contactEmail: 'ann@summit.example.com',
  contactPhone: '+1 555 0100',
  offerText: '20% off',
};

const TARGETS: RenderTargets = {
  ctaHref: 'https://trellis.example.com/t/abc123',
  logoSrc: '/c/slug/logo',
  heroSrc: null,
  shareHref: 'https://trellis.example.com/t/abc123',
};

const FORM = { action: '/c/slug/lead', values: {}, errors: {}, notice: null, ended: false };

function renderAll(p: Personalization): string[] {
  return [
    renderLandingPage(TEMPLATE, p, TARGETS, FORM).html,
    renderEmail({ ...TEMPLATE, kind: 'email' }, p, TARGETS).html,
    renderSocialPost({ ...TEMPLATE, kind: 'social_post' }, p, TARGETS).html,
  ];
}

/** Everything in the HTML that could run script or load from elsewhere. */
function dangers(html: string): string[] {
  const found: string[] = [];
  if (/<script/i.test(html)) found.push('script tag');
  if (/<(iframe|object|embed|svg|math|style[^>]*>[^<]*expression)/i.test(html)) found.push('active element');
  for (const tag of html.matchAll(/<([a-z][a-z0-9]*)\b([^>]*)>/gi)) {
    // Attribute values are quoted and escaped, so an event handler could only appear outside quotes.
    if (/\son[a-z]+\s*=/i.test(tag[2]!.replace(/"[^"]*"/g, '""'))) found.push(`event handler in <${tag[1]}>`);
  }
  for (const match of html.matchAll(/\s(?:href|src|action)="([^"]*)"/gi)) {
    const url = match[1]!.replaceAll('&amp;', '&').trim().toLowerCase();
    if (!/^(https?:|mailto:|tel:|\/|#|data:image\/)/.test(url)) found.push(`unsafe url ${url}`);
  }
  return found;
}

const HOSTILE: Array<{ label: string; field: keyof Personalization; value: string; literal?: string }> = [
  { label: 'a script tag in the offer', field: 'offerText', value: '<script>window.__pwned=1</script>' },
  {
    label: 'an image with onerror in the offer',
    field: 'offerText',
    value: '<img src=x onerror="window.__pwned=1">',
  },
  {
    label: 'attribute break-out in the contact name',
    field: 'contactName',
    value: '" onmouseover="alert(1)',
  },
  { label: 'a javascript: website', field: 'partnerWebsite', value: 'javascript:alert(1)' },
  { label: 'a disguised javascript: website', field: 'partnerWebsite', value: ' jav\tascript:alert(1)' },
  { label: 'a data: website', field: 'partnerWebsite', value: 'data:text/html,<script>alert(1)</script>' },
  { label: 'a javascript: contact email', field: 'contactEmail', value: 'javascript:alert(1)//@x.com' },
  {
    label: 'markup in the phone number',
    field: 'contactPhone',
    value: '<b>1</b>"><script>alert(1)</script>',
  },
  {
    label: 'a closing tag in the partner name',
    field: 'partnerName',
    value: '</title><script>alert(1)</script>',
  },
  {
    label: 'Markdown link injection in the offer',
    field: 'offerText',
    value: '[click](javascript:alert(1))',
  },
  {
    label: 'a slot in the offer',
    field: 'offerText',
    value: 'Write to {{contact.email}} now',
    literal: '{{contact.email}}',
  },
  { label: 'a slot in the contact name', field: 'contactName', value: '{{cta}}', literal: '{{cta}}' },
];

describe('co-branded assets escape what partners type', () => {
  it.each(HOSTILE)('$label: shown as text, never as markup', ({ field, value, literal }) => {
    for (const html of renderAll({ ...SAFE, [field]: value })) {
      expect(dangers(html)).toEqual([]);
      expect(html).not.toContain(value.includes('<') ? value : '\u0000');
      if (literal) expect(html).toContain(literal);
    }
  });

  it('shows a script in the offer text literally, escaped', () => {
    const [page] = renderAll({ ...SAFE, offerText: '<script>window.__pwned=1</script>' });
    expect(page).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;');
  });

  it('keeps safe values working: links, mailto, tel and the tracked call to action', () => {
    const [page] = renderAll(SAFE);
    expect(page).toContain('href="https://summit.example.com/"');
    expect(page).toContain('href="mailto:ann@summit.example.com"');
    expect(page).toContain('href="tel:+15550100"');
    expect(page).toContain('href="https://trellis.example.com/t/abc123"');
    expect(page).toContain('<img src="/c/slug/logo"');
    expect(page).toContain('<strong>Our offer:</strong> 20% off');
  });

  it('renders the plain-text part with values as typed', () => {
    const email = renderEmail(
      { ...TEMPLATE, kind: 'email' },
      { ...SAFE, offerText: '<b>1</b> {{offer}}' },
      TARGETS,
    );
    expect(email.subject).toBe('An offer from Summit Cloud');
    expect(email.text).toContain('Our offer: <b>1</b> {{offer}}');
    expect(email.text).toContain('Book a call (https://trellis.example.com/t/abc123)');
  });

  it('ends a social post with the tracked short link', () => {
    const post = renderSocialPost({ ...TEMPLATE, kind: 'social_post' }, SAFE, TARGETS);
    expect(post.text.trim().endsWith('https://trellis.example.com/t/abc123')).toBe(true);
  });

  it('shows that the offer ended instead of the form and body', () => {
    const page = renderLandingPage(TEMPLATE, SAFE, TARGETS, { ...FORM, ended: true }).html;
    expect(page).toContain('This offer has ended');
    expect(page).not.toContain('<form');
  });

  it('re-renders form values and messages escaped', () => {
    const page = renderLandingPage(TEMPLATE, SAFE, TARGETS, {
      ...FORM,
      values: { contactName: '"><script>alert(1)</script>' },
      errors: { contactEmail: 'Please enter a valid email address' },
      notice: { tone: 'error', text: '<b>bad</b>' },
    }).html;
    expect(dangers(page)).toEqual([]);
    expect(page).toContain('value="&quot;&gt;&lt;script&gt;');
    expect(page).toContain('aria-invalid="true" aria-describedby="contactEmail-error"');
  });
});

describe('vendor template Markdown', () => {
  const values: SlotValues = { html: () => '', text: () => '', url: () => null };

  it.each([
    ['raw HTML', '<script>alert(1)</script><img src=x onerror=alert(1)>'],
    ['a javascript: link', '[x](javascript:alert(1))'],
    ['an entity-disguised link', '[x](java&#115;cript:alert(1))'],
    ['a data: link', '[x](data:text/html;base64,PHNjcmlwdD4=)'],
    ['a link with a quote', '[x](https://a.example/"onmouseover="alert(1))'],
    ['forged slot markers', '\uE0000\uE001 [x](\uE0000\uE001) <\uE0020\uE003'],
  ])('%s is rendered harmless', (_label, body) => {
    expect(dangers(renderTemplateHtml(body, values))).toEqual([]);
  });

  it('renders headings, lists, emphasis, rules and safe links', () => {
    const html = renderTemplateHtml(
      '## Title\n\n- one\n- **two**\n\n---\n\n*it* and [site](https://a.example/x_y_z)',
      values,
    );
    expect(html).toContain('<h2');
    expect(html).toContain('<li style="margin:4px 0"><strong>two</strong></li>');
    expect(html).toContain('<hr');
    expect(html).toContain('<em>it</em>');
    expect(html).toContain('href="https://a.example/x_y_z"');
    expect(renderTemplateText('## Title\n\n[site](https://a.example/)', values)).toBe(
      'Title\n\nsite (https://a.example/)',
    );
  });
});

describe('template language', () => {
  it('splits text and slots, with spaces inside braces', () => {
    expect(parseTemplate('Hi {{ contact.name }}!')).toEqual([
      { kind: 'text', text: 'Hi ' },
      { kind: 'slot', name: 'contact.name' },
      { kind: 'text', text: '!' },
    ]);
  });

  it.each([
    ['{{partner.name}} {{offer}} {{cta}}', []],
    ['{{partner.nmae}}', ['names the unknown slot {{partner.nmae}}']],
    ['{{offer}} {{ price }} {{price}}', ['names the unknown slot {{price}}']],
    ['Open {{offer', ['is not part of a slot']],
  ])('%s', (source, expected) => {
    const messages = templateProblems('body', source).map((p) => p.message);
    expect(messages.length).toBe(expected.length);
    for (const [i, text] of expected.entries()) expect(messages[i]).toContain(text);
  });
});
