import type { FastifyInstance } from 'fastify';
import type { TestDatabase } from '../../testing/test-database.js';

export function describeSurveysDemo(_database: () => TestDatabase, _app: () => FastifyInstance): void {}
