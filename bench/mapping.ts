/**
 * Account mapping benchmark: mapAccountFiles on generated vendor and partner exports, side by side with
 * DuckDB joining the same normalized keys, in the same run.
 *
 *   npm run bench:mapping -- [--rows 1000000] [--fuzzy-rows 100000] [--seed 1] [--partitions N]
 *                            [--threads 2] [--duckdb | --no-duckdb] [--regenerate]
 *
 * 1. Generate (or reuse) the files under .trellis/bench-mapping/ (bench/mapping-generate.ts).
 * 2. DuckDB (default when --rows ≤ 2,000,000): each side's normalized keys written once to a TSV (not
 *    timed), loaded with read_csv and joined in SQL — run before and after step 3, the mean is compared.
 * 3. Exact pass: mapAccountFiles with the fuzzy pass off, in a child process (wall time per phase, peak
 *    RSS). Its match set must equal DuckDB's (counts per rule and an order-independent fingerprint of the
 *    (vendor_id, partner_id, rule) triples), else the run fails.
 * 4. Fuzzy pass (default when --rows ≤ 2,000,000): the vendor file against --fuzzy-rows partner rows (default
 *    100,000) that no exact rule matches; --fuzzy-rows 0 skips it.
 * Prints a markdown block for BENCHMARKS.md and writes bench/results/mapping-latest.json.
 */
import { fork } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import type {
  MapAccountFilesOptions,
  MappingSummary,
} from '../src/analytics/matching/files/map-account-files.js';
import { flag, hasFlag, REPO_ROOT, RESULTS_DIR } from './bench-db.js';
import { type DuckDbRun, runDuckDb } from './mapping-duckdb.js';
import {
  type GeneratedFile,
  generateFuzzyPartnerFile,
  generatePartnerFile,
  generateVendorFile,
} from './mapping-generate.js';
import { printOverlapsFile, writeKeysFile } from './mapping-keys.js';

const args = process.argv.slice(2);
const numberFlag = (name: string, fallback: number) => {
  const value = flag(args, name);
  if (value === undefined) return fallback;
  const parsed = Number(value.replaceAll('_', ''));
  if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`--${name} must be a whole number`);
  return parsed;
};
const rows = numberFlag('rows', 1_000_000);
const fuzzyRows = numberFlag('fuzzy-rows', rows <= 2_000_000 ? 100_000 : 0);
const seed = numberFlag('seed', 1);
const partitions = flag(args, 'partitions') === undefined ? undefined : numberFlag('partitions', 1);
const threads = numberFlag('threads', 2);
const duckdb = hasFlag(args, 'duckdb') || (!hasFlag(args, 'no-duckdb') && rows <= 2_000_000);
const DATA_DIR = resolve(REPO_ROOT, '.trellis/bench-mapping');

const seconds = (start: number) => (performance.now() - start) / 1000;
const fmt = (value: number, digits = 1) =>
  value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const int = (value: number) => value.toLocaleString('en-US');

/** Share of the machine's CPU busy over `ms` (other work), from /proc/stat. */
async function machineBusy(ms = 2000): Promise<number | null> {
  const sample = () => {
    try {
      const values = readFileSync('/proc/stat', 'utf8')
        .split('\n')[0]!
        .trim()
        .split(/\s+/)
        .slice(1)
        .map(Number);
      const total = values.reduce((a, b) => a + b, 0);
      return { busy: total - values[3]! - values[4]!, total };
    } catch {
      return null;
    }
  };
  const before = sample();
  await new Promise((done) => setTimeout(done, ms));
  const after = sample();
  if (!before || !after || after.total === before.total) return null;
  return (after.busy - before.busy) / (after.total - before.total);
}

/** Generates the file unless it is there (written under another name first, so a partial file is never reused). */
function generated(name: string, make: (path: string) => GeneratedFile): { path: string; fresh: boolean } {
  const path = resolve(DATA_DIR, name);
  if (existsSync(path) && !hasFlag(args, 'regenerate')) return { path, fresh: false };
  const start = performance.now();
  const file = make(`${path}.part`);
  renameSync(`${path}.part`, path);
  console.log(
    `generated ${name}: ${int(file.rows)} rows, ${fmt(file.bytes / 1e6)} MB in ${fmt(seconds(start))} s`,
  );
  return { path, fresh: true };
}

interface ChildRun {
  summary: MappingSummary;
  maxRssMb: number;
  wallSeconds: number;
}

