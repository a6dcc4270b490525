import { readdirSync, readFileSync } from 'node:fs';

/** CPU time in seconds from /proc (Linux); null elsewhere, so the figures are simply left out. */
const TICKS_PER_SECOND = 100;

function processTicks(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return null;
  }
}

/** CPU ticks of every PostgreSQL server process on this machine (backends, checkpointer, walwriter …). */
function postgresTicks(): Map<number, number> | null {
  try {
    const ticks = new Map<number, number>();
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() !== 'postgres') continue;
      } catch {
        continue;
      }
      const value = processTicks(Number(entry));
      if (value !== null) ticks.set(Number(entry), value);
    }
    return ticks;
  } catch {
    return null;
  }
}

/** Ticks used between two samples: processes that started count in full, ones that ended drop out. */
function postgresTicksBetween(before: Map<number, number>, after: Map<number, number>): number {
  let used = 0;
  for (const [pid, ticks] of after) used += ticks - (before.get(pid) ?? 0);
  return used;
}

/** Busy and total jiffies of the whole machine, to see what else was running. */
function machineTicks(): { busy: number; total: number } | null {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]!;
    const values = line.trim().split(/\s+/).slice(1).map(Number);
    const idle = (values[3] ?? 0) + (values[4] ?? 0);
    const total = values.reduce((a, b) => a + b, 0);
    return { busy: total - idle, total };
  } catch {
    return null;
  }
}

export interface CpuSample {
  server: number | null;
  loadGenerator: number | null;
  postgres: Map<number, number> | null;
  machine: { busy: number; total: number } | null;
  at: number;
}

export function sampleCpu(serverPid: number): CpuSample {
  return {
    server: processTicks(serverPid),
    loadGenerator: processTicks(process.pid),
    postgres: postgresTicks(),
    machine: machineTicks(),
    at: performance.now(),
  };
}

export interface CpuUse {
  /** Cores busy on average over the run (1.0 = one core fully used). */
  server: number | null;
  loadGenerator: number | null;
  /** All PostgreSQL processes on the machine, including other databases' work. */
  postgres: number | null;
  /** Share of the whole machine that was busy, 0–1 (includes everything else running). */
  machineBusy: number | null;
}

export function cpuBetween(before: CpuSample, after: CpuSample): CpuUse {
  const seconds = (after.at - before.at) / 1000;
  const cores = (a: number | null, b: number | null) =>
    a === null || b === null ? null : Math.round(((b - a) / TICKS_PER_SECOND / seconds) * 100) / 100;
  const machine =
    before.machine && after.machine
      ? Math.round(
          ((after.machine.busy - before.machine.busy) / (after.machine.total - before.machine.total)) * 100,
        ) / 100
      : null;
  return {
    server: cores(before.server, after.server),
    loadGenerator: cores(before.loadGenerator, after.loadGenerator),
    postgres:
      before.postgres && after.postgres
        ? cores(0, postgresTicksBetween(before.postgres, after.postgres))
        : null,
    machineBusy: machine,
  };
}
