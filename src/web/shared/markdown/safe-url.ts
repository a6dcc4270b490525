const ALLOWED_SCHEMES = /^(https?|mailto)$/i;

/**
 * A link address safe to put in an href: http(s), mailto or relative; null for anything else, including
 * schemes disguised with entities, control characters or spaces (the server already rewrites such
 * links in stored lessons, this holds for text that has not been saved yet too).
 */
export function safeUrl(raw: string): string | null {
  const decoded = raw
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&colon;/gi, ':')
    .replace(/&tab;|&newline;/gi, '');
  // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers drop these inside a scheme
  const url = decoded.replace(/[\u0000-\u001F\u007F]/g, '').trim();
  if (!url) return null;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/\s/g, ''));
  if (!scheme) return url;
  return ALLOWED_SCHEMES.test(scheme[1]!) ? url : null;
}
