/**
 * The exact match set computed by DuckDB from the same normalized keys: domain equality, and name
 * equality where the two records do not both have the same domain (the domain rule reports those).
 */

import { readFileSync, rmSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';
import { createMatchSetPrint, type MatchSetPrint } from './mapping-keys.js';

export interface DuckDbRun {
  threads: number;
  version: string;
  loadSeconds: number;
  joinSeconds: number;
  rows: { vendor: number; partner: number };
  print: MatchSetPrint;
}

const readKeys = (path: string) =>
  `read_csv('${path.replaceAll("'", "''")}', delim = '\t', header = true, quote = '', escape = '',
     columns = {'id': 'VARCHAR', 'domain': 'VARCHAR', 'name': 'VARCHAR'})`;

export async function runDuckDb(
  vendorKeys: string,
  partnerKeys: string,
  matchesPath: string,
): Promise<DuckDbRun> {
  const instance = await DuckDBInstance.create(':memory:');
  const db = await instance.connect();
  try {
    const info = await db.runAndReadAll(`SELECT current_setting('threads') AS threads, version() AS version`);
    const [threads, version] = info.getRows()[0]! as [number, string];
    let start = performance.now();
    await db.run(`CREATE TABLE v AS SELECT * FROM ${readKeys(vendorKeys)}`);
    await db.run(`CREATE TABLE p AS SELECT * FROM ${readKeys(partnerKeys)}`);
    const loadSeconds = (performance.now() - start) / 1000;
    start = performance.now();
    await db.run(`CREATE TABLE m AS
      SELECT v.id AS vendor_id, p.id AS partner_id, 'domain' AS rule FROM v JOIN p ON v.domain = p.domain
      UNION ALL
      SELECT v.id, p.id, 'name' FROM v JOIN p ON v.name = p.name
      WHERE v.domain IS NULL OR p.domain IS NULL OR v.domain <> p.domain`);
    const joinSeconds = (performance.now() - start) / 1000;
    const counts = await db.runAndReadAll('SELECT (SELECT count(*) FROM v), (SELECT count(*) FROM p)');
    const [vendor, partner] = counts.getRows()[0]!.map(Number) as [number, number];
    await db.run(
      `COPY m TO '${matchesPath.replaceAll("'", "''")}' (FORMAT csv, DELIMITER '\t', HEADER false)`,
    );
    const print = createMatchSetPrint();
    for (const line of readFileSync(matchesPath, 'utf8').split('\n')) {
      if (!line) continue;
      const [vendorId, partnerId, rule] = line.split('\t') as [string, string, string];
      print.add(vendorId, partnerId, rule);
    }
    rmSync(matchesPath, { force: true });
    return {
      threads: Number(threads),
      version,
      loadSeconds,
      joinSeconds,
      rows: { vendor, partner },
      print: print.done(),
    };
  } finally {
    db.closeSync();
    instance.closeSync();
  }
}
