import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffSnapshots, snapshotDatabase } from '../../../testing/db-snapshot.js';
import { ONE_PIXEL_PNG } from '../../../testing/route-samples-files.js';
import { createTestApp, type TestApp, type TestUserKey } from '../../../testing/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const PDF = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

function upload(
  user: TestUserKey,
  query: Record<string, string>,
  body: Buffer | string,
  contentType = 'application/octet-stream',
) {
  return t.request(user, {
    method: 'POST',
    url: `/api/files?${new URLSearchParams(query)}`,
    headers: { 'content-type': contentType },
    payload: body,
  });
}

describe('uploaded files', () => {
  it('keeps a logo with the type read from its bytes, for the uploader’s own partner', async () => {
    const res = await upload(
      'partner_rep_a',
      { purpose: 'campaign_logo', fileName: 'logo.jpg' },
      ONE_PIXEL_PNG,
    );
    expect(res.statusCode, res.body).toBe(201);
    const file = res.json();
    expect(file).toMatchObject({
      partnerId: t.fixtures.partnerA,
      contentType: 'image/png',
      sizeBytes: ONE_PIXEL_PNG.length,
      fileName: 'logo.jpg',
    });
    const content = await t.request('partner_admin_a', {
      method: 'GET',
      url: `/api/files/${file.id}/content`,
    });
    expect(content.statusCode).toBe(200);
    expect(content.headers['content-type']).toBe('image/png');
    expect(content.headers['x-content-type-options']).toBe('nosniff');
    expect(Buffer.compare(content.rawPayload, ONE_PIXEL_PNG)).toBe(0);
  });

  it('takes PDF proof of performance but not a PDF as a logo', async () => {
    const proof = await upload('partner_rep_a', { purpose: 'mdf_proof', fileName: 'invoice.pdf' }, PDF);
    expect(proof.statusCode, proof.body).toBe(201);
    expect(proof.json().contentType).toBe('application/pdf');
    const logo = await upload('partner_rep_a', { purpose: 'campaign_logo', fileName: 'logo.pdf' }, PDF);
    expect(logo.statusCode).toBe(415);
  });

  it('refuses SVG, HTML, empty and oversized files, and writes nothing', async () => {
    const db = t.db.database.db;
    const before = await snapshotDatabase(db);
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';
    const cases: Array<[Buffer | string, number]> = [
      [svg, 415],
      ['<html><script>alert(1)</script></html>', 415],
      [Buffer.alloc(0), 400],
      [Buffer.concat([ONE_PIXEL_PNG, Buffer.alloc(2 * 1024 * 1024)]), 413],
    ];
    for (const [body, status] of cases) {
      const res = await upload(
        'partner_rep_a',
        { purpose: 'campaign_logo', fileName: 'x.png' },
        body,
        'image/png',
      );
      expect(res.statusCode, res.body).toBe(status);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    const json = await t.request('partner_rep_a', {
      method: 'POST',
      url: '/api/files?purpose=campaign_logo&fileName=x.png',
      payload: { not: 'a file' },
    });
    expect(json.statusCode).toBe(415);
    expect(diffSnapshots(before, await snapshotDatabase(db))).toEqual([]);
  });

  it('keeps template images for vendor staff only', async () => {
    const partner = await upload(
      'partner_admin_a',
      { purpose: 'template_image', fileName: 'hero.png' },
      ONE_PIXEL_PNG,
    );
    expect(partner.statusCode).toBe(403);
    const vendor = await upload(
      'partner_manager',
      { purpose: 'template_image', fileName: 'hero.png' },
      ONE_PIXEL_PNG,
    );
    expect(vendor.statusCode, vendor.body).toBe(201);
    expect(vendor.json().partnerId).toBeNull();
    // Partners see the vendor's template images (they co-brand the templates that show them).
    const seen = await t.request('partner_rep_b', { method: 'GET', url: `/api/files/${vendor.json().id}` });
    expect(seen.statusCode).toBe(200);
  });

  it("never shows a partner another partner's file, and lets the vendor file for a partner that exists", async () => {
    const b = await upload('partner_rep_b', { purpose: 'mdf_proof', fileName: 'b.pdf' }, PDF);
    const id = b.json().id;
    for (const url of [`/api/files/${id}`, `/api/files/${id}/content`]) {
      const res = await t.request('partner_admin_a', { method: 'GET', url });
      expect(res.statusCode).toBe(404);
    }
    const vendor = await t.request('finance', { method: 'GET', url: `/api/files/${id}` });
    expect(vendor.statusCode).toBe(200);
    const forB = await upload(
      'partner_manager',
      { purpose: 'campaign_logo', fileName: 'b.png', partnerId: t.fixtures.partnerB },
      ONE_PIXEL_PNG,
    );
    expect(forB.json().partnerId).toBe(t.fixtures.partnerB);
    const missing = await upload(
      'partner_manager',
      { purpose: 'campaign_logo', fileName: 'b.png', partnerId: '019bc0e2-0000-7000-8000-00000000dead' },
      ONE_PIXEL_PNG,
    );
    expect(missing.statusCode).toBe(404);
    // A partner user naming another partner is answered as if that partner did not exist.
    const sneaky = await upload(
      'partner_rep_a',
      { purpose: 'campaign_logo', fileName: 'a.png', partnerId: t.fixtures.partnerB },
      ONE_PIXEL_PNG,
    );
    expect(sneaky.statusCode).toBe(404);
  });
});
