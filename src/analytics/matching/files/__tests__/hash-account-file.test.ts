import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { accountKeys } from '../../account-keys.js';
import { hashAccountKeys, KEYED_HASH_PATTERN } from '../../hash-keys.js';
import { hashAccountFile } from '../hash-account-file.js';
import { tempDirectory, writeCsvFile } from './fixture-files.js';

describe('hashAccountFile', () => {
  it('writes id, population and the keyed hashes of the normalized keys, exactly as the server reads them', async () => {
    const dir = tempDirectory();
    const inPath = writeCsvFile(join(dir, 'accounts.csv'), [
      ['Account ID', 'Account Name', 'Website', 'Type'],
      ['-7', 'Kestrel Analytics, Inc.', 'https://www.kestrelanalytics.com/', 'Customer, direct'],
      ['=2', 'Nordlicht GmbH', '', 'Prospect'],
      ['3', '', '', 'Prospect'],
    ]);
    // A secret under which a hash starts with "-", which no spreadsheet rule may touch here.
    const keys = accountKeys({ name: 'Kestrel Analytics, Inc.', domain: 'kestrelanalytics.com' });
    let secret = 0;
    while (!hashAccountKeys(keys, `secret-${secret}`).domain!.startsWith('-')) secret++;
    const summary = await hashAccountFile({
      inPath,
      outPath: join(dir, 'hashed.csv'),
      secret: `secret-${secret}`,
    });

    expect(summary).toMatchObject({ rowsRead: 3, accepted: 2, rejected: 1 });
    const hashed = hashAccountKeys(keys, `secret-${secret}`);
    const nordlicht = hashAccountKeys(accountKeys({ name: 'Nordlicht GmbH' }), `secret-${secret}`);
    expect(readFileSync(summary.outPath, 'utf8')).toBe(
      [
        'id,population,domain_hash,name_hash',
        `-7,"Customer, direct",${hashed.domain},${hashed.name}`,
        `=2,Prospect,,${nordlicht.name}`,
        '',
      ].join('\r\n'),
    );
    expect(hashed.domain).toMatch(KEYED_HASH_PATTERN);
    expect(readFileSync(summary.rejectedPath, 'utf8')).toContain(`${inPath},4,Account Name,`);
  });
});
