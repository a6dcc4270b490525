import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import type { ResolvedTarget } from './network-guard.js';

export interface PostOutcome {
  statusCode: number | null;
  error: string | null;
  durationMs: number;
  responseExcerpt: string | null;
}

const EXCERPT_BYTES = 1024;

/** Connects to the address that was checked, whatever a new DNS answer would say (DNS rebinding). */
function pinnedLookup(target: ResolvedTarget): LookupFunction {
  return (_hostname, options, callback) => {
    if ((options as { all?: boolean }).all) {
      (callback as (e: null, a: Array<{ address: string; family: number }>) => void)(null, [
        { address: target.address, family: target.family },
      ]);
    } else callback(null, target.address, target.family);
  };
}

/**
 * POSTs the body once and reports what happened; it never throws and never follows a redirect. The
 * timeout covers the whole exchange, and only the first kilobyte of the answer is kept.
 */
export function postWebhook(
  target: ResolvedTarget,
  headers: Record<string, string>,
  body: string,
  timeoutMs: number,
): Promise<PostOutcome> {
  const started = performance.now();
  const client = target.url.protocol === 'https:' ? https : http;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (outcome: Omit<PostOutcome, 'durationMs'>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ ...outcome, durationMs: Math.round(performance.now() - started) });
    };
    const request = client.request(target.url, {
      method: 'POST',
      headers: {
        ...headers,
        'content-length': String(Buffer.byteLength(body)),
        'user-agent': 'Trellis-Webhooks/1',
      },
      lookup: pinnedLookup(target),
      agent: false,
    });
    const timer = setTimeout(() => {
      request.destroy(new Error(`no answer within ${timeoutMs} ms`));
    }, timeoutMs);
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      let kept = 0;
      response.on('data', (chunk: Buffer) => {
        if (kept < EXCERPT_BYTES) {
          chunks.push(chunk.subarray(0, EXCERPT_BYTES - kept));
          kept += Math.min(chunk.length, EXCERPT_BYTES - kept);
        }
      });
      const done = () =>
        finish({
          statusCode: response.statusCode ?? null,
          error: null,
          responseExcerpt: Buffer.concat(chunks).toString('utf8').replaceAll('\u0000', '') || null,
        });
      response.on('end', done);
      response.on('error', done);
      response.on('close', done);
    });
    request.on('error', (error) =>
      finish({ statusCode: null, error: error.message || String(error), responseExcerpt: null }),
    );
    request.end(body);
  });
}
