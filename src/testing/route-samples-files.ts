import { storeFile } from '../modules/files/store-file.js';
import type { Caller, Sample, SampleWorld } from './route-samples.js';

/** The smallest valid PNG: one transparent pixel. */
export const ONE_PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

const logos = new WeakMap<SampleWorld, Map<string, string>>();

/** A logo of the caller's own partner (partner A's for vendor staff). */
export async function logoOf(w: SampleWorld, caller: Caller): Promise<string> {
  const partnerId = w.partnerOf(caller);
  let byPartner = logos.get(w);
  if (!byPartner) {
    byPartner = new Map();
    logos.set(w, byPartner);
  }
  let id = byPartner.get(partnerId);
  if (!id) {
    id = (
      await storeFile(w.t.systemCtx, {
        purpose: 'campaign_logo',
        fileName: 'logo.png',
        bytes: ONE_PIXEL_PNG,
        partnerId,
      })
    ).id;
    byPartner.set(partnerId, id);
  }
  return id;
}

// Only types may be imported from route-samples.ts: it imports this file, so values would not be ready.
export const FILE_SAMPLES: Record<string, Sample> = {
  uploadFile: (w, caller) => ({
    query: {
      purpose: 'campaign_logo',
      fileName: 'logo.png',
      ...(caller && w.partnerIdOf(caller) ? {} : { partnerId: w.partnerOf(caller) }),
    },
    headers: { 'content-type': 'image/png' },
    body: ONE_PIXEL_PNG,
  }),
  getFile: async (w, caller) => ({ params: { id: await logoOf(w, caller) } }),
  getFileContent: async (w, caller) => ({ params: { id: await logoOf(w, caller) } }),
};
