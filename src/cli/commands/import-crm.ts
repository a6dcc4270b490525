import { Command } from 'commander';

export function importCrmCommand(): Command {
  return new Command('import').description('Import accounts, contacts or opportunities from a CRM export');
}
