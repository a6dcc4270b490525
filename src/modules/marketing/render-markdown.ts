import { escapeHtml, safeUrl } from './html.js';
import { parseTemplate } from './template-language.js';

/**
 * The template language: a small, safe part of Markdown with slots. Vendor text is escaped before any
 * markup is recognised, so it can carry no HTML of its own; slot values are put in last, as finished
 * HTML the caller escaped, so nothing a partner types is ever read as Markdown or as another slot.
 *
 * Blocks are separated by blank lines: `# `, `## `, `### ` headings, `- ` or `* ` lists, `---` rules
 * and paragraphs (a single line break inside one is kept). Inline: **bold**, *italic*, and links
 * [label](https://…) whose destination may be a slot such as {{cta}}.
 */
export interface SlotValues {
  /** The slot as HTML for element content (already escaped). */
  html(name: string): string;
  /** The slot as plain text. */
  text(name: string): string;
  /** The slot as a link destination, or null when it is not one. */
  url(name: string): string | null;
}

type Block =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'rule' }
  | { kind: 'paragraph'; lines: string[] };

// Markers are private-use characters, removed from the input first, so no text can forge one.
const OPEN = '\uE000';
const CLOSE = '\uE001';
const LINK_OPEN = '\uE002';
const LINK_CLOSE = '\uE003';
const SLOT_MARK = /\uE000(\d+)\uE001/g;
const LINK_MARK = /\uE002(\d+)\uE003/g;
const LINK = /\[([^\]\n]+)\]\(([^()\s]+)\)/g;

/** Replaces each slot by a marker no input can contain (control characters are removed first). */
function markSlots(source: string): { text: string; slots: string[] } {
  const slots: string[] = [];
  const clean = source
    .replace(/\r\n?/g, '\n')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uE000-\uE003]/g, '');
  const text = parseTemplate(clean)
    .map((part) => {
      if (part.kind === 'text') return part.text;
      slots.push(part.name);
      return `${OPEN}${slots.length - 1}${CLOSE}`;
    })
    .join('');
  return { text, slots };
}

function parseBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of text.split(/\n[ \t]*\n/)) {
    const lines = chunk.split('\n').filter((line) => line.trim() !== '');
    if (!lines.length) continue;
    const heading = lines.length === 1 ? /^(#{1,3})\s+(.*)$/.exec(lines[0]!.trim()) : null;
    if (heading) blocks.push({ kind: 'heading', level: heading[1]!.length, text: heading[2]! });
    else if (lines.length === 1 && /^-{3,}$/.test(lines[0]!.trim())) blocks.push({ kind: 'rule' });
    else if (lines.every((line) => /^\s*[-*]\s+/.test(line))) {
      blocks.push({ kind: 'list', items: lines.map((line) => line.replace(/^\s*[-*]\s+/, '')) });
    } else blocks.push({ kind: 'paragraph', lines: lines.map((line) => line.trim()) });
  }
  return blocks;
}

function slotIndex(value: string): number | null {
  const match = /^\uE000(\d+)\uE001$/.exec(value);
  return match ? Number(match[1]) : null;
}

function inlineHtml(text: string, slots: string[], values: SlotValues): string {
  const links: string[] = [];
  let html = escapeHtml(text).replace(LINK, (_all, label: string, destination: string) => {
    const index = slotIndex(destination);
    const href =
      index === null
        ? safeUrl(destination.replaceAll('&amp;', '&'), ['http:', 'https:', 'mailto:', 'tel:'])
        : values.url(slots[index] ?? '');
    if (!href) return label;
    links.push(`<a href="${escapeHtml(href)}" style="color:#1c5fb8">${label}</a>`);
    return `${LINK_OPEN}${links.length - 1}${LINK_CLOSE}`;
  });
  html = html
    .replace(/\*\*([^*\n]+?)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[^*\w])\*([^*\s][^*\n]*?)\*/g, '$1<em>$2</em>')
    .replace(/(^|[^\w])_([^_\s][^_\n]*?)_(?!\w)/g, '$1<em>$2</em>');
  return html
    .replace(LINK_MARK, (_all, i: string) => links[Number(i)]!)
    .replace(SLOT_MARK, (_all, i: string) => values.html(slots[Number(i)] ?? ''));
}

function inlineText(text: string, slots: string[], values: SlotValues): string {
  return text
    .replace(LINK, (_all, label: string, destination: string) => {
      const index = slotIndex(destination);
      const href =
        index === null ? safeUrl(destination, ['http:', 'https:']) : values.url(slots[index] ?? '');
      return href ? `${label} (${href})` : label;
    })
    .replace(/\*\*([^*\n]+?)\*\*/g, '$1')
    .replace(/(^|[^*\w])\*([^*\s][^*\n]*?)\*/g, '$1$2')
    .replace(SLOT_MARK, (_all, i: string) => values.text(slots[Number(i)] ?? ''));
}

const HEADING_STYLE = [
  '',
  'font-size:26px;margin:0 0 16px',
  'font-size:20px;margin:0 0 12px',
  'font-size:17px;margin:0 0 10px',
];

function blockHtml(block: Block, inline: (value: string) => string): string {
  switch (block.kind) {
    case 'heading':
      return `<h${block.level} style="${HEADING_STYLE[block.level]}">${inline(block.text)}</h${block.level}>`;
    case 'rule':
      return '<hr style="border:0;border-top:1px solid #dde3ea;margin:20px 0">';
    case 'list':
      return `<ul style="margin:0 0 16px;padding-left:22px">${block.items.map((item) => `<li style="margin:4px 0">${inline(item)}</li>`).join('')}</ul>`;
    case 'paragraph':
      return `<p style="margin:0 0 16px;line-height:1.55">${block.lines.map(inline).join('<br>')}</p>`;
  }
}

/** The template as HTML (a fragment, with inline styles so it also works in email). */
export function renderTemplateHtml(source: string, values: SlotValues): string {
  const { text, slots } = markSlots(source);
  const inline = (value: string) => inlineHtml(value, slots, values);
  return parseBlocks(text)
    .map((block) => blockHtml(block, inline))
    .join('\n');
}

function blockText(block: Block, inline: (value: string) => string): string {
  switch (block.kind) {
    case 'heading':
      return inline(block.text);
    case 'rule':
      return '---';
    case 'list':
      return block.items.map((item) => `- ${inline(item)}`).join('\n');
    case 'paragraph':
      return block.lines.map(inline).join('\n');
  }
}

/** The template as plain text (the text part of an email, a social post). */
export function renderTemplateText(source: string, values: SlotValues): string {
  const { text, slots } = markSlots(source);
  const inline = (value: string) => inlineText(value, slots, values);
  return parseBlocks(text)
    .map((block) => blockText(block, inline).trim())
    .filter(Boolean)
    .join('\n\n');
}
