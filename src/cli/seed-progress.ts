import cliProgress from 'cli-progress';

export interface SeedProgress {
  onProgress(done: number, total: number): void;
  stop(): void;
}

/** A progress bar on stderr while the demo seeds (a line every few seconds when stderr is not a terminal). */
export function createSeedProgress(label: string): SeedProgress {
  const bar = new cliProgress.SingleBar(
    {
      format: `${label} [{bar}] {percentage}% | {value}/{total} steps | {duration}s`,
      hideCursor: true,
      noTTYOutput: true,
      notTTYSchedule: 3000,
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
      bar.update(done);
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
