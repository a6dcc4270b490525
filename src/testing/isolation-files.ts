import { storeFile } from '../modules/files/store-file.js';
import type { IsolationBuilder } from './isolation-targets.js';
import { ONE_PIXEL_PNG } from './route-samples-files.js';

const MISSING_ID = '019bc0e2-0000-7000-8000-00000000dead';

export const filesIsolation: IsolationBuilder = async (world) => {
  const fileName = 'beta-proof-of-performance.png';
  const fileB = await storeFile(world.ctxOf('partner_rep_b'), {
    purpose: 'mdf_proof',
    fileName,
    bytes: ONE_PIXEL_PNG,
  });
  return {
    markers: [fileB.id, fileName],
    rules: [
      {
        prefix: '/api/files/{id}',
        targets: () => [{ label: "partner B's file", params: { id: fileB.id }, missing: { id: MISSING_ID } }],
      },
    ],
  };
};
