import { InvalidArgumentError } from 'commander';
import {
  type ColumnMapping,
  parseColumnMapping as parseColumns,
} from '../analytics/matching/account-columns.js';
import { type Config, loadConfig } from '../platform/config.js';
import { userError } from './cli-errors.js';

export interface ServerOptions {
  host?: string;
  port?: number;
}

export function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new InvalidArgumentError('must be a whole number from 0 to 65535 (0 picks a free port)');
  }
  return port;
}

export function parseSeed(value: string): number {
  const seed = Number(value);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffff_ffff) {
    throw new InvalidArgumentError('must be a whole number from 0 to 4294967295');
  }
  return seed;
}

/** The configuration from the environment, with --host and --port taking precedence (also in PUBLIC_URL's default). */
export function configFrom(options: ServerOptions, defaults: NodeJS.ProcessEnv = {}): Config {
  const env: NodeJS.ProcessEnv = { ...defaults, ...process.env };
  if (options.host !== undefined) env.HOST = options.host;
  if (options.port !== undefined) env.PORT = String(options.port);
  try {
    return loadConfig(env);
  } catch (error) {
    throw userError(error instanceof Error ? error.message : String(error));
  }
}

export function parsePositiveInteger(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1)
    throw new InvalidArgumentError('must be a whole number above 0');
  return number;
}

/** "name=Account Name,domain=Website": which column of a CSV holds each account field. */
export function parseColumnMapping(value: string): ColumnMapping {
  const { columns, problems } = parseColumns(value);
  if (problems.length > 0) throw new InvalidArgumentError(problems.map((p) => p.message).join('; '));
  return columns;
}
