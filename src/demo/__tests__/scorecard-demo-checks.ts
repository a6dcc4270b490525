import type { FastifyInstance } from 'fastify';
import type { TestDatabase } from '../../testing/test-database.js';

export function describeScorecardDemo(_database: () => TestDatabase, _app: () => FastifyInstance): void {}
