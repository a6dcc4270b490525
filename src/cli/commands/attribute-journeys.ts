import { Command, InvalidArgumentError, Option } from 'commander';
import { MODEL_NAMES, type ModelName } from '../../analytics/attribution/models.js';
import { userError } from '../cli-errors.js';

interface AttributionOptions {
  model: ModelName | 'all';
  format: 'csv' | 'json';
  halfLife: number;
  value: boolean;
}

function parseModel(text: string): ModelName | 'all' {
  const name = text.trim().toLowerCase().replace(/-/g, '_');
  if (name === 'all' || (MODEL_NAMES as readonly string[]).includes(name)) return name as ModelName | 'all';
  throw new InvalidArgumentError(`must be one of ${MODEL_NAMES.join(', ')} or all`);
}

function parseHalfLife(text: string): number {
  const days = Number(text);
  if (!(days > 0) || !Number.isFinite(days))
    throw new InvalidArgumentError('must be a number of days above 0');
  return days;
}

/** Six decimals: enough to compare with other tools, without floating noise in the last digits. */
const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

export function attributeJourneysCommand(): Command {
  return new Command('attribution')
    .description(
      'Multi-touch attribution over a journeys file (path;total_conversions;total_conversion_value;total_null, ' +
        'paths written "a > b > c"): conversions and value credited to each channel',
    )
    .argument('<journeys.csv>', 'the journeys file')
    .addOption(
      new Option('--model <model>', `${MODEL_NAMES.join(' | ')} | all`)
        .argParser(parseModel)
        .default('markov'),
    )
    .addOption(new Option('--format <format>', 'output format').choices(['csv', 'json']).default('csv'))
    .option('--half-life <days>', 'time_decay: steps (days) for a touch’s weight to halve', parseHalfLife, 7)
    .option('--value', 'rank channels by the conversion value credited instead of by conversions', false)
    .addHelpText(
      'after',
      '\nExample:\n  trellis attribution paths.csv --model markov --format json\n' +
        'Paths carry no timestamps, so time_decay counts each step as one day, the last touch at the conversion.',
    )
    .action(async (path: string, options: AttributionOptions) => {
      const { readFile } = await import('node:fs/promises');
      const { readPaths, PathFileError } = await import('../../analytics/attribution/read-paths.js');
      const { channelTotals } = await import('../../analytics/attribution/models.js');
      const text = await readFile(path, 'utf8').catch(() => {
        throw userError(`cannot read ${path}`);
      });
      let file: ReturnType<typeof readPaths>;
      try {
        file = readPaths(text);
      } catch (error) {
        if (error instanceof PathFileError) throw userError(`${path}: ${error.message}`);
        throw error;
      }
      const models = options.model === 'all' ? [...MODEL_NAMES] : [options.model];
      const rows = models.flatMap((model) => {
        const totals = channelTotals(file.journeys, model, { halfLifeDays: options.halfLife });
        return file.channelNames
          .map((channel, c) => ({
            model,
            channel,
            conversions: round6(totals.conversions[c]!),
            value: round6(totals.values[c]!),
          }))
          .sort((a, b) =>
            options.value
              ? b.value - a.value || b.conversions - a.conversions
              : b.conversions - a.conversions,
          );
      });
      const totals = {
        journeys: file.totals.journeys,
        channels: file.channelNames.length,
        conversions: round6(file.totals.conversions),
        value: round6(file.totals.value),
        nulls: round6(file.totals.nulls),
      };
      if (options.format === 'json') {
        process.stdout.write(
          `${JSON.stringify({ totals, halfLifeDays: options.halfLife, credits: rows }, null, 2)}\n`,
        );
      } else {
        const quote = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
        const header = options.value ? 'model,channel,value,conversions' : 'model,channel,conversions,value';
        const lines = rows.map((r) =>
          options.value
            ? `${r.model},${quote(r.channel)},${r.value},${r.conversions}`
            : `${r.model},${quote(r.channel)},${r.conversions},${r.value}`,
        );
        process.stdout.write(`${[header, ...lines].join('\n')}\n`);
      }
      const int = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 6 });
      process.stderr.write(
        `${int(totals.journeys)} journeys, ${totals.channels} channels: ${int(totals.conversions)} conversions, ` +
          `value ${int(totals.value)}, ${int(totals.nulls)} non-conversions\n`,
      );
    });
}
