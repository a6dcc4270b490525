const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe for HTML element content and quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}

export type UrlScheme = 'http:' | 'https:' | 'mailto:' | 'tel:';
const WEB: readonly UrlScheme[] = ['http:', 'https:'];

/**
 * An absolute URL with one of the allowed schemes, normalized; null for anything else (javascript:,
 * data:, relative paths, or text with spaces or control characters that could disguise a scheme).
 */
export function safeUrl(
  value: string | null | undefined,
  schemes: readonly UrlScheme[] = WEB,
): string | null {
  const text = value?.trim();
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters can hide a scheme
  if (!text || /[\s\u0000-\u001f\u007f]/.test(text)) return null;
  try {
    const url = new URL(text);
    return (schemes as readonly string[]).includes(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

const EMAIL =
  /^[^\s@<>()"',;:\\]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

export function mailtoUrl(email: string): string | null {
  const address = email.trim();
  return EMAIL.test(address) ? `mailto:${encodeURIComponent(address).replace('%40', '@')}` : null;
}

export function telUrl(phone: string): string | null {
  const digits = phone.replace(/[\s().-]/g, '');
  return /^\+?\d{3,20}$/.test(digits) ? `tel:${digits}` : null;
}
