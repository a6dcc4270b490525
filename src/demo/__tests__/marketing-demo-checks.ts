import type { FastifyInstance } from 'fastify';
import type { TestDatabase } from '../../testing/test-database.js';

export function describeMarketingDemo(_database: () => TestDatabase, _app: () => FastifyInstance): void {}
