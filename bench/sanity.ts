import type { BenchFixtures } from './seed-large.js';

/** Logs in through the API and returns the `trellis_session=…` cookie pair. */
export async function loginCookie(url: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200)
    throw new Error(`login as ${email} answered ${response.status}: ${await response.text()}`);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith('trellis_session='));
  if (!cookie) throw new Error(`login as ${email} set no session cookie`);
  return cookie;
}

async function get(url: string, headers: Record<string, string>): Promise<{ status: number; body: unknown }> {
  const response = await fetch(url, { headers });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

type Json = Record<string, unknown>;

/**
 * Before any load: the benchmarked routes give the right answers, including the access rules (a
 * partner user sees only its own partner, without the internal fit score). Returns what is wrong.
 */
export async function checkAnswers(
  url: string,
  fixtures: BenchFixtures,
  partnerIds: string[],
  partnerCookie: string,
): Promise<string[]> {
  const failures: string[] = [];
  const expect = (ok: boolean, what: string) => {
    if (!ok) failures.push(what);
  };
  const admin = { authorization: `Bearer ${fixtures.adminApiKey}` };
  const partner = { cookie: partnerCookie };

  const health = await get(`${url}/api/health`, {});
  expect(health.status === 200 && (health.body as Json).status === 'ok', `health answered ${health.status}`);

  const list = await get(`${url}/api/partners?limit=50`, admin);
  const page = list.body as { items?: Json[]; nextCursor?: string | null };
  expect(list.status === 200, `admin list answered ${list.status}`);
  expect(
    page.items?.length === 50 && typeof page.nextCursor === 'string',
    'admin list is not a full first page',
  );
  expect(typeof page.items?.[0]?.fitScore === 'number', 'admin list hides the fit score');

  const someId = partnerIds[0]!;
  const detail = await get(`${url}/api/partners/${someId}`, admin);
  const detailBody = detail.body as Json;
  expect(detail.status === 200 && detailBody.id === someId, `admin detail answered ${detail.status}`);
  expect(Array.isArray(detailBody.fitReasons), 'admin detail has no fit reasons');

  const own = await get(`${url}/api/partners/${fixtures.ownPartnerId}`, partner);
  const ownBody = own.body as Json;
  expect(
    own.status === 200 && ownBody.id === fixtures.ownPartnerId,
    `partner user's own detail answered ${own.status}`,
  );
  expect(ownBody.fitScore === null && ownBody.fitReasons === null, 'partner user sees the internal fit');
  expect(ownBody.userCount === 1, `own partner's userCount is ${String(ownBody.userCount)}`);

  const otherId = partnerIds.find((id) => id !== fixtures.ownPartnerId)!;
  const other = await get(`${url}/api/partners/${otherId}`, partner);
  expect(other.status === 404, `partner user reading another partner answered ${other.status}`);

  const partnerList = await get(`${url}/api/partners?limit=50`, partner);
  const partnerPage = partnerList.body as { items?: Json[] };
  expect(
    partnerList.status === 200 &&
      partnerPage.items?.length === 1 &&
      partnerPage.items[0]?.id === fixtures.ownPartnerId,
    'partner user list is not exactly its own partner',
  );

  const anonymous = await get(`${url}/api/partners?limit=50`, {});
  expect(anonymous.status === 401, `anonymous list answered ${anonymous.status}`);
  return failures;
}
