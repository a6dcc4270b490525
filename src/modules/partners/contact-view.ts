import type { Contact } from './partners.schemas.js';
import type { partnerContacts } from './partners.table.js';

export function toContactView(row: typeof partnerContacts.$inferSelect): Contact {
  return {
    id: row.id,
    partnerId: row.partnerId,
    name: row.name,
    email: row.email,
    phone: row.phone,
    title: row.title,
    isPrimary: row.isPrimary,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
