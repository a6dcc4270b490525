import type { DemoRandom } from './demo-random.js';
import type { Country, Region } from './geography.js';
import { CONTACT_TITLES, emailLocalPart, FIRST_NAMES, LAST_NAMES } from './people-words.js';

export interface ContactPlan {
  name: string;
  email: string;
  phone: string | null;
  title: string;
  isPrimary: boolean;
}

/** Invented numbers: North American ones use the 555-01xx range reserved for fiction. */
function phoneFor(country: Country, random: DemoRandom): string {
  if (country.callingCode === '1')
    return `+1 ${random.int(201, 989)} 555 01${String(random.int(0, 99)).padStart(2, '0')}`;
  return `+${country.callingCode} ${random.int(20, 99)} ${random.int(1000, 9999)} ${random.int(1000, 9999)}`;
}

/** People at a partner company, the first being the primary contact; emails are on the partner's domain. */
export function planContacts(
  count: number,
  region: Region,
  country: Country,
  domain: string,
  random: DemoRandom,
): ContactPlan[] {
  const contacts: ContactPlan[] = [];
  const titles = random.sample(CONTACT_TITLES, count);
  while (contacts.length < count) {
    const first = random.pick(FIRST_NAMES[region]);
    const last = random.pick(LAST_NAMES[region]);
    const email = `${emailLocalPart(first, last)}@${domain}`;
    if (contacts.some((c) => c.email === email)) continue;
    contacts.push({
      name: `${first} ${last}`,
      email,
      phone: random.chance(0.8) ? phoneFor(country, random) : null,
      title: titles[contacts.length]!,
      isPrimary: contacts.length === 0,
    });
  }
  return contacts;
}
