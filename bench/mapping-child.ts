/**
 * Runs mapAccountFiles in a process of its own, so its peak memory is measured alone; sends back the
 * summary and the peak RSS. Options come as one JSON argument (MapAccountFilesOptions without callbacks).
 */
import {
  type MapAccountFilesOptions,
  mapAccountFiles,
} from '../src/analytics/matching/files/map-account-files.js';

const options = JSON.parse(process.argv[2] ?? '{}') as MapAccountFilesOptions;
let lastPhase = '';
const summary = await mapAccountFiles({
  ...options,
  onProgress(phase) {
    if (phase !== lastPhase) process.stderr.write(`  … ${phase}\n`);
    lastPhase = phase;
  },
});
const maxRssMb = process.resourceUsage().maxRSS / 1024;
process.send?.({ summary, maxRssMb });
