import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Command } from 'commander';
import { loadConfig } from '../../platform/config.js';

export function writeOpenApiCommand(): Command {
  return new Command('openapi')
    .description(
      'Write the OpenAPI 3.1 description of the API as JSON (built in memory; no server, no data touched)',
    )
    .option('--out <file>', 'write to this file instead of stdout')
    .action(async (options: { out?: string }) => {
      const { openDatabase } = await import('../../platform/db/client.js');
      const { buildApp } = await import('../../platform/http/app.js');
      const database = await openDatabase({});
      let document: string;
      try {
        const app = await buildApp({ database, config: loadConfig(), logger: false, webRoot: null });
        await app.ready();
        document = `${JSON.stringify(app.swagger(), null, 2)}\n`;
        await app.close();
      } finally {
        await database.close();
      }
      if (!options.out) {
        process.stdout.write(document);
        return;
      }
      await mkdir(dirname(options.out), { recursive: true });
      await writeFile(options.out, document);
      process.stderr.write(`Wrote ${options.out}\n`);
    });
}
