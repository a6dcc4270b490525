import { Command } from 'commander';
import { userError } from '../cli-errors.js';
import { configFrom } from '../cli-options.js';

interface CreateAdminOptions {
  email: string;
  name: string;
  password: string;
}

async function validate(options: CreateAdminOptions) {
  const { z } = await import('zod');
  const { ZEmail, ZPassword } = await import('../../modules/identity/identity.schemas.js');
  const parsed = z
    .object({
      email: ZEmail,
      name: z.string().trim().min(1, 'must not be empty').max(120),
      password: ZPassword,
    })
    .safeParse(options);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `--${issue.path.join('.')}: ${issue.message}`);
  throw userError(`cannot create the admin:\n  ${problems.join('\n  ')}`);
}

export function createAdminCommand(): Command {
  return new Command('create-admin')
    .description('Create an admin who can log in at once: the first user of a new production database')
    .requiredOption('--email <email>', 'the admin’s email, used to log in')
    .requiredOption('--name <name>', 'the admin’s full name')
    .requiredOption('--password <password>', 'at least 10 characters')
    .addHelpText(
      'after',
      '\nExample:\n  trellis create-admin --email ops@example.org --name "Ada Ops" --password "a long passphrase"',
    )
    .action(async (options: CreateAdminOptions) => {
      const input = await validate(options);
      const { describeDatabase, openConfiguredDatabase } = await import('../open-configured-database.js');
      const { createActiveUser } = await import('../../modules/identity/create-active-user.js');
      const { systemCtx } = await import('../system-ctx.js');
      const config = configFrom({});
      const database = await openConfiguredDatabase(config);
      try {
        const ctx = systemCtx(database, 'cli');
        const admin = await createActiveUser(ctx, { ...input, role: 'admin', partnerId: null });
        process.stdout.write(
          `Created admin ${admin.name} <${admin.email}> in ${describeDatabase(config)}.\n`,
        );
      } finally {
        await database.close();
      }
    });
}
