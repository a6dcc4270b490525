import { isIPv6 } from 'node:net';
import { companyDomain } from '../../analytics/matching/normalize-domain.js';

/**
 * The bucket a client address counts in: an IPv4 address (also when mapped into IPv6) as it is, an
 * IPv6 address by its /64 network, which one subscriber usually holds whole.
 */
export function clientBucket(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return `ip:${mapped[1]}`;
  if (!isIPv6(address)) return `ip:${address}`;
  const [head = '', tail = ''] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::')
    ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right]
    : left;
  return `ip6:${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

/** A company's submissions count together by email domain; a free-mail address counts on its own. */
export function emailBucket(email: string): string {
  const address = email.trim().toLowerCase();
  const domain = companyDomain(address);
  return domain ? `domain:${domain}` : `email:${address}`;
}
