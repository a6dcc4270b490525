import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** dist/web, found from src/platform/http or dist/platform/http alike (both three levels down). */
export const defaultWebRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../dist/web');

const PAGE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

export function webAppAvailable(webRoot: string): boolean {
  return existsSync(join(webRoot, 'index.html'));
}

/** Serves the built web app's assets; page URLs fall back to index.html (see sendWebApp). */
export async function registerWebApp(app: FastifyInstance, webRoot: string): Promise<void> {
  await app.register(fastifyStatic, {
    root: webRoot,
    wildcard: false,
    index: false,
    maxAge: '1h',
    immutable: false,
  });
  app.get('/', { config: { public: true }, schema: { hide: true } }, (_request, reply) => sendWebApp(reply));
  app.get('/assets/*', { config: { public: true }, schema: { hide: true } }, (request, reply) =>
    reply.sendFile(`assets/${(request.params as { '*': string })['*']}`, {
      maxAge: 31_536_000_000,
      immutable: true,
    }),
  );
}

export function sendWebApp(reply: FastifyReply) {
  return reply
    .header('content-security-policy', PAGE_CSP)
    .header('cache-control', 'no-cache')
    .sendFile('index.html');
}

/** A browser navigating to a client-side route (not /api, not a file) gets the app shell. */
export function wantsWebApp(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const path = request.url.split('?')[0] ?? '';
  if (path.startsWith('/api') || /\.[a-z0-9]+$/i.test(path)) return false;
  return (request.headers.accept ?? '').includes('text/html');
}
