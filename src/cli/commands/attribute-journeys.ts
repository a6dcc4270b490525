import { Command } from 'commander';

export function attributeJourneysCommand(): Command {
  return new Command('attribution').description('Multi-touch attribution over a journeys file');
}
