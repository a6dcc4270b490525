import { describe, expect, it } from 'vitest';
import { safeUrl } from '../safe-url';

describe('safeUrl', () => {
  it.each([
    ['https://example.com/guide', 'https://example.com/guide'],
    ['http://example.com', 'http://example.com'],
    ['mailto:enablement@example.com', 'mailto:enablement@example.com'],
    ['/portal/learning', '/portal/learning'],
    ['#section-2', '#section-2'],
  ])('keeps %s', (input, expected) => {
    expect(safeUrl(input)).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\u0000script:alert(1)',
    'javascript&colon;alert(1)',
    '&#106;avascript:alert(1)',
    '&#x6A;avascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '',
  ])('refuses %j', (input) => {
    expect(safeUrl(input)).toBeNull();
  });
});
