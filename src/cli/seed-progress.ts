import cliProgress from 'cli-progress';

export interface SeedProgress {
  onProgress(done: number, total: number): void;
  stop(): void;
}

export interface ProgressBarOptions {
  /** What the counts are, after the value/total figures (default "steps"). */
  unit?: string;
  /** Counts are shown divided by this, e.g. 1e6 for bytes shown as MB. */
  scale?: number;
}

/**
 * A progress bar on stderr while long work runs (a line every few seconds when stderr is not a terminal).
 */
export function createProgressBar(label: string, options: ProgressBarOptions = {}): SeedProgress {
  const scale = options.scale ?? 1;
  const bar = new cliProgress.SingleBar(
    {
      format: `${label} [{bar}] {percentage}% | {value}/{total} ${options.unit ?? 'steps'} | {duration}s`,
      hideCursor: true,
      noTTYOutput: true,
      notTTYSchedule: 3000,
      formatValue: (value, _options, type) =>
        scale !== 1 && (type === 'value' || type === 'total') ? (value / scale).toFixed(1) : String(value),
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    onProgress(done, total) {
      if (!started) {
        bar.start(total, 0);
        started = true;
      }
      if (total !== bar.getTotal()) bar.setTotal(total);
      bar.update(done);
    },
    stop() {
      if (started) bar.stop();
    },
  };
}

/** A progress bar on stderr while the demo seeds. */
export function createSeedProgress(label: string): SeedProgress {
  return createProgressBar(label);
}
