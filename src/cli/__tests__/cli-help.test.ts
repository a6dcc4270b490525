import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const COMMANDS = ['serve', 'demo', 'migrate', 'create-admin', 'openapi'];

describe('trellis --help', () => {
  it('describes the program and lists every command', async () => {
    const result = await runCli(['--help']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Usage: trellis');
    for (const command of COMMANDS) expect(result.stdout).toContain(command);
  });

  it('describes each command and its options', async () => {
    const results = await Promise.all(COMMANDS.map((command) => runCli([command, '--help'])));
    results.forEach((result, i) => {
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toContain(`Usage: trellis ${COMMANDS[i]}`);
      expect(result.stdout.split('\n').length).toBeGreaterThan(4);
    });
  });

  it('refuses bad input with a clear message, no stack trace, and a non-zero exit', async () => {
    const [badPort, badAdmin, unknown] = await Promise.all([
      runCli(['serve', '--port', 'eighty']),
      runCli(['create-admin', '--email', 'not-an-email', '--name', 'Ada', '--password', 'short']),
      runCli(['frobnicate']),
    ]);
    expect(badPort.code).toBe(1);
    expect(badPort.stderr).toContain("'--port <port>' argument 'eighty' is invalid");
    expect(badAdmin.code).toBe(1);
    expect(badAdmin.stderr).toContain('--email: Invalid email address');
    expect(badAdmin.stderr).toContain('--password: must be at least 10 characters');
    expect(badAdmin.stderr).not.toMatch(/\n\s+at /);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("unknown command 'frobnicate'");
  });
});
