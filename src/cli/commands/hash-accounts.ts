import { Command } from 'commander';
import type { ColumnMapping } from '../../analytics/matching/account-columns.js';
import { userError } from '../cli-errors.js';
import { parseColumnMapping } from '../cli-options.js';

interface HashOptions {
  secretFile: string;
  out: string;
  columns?: ColumnMapping;
}

/** Shorter secrets are guessable, and a guessed secret lets anyone test names against the hashes. */
const MIN_SECRET_LENGTH = 16;

export function hashAccountsCommand(): Command {
  return new Command('hash-accounts')
    .description(
      'Write an account list (CSV) as keyed hashes of its normalized domain and name (HMAC-SHA-256 with a ' +
        'secret both sides agree on), so it can be mapped without sharing names or websites: ' +
        'id,population,domain_hash,name_hash',
    )
    .argument('<in.csv>', 'the account list, e.g. a CRM export')
    .requiredOption(
      '--secret-file <file>',
      `file holding the shared secret (at least ${MIN_SECRET_LENGTH} characters)`,
    )
    .requiredOption('--out <file>', 'where the hashed list goes; rejected rows go next to it')
    .option(
      '--columns <mapping>',
      'which column holds each field, e.g. "name=Account Name,domain=Website"; unmapped fields are guessed from the header',
      parseColumnMapping,
    )
    .addHelpText(
      'after',
      '\nExample:\n  trellis hash-accounts accounts.csv --secret-file shared-secret.txt --out hashed.csv\n' +
        'Both sides must hash with the same secret; only exact domain and name matches work on hashes.',
    )
    .action(async (inPath: string, options: HashOptions) => {
      const { readFile } = await import('node:fs/promises');
      const { hashAccountFile } = await import('../../analytics/matching/files/hash-account-file.js');
      const { createProgressBar } = await import('../seed-progress.js');
      const { keyFingerprint } = await import('../../analytics/matching/hash-keys.js');
      const secret = await readFile(options.secretFile, 'utf8').catch(() => {
        throw userError(`cannot read the secret file ${options.secretFile}`);
      });
      const trimmed = secret.replace(/\r?\n$/, '');
      if (trimmed.length < MIN_SECRET_LENGTH) {
        throw userError(
          `the secret in ${options.secretFile} is shorter than ${MIN_SECRET_LENGTH} characters`,
        );
      }
      const bar = createProgressBar('Hashing', { unit: 'MB', scale: 1e6 });
      const summary = await hashAccountFile({
        inPath,
        outPath: options.out,
        secret: trimmed,
        columns: options.columns,
        onProgress: bar.onProgress,
      }).finally(bar.stop);
      const int = (value: number) => value.toLocaleString('en-US');
      process.stdout.write(
        [
          `Hashed ${int(summary.accepted)} of ${int(summary.rowsRead)} rows to ${summary.outPath}`,
          summary.rejected > 0
            ? `Rows rejected: ${int(summary.rejected)} — reasons in ${summary.rejectedPath}`
            : 'Rows rejected: none',
          `Key fingerprint: ${keyFingerprint(trimmed)} (upload the list with ?keyFingerprint=${keyFingerprint(trimmed)})`,
          '',
        ].join('\n'),
      );
    });
}
