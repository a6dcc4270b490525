import { describe, expect, it } from 'vitest';
import { sanitizeMarkdown } from '../sanitize-markdown.js';

/** No `<` left that an HTML tokenizer could read as the start of markup, outside fenced code. */
function hasMarkupStart(markdown: string): boolean {
  return /<[A-Za-z/!?]/.test(markdown.replace(/<(?:https?|mailto):[^\s<>]*>/gi, ''));
}

describe('sanitizeMarkdown', () => {
  it('keeps ordinary Markdown as written', () => {
    const text = [
      '# Title',
      '',
      'Some **bold**, _italic_ and `code`; a [link](https://example.com/a?b=1#c "title").',
      '',
      '- item one',
      '- item two with ![image](/images/diagram.png)',
      '',
      '> a quote with a < b and 3 > 2',
      '',
      '| a | b |',
      '|---|---|',
      '| 1 | 2 |',
      '',
      '[ref]: https://example.com/ref',
      'Mail [us](mailto:team@example.com) or see <https://example.com> and <team@example.com>.',
    ].join('\n');
    expect(sanitizeMarkdown(text)).toBe(text);
  });

  it.each([
    ['<script>alert(1)</script>', '&lt;script>alert(1)&lt;/script>'],
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)>'],
    ['<IMG SRC=x>', '&lt;IMG SRC=x>'],
    ['<!-- hidden -->', '&lt;!-- hidden -->'],
    ['<!DOCTYPE html>', '&lt;!DOCTYPE html>'],
    ['<?php echo 1 ?>', '&lt;?php echo 1 ?>'],
    ['<![CDATA[x]]>', '&lt;![CDATA[x]]>'],
    ['<scr<script>ipt>alert(1)</script>', '&lt;scr&lt;script>ipt>alert(1)&lt;/script>'],
    ['`<b>` in code', '`&lt;b>` in code'],
    ['<javascript:alert(1)>', '&lt;javascript:alert(1)>'],
    ['<a/href=x@y.z>', '&lt;a/href=x@y.z>'],
    ['\\<b>escaped', '\\&lt;b>escaped'],
    ['<div\nonclick=alert(1)>', '&lt;div\nonclick=alert(1)>'],
  ])('escapes markup: %j', (input, expected) => {
    const out = sanitizeMarkdown(input);
    expect(out).toBe(expected);
    expect(hasMarkupStart(out)).toBe(false);
  });

  it.each([
    ['[x](javascript:alert(1))', '[x](#)'],
    ['[x](JaVaScRiPt:alert(1) "t")', '[x](# "t")'],
    ['[x]( \n javascript:alert(1))', '[x]( \n #)'],
    ['[x](<javascript:alert(1)>)', '[x](#)'],
    ['[x](java&#115;cript:alert(1))', '[x](#)'],
    ['[x](javascript&colon;alert(1))', '[x](#)'],
    ['[x](javascript\\:alert(1))', '[x](#)'],
    ['[x](vbscript:msgbox)', '[x](#)'],
    ['![x](data:image/svg+xml;base64,PHN2Zz4=)', '![x](#)'],
    ['[ref]: javascript:alert(1)', '[ref]: #'],
    ['[ref]:\njavascript:alert(1)', '[ref]:\n#'],
    ['[x](file:///etc/passwd)', '[x](#)'],
  ])('neutralizes an unsafe destination: %j', (input, expected) => {
    expect(sanitizeMarkdown(input)).toBe(expected);
  });

  it('keeps safe and relative destinations', () => {
    for (const link of [
      '[a](https://example.com/x(1))',
      '[a](http://example.com)',
      '[a](mailto:a@example.com)',
      '[a](/docs/page.html?x=1&y=2)',
      '[a](#section)',
      '[a](relative/path:with-colon)',
      '[a](page%20two.html)',
    ]) {
      expect(sanitizeMarkdown(link)).toBe(link);
    }
  });

  it('keeps fenced code at the margin as written, and treats everything after it as prose again', () => {
    const text = ['```html', '<b>bold</b> [x](javascript:1)', '```', '<i>after</i>'].join('\n');
    expect(sanitizeMarkdown(text)).toBe(
      ['```html', '<b>bold</b> [x](javascript:1)', '```', '&lt;i>after&lt;/i>'].join('\n'),
    );
    const tilde = ['~~~~', '<b>', '~~~', 'still code <b>', '~~~~', '<b>'].join('\n');
    expect(sanitizeMarkdown(tilde)).toBe(
      ['~~~~', '<b>', '~~~', 'still code <b>', '~~~~', '&lt;b>'].join('\n'),
    );
  });

  it('does not trust an indented fence, which a list item could end early', () => {
    const text = ['- item', '  ```', '<script>alert(1)</script>', '  ```'].join('\n');
    expect(hasMarkupStart(sanitizeMarkdown(text))).toBe(false);
  });

  it('does not take a backtick line with backticks in its info string for a fence', () => {
    const text = '``` not` a fence\n<b>x</b>';
    expect(sanitizeMarkdown(text)).toBe('``` not` a fence\n&lt;b>x&lt;/b>');
  });

  it('normalizes line endings and drops control characters', () => {
    expect(sanitizeMarkdown('a\r\nb\rc\u0000d\u0007e\tf')).toBe('a\nb\ncdeTf'.replace('T', '\t'));
  });
});
