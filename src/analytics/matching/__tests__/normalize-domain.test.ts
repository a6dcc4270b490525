import { describe, expect, it } from 'vitest';
import { companyDomain, domainRejectionText, registrableDomain } from '../normalize-domain.js';

const ok = (domain: string) => ({ ok: true, domain });
const no = (reason: string) => ({ ok: false, reason });

describe('registrableDomain', () => {
  it.each([
    ['example.com', 'example.com'],
    ['EXAMPLE.COM', 'example.com'],
    ['  example.com  ', 'example.com'],
    ['http://example.com', 'example.com'],
    ['https://www.example.com/', 'example.com'],
    ['www.example.com', 'example.com'],
    ['shop.eu.example.com', 'example.com'],
    ['https://example.com/products/a?ref=x#top', 'example.com'],
    ['example.com:8080', 'example.com'],
    ['https://www.example.com:8443/a/b', 'example.com'],
    ['example.com.', 'example.com'],
  ])('reduces %s to its registrable domain', (input, expected) => {
    expect(registrableDomain(input)).toEqual(ok(expected));
  });

  it.each([
    ['https://www.shop.example.co.uk/path', 'example.co.uk'],
    ['example.co.uk', 'example.co.uk'],
    ['sub.example.com.au', 'example.com.au'],
    ['a.b.c.example.co.jp', 'example.co.jp'],
    ['www.example.com.br', 'example.com.br'],
  ])('knows multi-part public suffixes: %s', (input, expected) => {
    expect(registrableDomain(input)).toEqual(ok(expected));
  });

  it.each([
    ['jane@example.com', 'example.com'],
    ['Jane.Doe@Mail.Example.DE', 'example.de'],
    ['mailto:jane@example.co.uk', 'example.co.uk'],
    ['Jane Doe <jane@sales.example.com>', 'example.com'],
  ])('takes the domain of an email address: %s', (input, expected) => {
    expect(registrableDomain(input)).toEqual(ok(expected));
  });

  it('reads the host of a URL whose path or user part contains "@"', () => {
    expect(registrableDomain('https://blog.example.com/@someone')).toEqual(ok('example.com'));
    expect(registrableDomain('https://user:secret@www.example.org/x')).toEqual(ok('example.org'));
  });

  it('keeps a company site under a shared hosting suffix apart from the host', () => {
    expect(registrableDomain('https://acme.github.io/docs')).toEqual(ok('acme.github.io'));
    expect(registrableDomain('www.acme.myshopify.com')).toEqual(ok('acme.myshopify.com'));
    expect(companyDomain('acme.github.io')).not.toBe(companyDomain('globex.github.io'));
  });

  it('gives an internationalized domain one key, in either spelling', () => {
    expect(registrableDomain('https://www.münchen.de/')).toEqual(ok('xn--mnchen-3ya.de'));
    expect(registrableDomain('XN--MNCHEN-3YA.DE')).toEqual(ok('xn--mnchen-3ya.de'));
  });

  it.each(['192.168.1.1', 'http://10.0.0.1:80/', '[::1]', '2001:db8::1'])(
    'refuses the IP address %s',
    (input) => {
      expect(registrableDomain(input)).toEqual(no('ip_address'));
    },
  );

  it.each([
    'gmail.com',
    'jane@gmail.com',
    'JANE@GMAIL.COM',
    'https://www.hotmail.com/inbox',
    'bob@yahoo.co.uk',
    'mail.yahoo.co.uk',
    'someone@proton.me',
    'x@web.de',
  ])('refuses the free mail domain %s', (input) => {
    expect(registrableDomain(input)).toEqual(no('free_mail'));
  });

  it.each(['', '   '])('refuses an empty value %j', (input) => {
    expect(registrableDomain(input)).toEqual(no('empty'));
  });

  it.each([
    'localhost',
    'acme',
    'co.uk',
    '.com',
    'com',
    'not a domain',
    'ex ample.com',
    'acme.notatld',
    'example..com',
    '@@@',
    'http://',
    'jane@',
  ])('refuses %j as not a domain', (input) => {
    expect(registrableDomain(input)).toEqual(no('not_a_domain'));
  });
});

describe('companyDomain', () => {
  it('returns the domain or null', () => {
    expect(companyDomain('https://www.example.com/x')).toBe('example.com');
    expect(companyDomain('jane@gmail.com')).toBeNull();
    expect(companyDomain('garbage')).toBeNull();
    expect(companyDomain(null)).toBeNull();
    expect(companyDomain(undefined)).toBeNull();
    expect(companyDomain('')).toBeNull();
  });
});

describe('domainRejectionText', () => {
  it('explains each rejection', () => {
    expect(domainRejectionText('free_mail')).toMatch(/free mail/);
    expect(domainRejectionText('ip_address')).toMatch(/IP address/);
    expect(domainRejectionText('empty')).toMatch(/empty/);
    expect(domainRejectionText('not_a_domain')).toMatch(/not a domain/);
  });
});

describe('registrableDomain on public suffix edge cases', () => {
  it.each([
    // Wildcard rule (*.bd): the label under the wildcard belongs to the suffix.
    ['shop.kestrel.com.bd', 'kestrel.com.bd'],
    // Exception rules (!www.ck, !city.kawasaki.jp) under wildcards.
    ['shop.www.ck', 'www.ck'],
    ['office.city.kawasaki.jp', 'city.kawasaki.jp'],
    ['nordlicht.ward.kawasaki.jp', 'nordlicht.ward.kawasaki.jp'],
    // Trailing and leading dots, upper case, credentials, port, query and fragment.
    ['KESTREL.CO.UK.', 'kestrel.co.uk'],
    ['.kestrel.com', 'kestrel.com'],
    ['https://user:secret@kestrel.io:8443/x?y=1#z', 'kestrel.io'],
  ])('%s → %s', (input, expected) => {
    expect(registrableDomain(input)).toEqual(ok(expected));
  });

  it('refuses names under a top-level domain the public suffix list does not have', () => {
    // The list's default rule would accept "acme.internal"; a company website is never on such a name.
    expect(registrableDomain('acme.internal')).toEqual({ ok: false, reason: 'not_a_domain' });
    expect(registrableDomain('intranet.acme.local')).toEqual({ ok: false, reason: 'not_a_domain' });
  });
});
