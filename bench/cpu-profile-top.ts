/**
 * Summarizes a V8 .cpuprofile (as written by `--cpu-prof`, e.g. `npm run bench:api-read -- --cpu-prof`):
 * self time by package and by function.
 *
 *   npx tsx bench/cpu-profile-top.ts bench/results/profiles/CPU.….cpuprofile [40]
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, limitArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: tsx bench/cpu-profile-top.ts <file.cpuprofile> [rows]');
  process.exit(2);
}
const limit = Number(limitArg ?? 30);
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const nodes = new Map(profile.nodes.map((node) => [node.id, node]));

const selfTime = new Map<number, number>();
let total = 0;
profile.samples.forEach((id, i) => {
  const delta = profile.timeDeltas[i] ?? 0;
  selfTime.set(id, (selfTime.get(id) ?? 0) + delta);
  total += delta;
});

function packageOf(url: string, functionName: string): string {
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (inModules) return inModules[1]!;
  if (url.includes('/src/')) return 'src';
  if (url.includes('/bench/')) return 'bench';
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[0]}`;
  return functionName || '(native)';
}

const byFunction = new Map<string, number>();
const byPackage = new Map<string, number>();
for (const [id, time] of selfTime) {
  const { functionName, url, lineNumber } = nodes.get(id)!.callFrame;
  const where = url.replace(/.*node_modules\//, '').replace(/^file:\/\/.*?\/(src|bench)\//, '$1/');
  const name = `${functionName || '(anonymous)'} ${where}${url ? `:${lineNumber + 1}` : ''}`;
  byFunction.set(name, (byFunction.get(name) ?? 0) + time);
  const pkg = packageOf(url, functionName);
  byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + time);
}

function show(title: string, entries: Map<string, number>): void {
  console.log(`\n${title}`);
  for (const [name, time] of [...entries].sort((a, b) => b[1] - a[1]).slice(0, limit)) {
    console.log(`${((100 * time) / total).toFixed(1).padStart(6)}%  ${name}`);
  }
}

console.log(`${(total / 1e6).toFixed(1)} s sampled`);
show('self time by package', byPackage);
show('self time by function', byFunction);
