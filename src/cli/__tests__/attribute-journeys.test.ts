import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

/**
 * start → search 4/5, mail 1/5; search → conv 2/4, mail 1/4, null 1/4; mail → conv.
 * P(conv) = 0.8 · 0.75 + 0.2 = 0.8; without search 0.2 (effect 0.75), without mail 0.4 (effect 0.5):
 * 4 conversions split 3 : 2 → 2.4 and 1.6; value 35 → 21 and 14.
 * Shapley: {search} 2 conversions (value 20), {mail} 1 (5), {search, mail} 1 (10) → 2.5 / 1.5, 25 / 10.
 */
function fixture(body: string) {
  const dir = mkdtempSync(join(tmpdir(), 'trellis-cli-attribution-'));
  const file = join(dir, 'paths.csv');
  writeFileSync(file, body);
  return file;
}

const PATHS = [
  'path;total_conversions;total_conversion_value;total_null',
  'search;2;20;0',
  'mail;1;5;0',
  'search > mail;1;10;0',
  'search;0;0;1',
  '',
].join('\n');

describe('trellis attribution', () => {
  it('credits channels by the exact Markov removal effects, as JSON', async () => {
    const result = await runCli(['attribution', fixture(PATHS), '--model', 'markov', '--format', 'json']);
    expect(result.code, result.stderr).toBe(0);
    const out = JSON.parse(result.stdout);
    expect(out.totals).toEqual({ journeys: 4, channels: 2, conversions: 4, value: 35, nulls: 1 });
    expect(out.credits).toEqual([
      { model: 'markov', channel: 'search', conversions: 2.4, value: 21 },
      { model: 'markov', channel: 'mail', conversions: 1.6, value: 14 },
    ]);
    expect(result.stderr).toContain('4 journeys, 2 channels: 4 conversions, value 35, 1 non-conversions');
  });

  it('prints CSV for every model, ranked by value with --value', async () => {
    const result = await runCli(['attribution', fixture(PATHS), '--model', 'all', '--value']);
    expect(result.code, result.stderr).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toBe('model,channel,value,conversions');
    expect(lines).toHaveLength(1 + 8 * 2);
    expect(lines).toContain('shapley,search,25,2.5');
    expect(lines).toContain('shapley,mail,10,1.5');
    expect(lines).toContain('first_touch,search,30,3');
    expect(lines).toContain('last_touch,mail,15,2');
  });

  it('reports unreadable rows with their line and fails', async () => {
    const bad = fixture('path;total_conversions;total_conversion_value;total_null\nsearch;x;1;0\n;1;1;0\n');
    const result = await runCli(['attribution', bad, '--model', 'linear']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('line 2: total_conversions must be a number');
    expect(result.stderr).toContain('line 3: the path is empty');
  });

  it('refuses an unknown model', async () => {
    const result = await runCli(['attribution', fixture(PATHS), '--model', 'magic']);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('must be one of first_touch');
  });
});