function runChild(options: MapAccountFilesOptions): Promise<ChildRun> {
  const start = performance.now();
  const child = fork(resolve(REPO_ROOT, 'bench/mapping-child.ts'), [JSON.stringify(options)], {
    cwd: REPO_ROOT,
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((done, fail) => {
    let result: Omit<ChildRun, 'wallSeconds'> | undefined;
    child.on('message', (message) => (result = message as Omit<ChildRun, 'wallSeconds'>));
    child.on('error', fail);
    child.on('exit', (code) => {
      if (code === 0 && result) done({ ...result, wallSeconds: seconds(start) });
      else fail(new Error(`mapping child exited with code ${code}`));
    });
  });
}

mkdirSync(DATA_DIR, { recursive: true });
mkdirSync(RESULTS_DIR, { recursive: true });
const tempDir = resolve(DATA_DIR, 'tmp');
mkdirSync(tempDir, { recursive: true });
const busyBefore = await machineBusy();
console.log(
  `Account mapping benchmark: ${int(rows)} × ${int(rows)} rows, seed ${seed}, ${cpus().length} CPUs ` +
    `(${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}, machine ${busyBefore === null ? '?' : fmt(100 * busyBefore, 0)} % busy before`,
);

const vendor = generated(`vendor-${rows}-s${seed}.csv`, (path) => generateVendorFile(path, rows, seed));
const partner = generated(`partner-${rows}-s${seed}.csv`, (path) =>
  generatePartnerFile(path, rows, rows, seed),
);

const keyFiles = { vendor: `${vendor.path}.keys.tsv`, partner: `${partner.path}.keys.tsv` };
const duckRuns: DuckDbRun[] = [];
const runDuck = async (when: string) => {
  const run = await runDuckDb(keyFiles.vendor, keyFiles.partner, resolve(DATA_DIR, 'duckdb-matches.tsv'));
  console.log(
    `  DuckDB ${run.version} (${run.threads} threads), ${when}: load ${fmt(run.loadSeconds, 2)} s, join ${fmt(run.joinSeconds, 2)} s`,
  );
  duckRuns.push(run);
};
if (duckdb) {
  for (const [side, csv] of [
    ['vendor', vendor.path],
    ['partner', partner.path],
  ] as const) {
    if (!existsSync(keyFiles[side]) || vendor.fresh || partner.fresh) {
      const start = performance.now();
      const written = await writeKeysFile(csv, `${keyFiles[side]}.part`);
      renameSync(`${keyFiles[side]}.part`, keyFiles[side]);
      console.log(`wrote the ${side}'s normalized keys (${int(written)} rows) in ${fmt(seconds(start))} s`);
    }
  }
  await runDuck('before');
}

console.log(`exact pass (mapAccountFiles, fuzzy off, ${threads} thread${threads === 1 ? '' : 's'}) …`);
const exact = await runChild({
  vendorPath: vendor.path,
  partnerPath: partner.path,
  outPath: resolve(DATA_DIR, `overlaps-exact-${rows}.csv`),
  fuzzy: false,
  tempDir,
  threads,
  ...(partitions ? { partitions } : {}),
});
const e = exact.summary;
const readRows = e.vendor.rowsRead + e.partner.rowsRead;
const joinCore = e.exactJoin.load + e.exactJoin.match;
console.log(
  `  read ${fmt(e.seconds.read)} s (vendor ${fmt(e.seconds.read_vendor)} s, partner ${fmt(e.seconds.read_partner)} s), ` +
    `join ${fmt(e.seconds.join, 2)} s (load ${fmt(e.exactJoin.load, 2)}, match ${fmt(e.exactJoin.match, 2)}, write ${fmt(e.exactJoin.write, 2)}), ` +
    `total ${fmt(e.seconds.total)} s, peak RSS ${int(Math.round(exact.maxRssMb))} MB, ` +
    `${int(e.matches.domain)} domain + ${int(e.matches.name)} name matches`,
);

let identical: boolean | undefined;
let duck: { threads: number; version: string; loadSeconds: number; joinSeconds: number } | undefined;
if (duckdb) {
  await runDuck('after');
  const trellis = await printOverlapsFile(e.outPath, ['domain', 'name']);
  const prints = duckRuns.map((run) => run.print);
  identical =
    prints.every((print) => print.fingerprint === trellis.fingerprint) &&
    prints.every(
      (print) => print.counts.domain === e.matches.domain && print.counts.name === e.matches.name,
    ) &&
    trellis.counts.domain === e.matches.domain &&
    trellis.counts.name === e.matches.name;
  const mean = (pick: (run: DuckDbRun) => number) =>
    duckRuns.reduce((sum, run) => sum + pick(run), 0) / duckRuns.length;
  duck = {
    threads: duckRuns[0]!.threads,
    version: duckRuns[0]!.version,
    loadSeconds: mean((run) => run.loadSeconds),
    joinSeconds: mean((run) => run.joinSeconds),
  };
  console.log(
    `  match sets ${identical ? 'IDENTICAL' : 'DIFFERENT'} (Trellis ${JSON.stringify(trellis.counts)} ${trellis.fingerprint}, ` +
      `DuckDB ${JSON.stringify(prints[0]!.counts)} ${prints[0]!.fingerprint})`,
  );
}

let fuzzy: ChildRun | undefined;
if (fuzzyRows > 0) {
  const fuzzyPartner = generated(`partner-fuzzy-${fuzzyRows}-of-${rows}-s${seed}.csv`, (path) =>
    generateFuzzyPartnerFile(path, fuzzyRows, rows, seed),
  );
  console.log('fuzzy pass (mapAccountFiles, fuzzy on) …');
  fuzzy = await runChild({
    vendorPath: vendor.path,
    partnerPath: fuzzyPartner.path,
    outPath: resolve(DATA_DIR, `overlaps-fuzzy-${rows}.csv`),
    tempDir,
    threads,
    ...(partitions ? { partitions } : {}),
  });
  const f = fuzzy.summary;
  console.log(
    `  ${int(f.fuzzyCandidates)} unmatched partner names against ${int(f.vendor.withName)} vendor names: ` +
      `${fmt(f.seconds.fuzzy)} s, ${int(f.matches.fuzzy_name)} fuzzy matches, peak RSS ${int(Math.round(fuzzy.maxRssMb))} MB`,
  );
}
const busyAfter = await machineBusy();

const duckTotal = duck ? duck.loadSeconds + duck.joinSeconds : undefined;
const joinRatio = duckTotal ? joinCore / duckTotal : undefined;
const joinPhaseRatio = duckTotal ? e.seconds.join / duckTotal : undefined;
const lines = [
  `#### ${int(rows)} × ${int(rows)} rows (seed ${seed}), ${new Date().toISOString().slice(0, 10)}`,
  '',
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}, Node ${process.version}; ${busyBefore === null ? '?' : fmt(100 * busyBefore, 0)} % busy with other work before the run, ${busyAfter === null ? '?' : fmt(100 * busyAfter, 0)} % after. Files: vendor ${fmt(e.vendor.rowsRead / 1e6, 2)} M rows, partner ${fmt(e.partner.rowsRead / 1e6, 2)} M rows; ${e.partitions} partitions.`,
  '',
  '| measure | value |',
  '| --- | ---: |',
  `| read + normalize + spill, both files (${e.threads} thread${e.threads === 1 ? '' : 's'}) | ${fmt(e.seconds.read)} s (vendor ${fmt(e.seconds.read_vendor)} s, partner ${fmt(e.seconds.read_partner)} s) |`,
  `| rows rejected, vendor / partner | ${int(e.vendor.rejected)} / ${int(e.partner.rejected)} |`,
  `| exact join phase: partition load + matchExactly + writing the CSV | ${fmt(e.exactJoin.load, 2)} + ${fmt(e.exactJoin.match, 2)} + ${fmt(e.exactJoin.write, 2)} s (phase wall time ${fmt(e.seconds.join, 2)} s) |`,
  `| exact pass end to end | ${fmt(e.seconds.total)} s (${int(Math.round(readRows / e.seconds.total))} rows/s) |`,
  `| peak RSS, exact pass | ${int(Math.round(exact.maxRssMb))} MB |`,
  `| exact matches: domain / name | ${int(e.matches.domain)} / ${int(e.matches.name)} |`,
  `| partner accounts matched | ${int(e.partnerAccountsMatched)} |`,
];
if (duck) {
  lines.push(
    `| DuckDB ${duck.version} (${duck.threads} threads): load / join, mean of the runs before and after | ${fmt(duck.loadSeconds, 2)} s / ${fmt(duck.joinSeconds, 2)} s |`,
    `| Trellis partition load + matchExactly ÷ DuckDB load + join | ${fmt(joinRatio!, 2)} × (target ≤ 2) |`,
    `| Trellis join phase incl. writing the CSV ÷ DuckDB load + join | ${fmt(joinPhaseRatio!, 2)} × |`,
    `| match sets identical (counts per rule, fingerprint) | ${identical ? 'yes' : '**no**'} |`,
  );
}
if (fuzzy) {
  const f = fuzzy.summary;
  lines.push(
    `| fuzzy pass: ${int(f.fuzzyCandidates)} unmatched partner names × ${int(f.vendor.withName)} vendor names | ${fmt(f.seconds.fuzzy)} s (target ≤ 60), ${int(f.matches.fuzzy_name)} fuzzy matches |`,
    `| peak RSS, fuzzy run | ${int(Math.round(fuzzy.maxRssMb))} MB |`,
  );
}
const markdown = lines.join('\n');
console.log(`\n${markdown}\n`);
writeFileSync(
  resolve(RESULTS_DIR, 'mapping-latest.json'),
  `${JSON.stringify({ rows, seed, threads, busyBefore, busyAfter, exact, duckRuns, duck, identical, joinRatio, joinPhaseRatio, fuzzy, markdown }, null, 2)}\n`,
);
if (identical === false) {
  console.error('The Trellis and DuckDB match sets differ.');
  process.exitCode = 1;
}
