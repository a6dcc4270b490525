/**
 * Mirrors a partner's view of Trellis into a local store and registers a deal, the way a partner's CRM
 * integration would:
 *
 *   TRELLIS_URL=http://127.0.0.1:3000 TRELLIS_API_KEY=<secret> npx tsx examples/sync-partners.ts
 *
 * The API key must belong to a partner user (deal registration is the partner's). Run it twice: the
 * second run asks only for what changed since the first, using updatedSince and sort=updatedAt.
 */
import { pathToFileURL } from 'node:url';
import { createTrellisClient, type TrellisClient } from '../src/client/trellis-client.js';

/** What the integration keeps between runs: each row's last seen updatedAt, and where to resume. */
export interface Mirror {
  partners: Map<string, string>;
  registrations: Map<string, string>;
  /** The largest updatedAt seen per list: the next run's updatedSince. */
  since: { partners?: string; registrations?: string };
}

export function emptyMirror(): Mirror {
  return { partners: new Map(), registrations: new Map(), since: {} };
}

export interface ListSync {
  /** Rows the API returned (the bound is inclusive: the newest row of the last run comes back). */
  received: number;
  /** Rows new to the mirror or changed since it last saw them. */
  changed: number;
}

export interface SyncReport {
  partners: ListSync;
  registrations: ListSync;
  registered: { id: string; customerName: string; status: string; idempotencyKey: string } | null;
}

export interface SyncOptions {
  baseUrl: string;
  apiKey: string;
  mirror?: Mirror;
  /** Register one deal after syncing (a new Idempotency-Key makes a retry of it safe). */
  registerDeal?: { customerName: string; amountMinor: number; currency: string } | null;
  fetch?: (request: Request) => Promise<Response>;
  log?: (line: string) => void;
}

type SyncedPath = '/api/partners' | '/api/registrations';

/** Pages through one list's changes, oldest first, and keeps the newest updatedAt for next time. */
async function syncList(
  client: TrellisClient,
  path: SyncedPath,
  store: Map<string, string>,
  since: string | undefined,
): Promise<ListSync & { newest: string | undefined }> {
  let newest = since;
  let received = 0;
  let changed = 0;
  const query = { sort: 'updatedAt' as const, limit: 100, ...(since ? { updatedSince: since } : {}) };
  for await (const page of client.paginate(path, query)) {
    for (const row of page.items) {
      received += 1;
      if (store.get(row.id) !== row.updatedAt) changed += 1;
      store.set(row.id, row.updatedAt);
      // ISO 8601 instants in UTC with milliseconds order as strings do.
      if (!newest || row.updatedAt > newest) newest = row.updatedAt;
    }
  }
  return { received, changed, newest };
}

const DAY_MS = 86_400_000;

export async function syncPartners(options: SyncOptions): Promise<{ report: SyncReport; mirror: Mirror }> {
  const log = options.log ?? (() => {});
  const mirror = options.mirror ?? emptyMirror();
  const client = createTrellisClient({
    baseUrl: options.baseUrl,
    apiKey: options.apiKey,
    fetch: options.fetch,
  });

  const partners = await syncList(client, '/api/partners', mirror.partners, mirror.since.partners);
  mirror.since.partners = partners.newest;
  log(`partners: ${partners.received} received, ${partners.changed} new or changed`);
  const registrations = await syncList(
    client,
    '/api/registrations',
    mirror.registrations,
    mirror.since.registrations,
  );
  mirror.since.registrations = registrations.newest;
  log(`registrations: ${registrations.received} received, ${registrations.changed} new or changed`);

  let registered: SyncReport['registered'] = null;
  if (options.registerDeal) {
    const key = client.idempotencyKey();
    const expectedClose = new Date(Date.now() + 90 * DAY_MS).toISOString().slice(0, 10);
    const { data, error, response } = await client.POST('/api/registrations', {
      ...key,
      body: { ...options.registerDeal, productLines: ['Platform'], expectedClose, submit: true },
    });
    if (!data) throw new Error(`registering the deal failed (${response.status}): ${JSON.stringify(error)}`);
    const idempotencyKey = key.headers['Idempotency-Key'];
    registered = { id: data.id, customerName: data.customerName, status: data.status, idempotencyKey };
    log(`registered ${data.customerName}: ${data.status} (id ${data.id}, Idempotency-Key ${idempotencyKey})`);
  }

  const report: SyncReport = {
    partners: { received: partners.received, changed: partners.changed },
    registrations: { received: registrations.received, changed: registrations.changed },
    registered,
  };
  return { report, mirror };
}

async function main(): Promise<void> {
  const baseUrl = process.env.TRELLIS_URL;
  const apiKey = process.env.TRELLIS_API_KEY;
  if (!baseUrl || !apiKey) {
    console.error('Set TRELLIS_URL (e.g. http://127.0.0.1:3000) and TRELLIS_API_KEY (a partner user key).');
    process.exitCode = 2;
    return;
  }
  const { mirror } = await syncPartners({
    baseUrl,
    apiKey,
    registerDeal: { customerName: 'Example Customer Corp', amountMinor: 2_500_000, currency: 'USD' },
    log: (line) => console.log(line),
  });
  console.log('second run, changes only:');
  await syncPartners({ baseUrl, apiKey, mirror, log: (line) => console.log(`  ${line}`) });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
