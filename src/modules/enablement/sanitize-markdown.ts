/**
 * Lesson text is stored as Markdown that cannot carry raw HTML or script links, so any renderer
 * (CommonMark or GFM, with or without its own sanitizer) shows it as the author's text:
 *
 * - every `<` that could start an HTML tag, comment, declaration or processing instruction is written
 *   as the entity `&lt;` (it still reads as "<"); autolinks to http(s) and mail addresses are kept;
 * - a link or image destination (`[text](…)`, `[label]: …`) whose scheme is not http, https or
 *   mailto becomes `#`, including schemes disguised with entities, escapes or control characters;
 * - control characters are dropped and line endings become `\n`.
 *
 * Fenced code blocks that start at the left margin are kept as written: their content is never HTML.
 * Everything else, inline code and indented fences included, is treated as prose (a `<` inside
 * inline code then shows as `&lt;`: the price of never guessing wrong in the unsafe direction).
 */
export function sanitizeMarkdown(input: string): string {
  const text = input
    .replace(/\r\n?/g, '\n')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');
  const out: string[] = [];
  let prose: string[] = [];
  let fence: { char: string; length: number } | null = null;
  const flushProse = () => {
    if (prose.length) out.push(sanitizeProse(prose.join('\n')));
    prose = [];
  };
  for (const line of text.split('\n')) {
    if (fence) {
      out.push(line);
      const closing = /^ {0,3}(`+|~+)[ \t]*$/.exec(line);
      if (closing?.[1]?.[0] === fence.char && closing[1].length >= fence.length) fence = null;
      continue;
    }
    const opening = /^(`{3,}|~{3,})(.*)$/.exec(line);
    if (opening && !(opening[1]![0] === '`' && opening[2]!.includes('`'))) {
      flushProse();
      fence = { char: opening[1]![0]!, length: opening[1]!.length };
      out.push(line);
      continue;
    }
    prose.push(line);
  }
  flushProse();
  return out.join('\n');
}

const SAFE_SCHEME = /^(https?|mailto):/i;
/** CommonMark's e-mail autolink, without "/" and "=" in the local part. */
const EMAIL_AUTOLINK =
  /^<[A-Za-z0-9.!#$%&'*+?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*>/;
const URL_AUTOLINK = /^<(?:https?|mailto):[^\s<>]*>/i;

function sanitizeProse(prose: string): string {
  return escapeTags(neutralizeDestinations(prose));
}

/** `<` that could open markup becomes `&lt;`; allowed autolinks stay. */
function escapeTags(prose: string): string {
  let result = '';
  for (let i = 0; i < prose.length; i++) {
    const char = prose[i]!;
    if (char !== '<') {
      result += char;
      continue;
    }
    const rest = prose.slice(i, i + 2100);
    const autolink = URL_AUTOLINK.exec(rest) ?? EMAIL_AUTOLINK.exec(rest);
    if (autolink) {
      result += autolink[0];
      i += autolink[0].length - 1;
      continue;
    }
    result += /^<[A-Za-z/!?]/.test(rest) ? '&lt;' : '<';
  }
  return result;
}

/**
 * Every place a renderer could read a link destination: after `](` and after `]:`, past any
 * whitespace (a line break included). Looser than the grammar on purpose: a false alarm costs a link
 * in odd text, a miss would let a script through.
 */
function neutralizeDestinations(prose: string): string {
  let result = '';
  let i = 0;
  while (i < prose.length) {
    const opener = prose.slice(i, i + 2);
    if (opener !== '](' && opener !== ']:') {
      result += prose[i];
      i += 1;
      continue;
    }
    result += opener;
    i += 2;
    while (i < prose.length && /\s/.test(prose[i]!)) {
      result += prose[i];
      i += 1;
    }
    const pointy = prose[i] === '<';
    const start = pointy ? i + 1 : i;
    let end = start;
    while (end < prose.length && !/[\s/?#>)]/.test(prose[end]!)) end += 1;
    const head = prose.slice(start, end);
    if (isUnsafeHead(head)) {
      // Drop the whole destination (up to where it ends), keeping the rest of the text.
      let stop = start;
      if (pointy) {
        while (stop < prose.length && prose[stop] !== '>' && prose[stop] !== '\n') stop += 1;
        if (prose[stop] === '>') stop += 1;
      } else {
        let depth = 0;
        while (stop < prose.length && !/\s/.test(prose[stop]!)) {
          if (prose[stop] === '(') depth += 1;
          else if (prose[stop] === ')') {
            if (depth === 0) break;
            depth -= 1;
          }
          stop += 1;
        }
      }
      result += '#';
      i = stop;
      continue;
    }
    result += prose.slice(i, end);
    i = end;
  }
  return result;
}

/** The part before the first / ? # decides the scheme; anything disguised there counts as unsafe. */
function isUnsafeHead(head: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters can hide a scheme
  if (!/[:&\\\u0000-\u0020\u007F]/.test(head)) return false;
  return !SAFE_SCHEME.test(head);
}
