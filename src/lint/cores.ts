import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';

/** Below this much time between the two readings, the kernel's 10 ms ticks say too little: a reading of this moment decides. */
const SHORTEST_READING_MS = 30;

/**
 * How many cores other processes leave free, read from the kernel's idle time of every core and
 * this process's own CPU time between when the meter was made (the lint's start) and when it is
 * asked. When that is too short a time to tell, the threads that are runnable at this moment
 * (Linux), else the load average, which lags by a minute: it still counts the runs before this
 * one, as in a CI job just after `npm ci`.
 */
export class CoreMeter {
  private readonly startedAt = nowMs();
  private readonly idleAtStart = idleMs();
  private readonly ownAtStart = process.cpuUsage();

  /** Cores free besides the one this thread runs on. */
  freeOtherCores(): number {
    const elapsed = nowMs() - this.startedAt;
    const cores = availableParallelism();
    if (elapsed < SHORTEST_READING_MS || this.idleAtStart === undefined) return clamp(cores - 1 - Math.round(runnableElsewhere() ?? loadavg()[0]!), cores);
    const own = process.cpuUsage(this.ownAtStart);
    const busyElsewhere = cores * elapsed - (idleMs()! - this.idleAtStart) - (own.user + own.system) / 1000;
    return clamp(Math.round(cores - 1 - busyElsewhere / elapsed), cores);
  }
}

/** A monotonic clock in ms; `performance` would load its module on every lint, where the meter is mostly not read. */
const nowMs = (): number => Number(process.hrtime.bigint()) / 1e6;

const clamp = (free: number, cores: number) => Math.max(0, Math.min(cores - 1, free));

/** The idle time of all cores together, in ms; undefined where the system does not say. */
function idleMs(): number | undefined {
  const all = cpus();
  if (all.length === 0) return undefined;
  return all.reduce((sum, core) => sum + core.times.idle, 0);
}

/** Threads of other processes runnable at this moment (Linux: /proc); undefined where the system does not say. */
function runnableElsewhere(): number | undefined {
  try {
    const ownStates = readdirSync('/proc/self/task').map((task) => readFileSync(`/proc/self/task/${task}/stat`, 'latin1'));
    return othersRunnable(readFileSync('/proc/stat', 'latin1'), ownStates);
  } catch {
    return undefined;
  }
}

/**
 * From /proc/stat's `procs_running` (every runnable thread of the system) and the `stat` line of
 * each of this process's threads: how many runnable threads are not this process's own.
 */
export function othersRunnable(procStat: string, ownThreadStats: readonly string[]): number | undefined {
  const running = /^procs_running (\d+)$/m.exec(procStat);
  if (!running) return undefined;
  // The state follows the command name in brackets, which may itself hold brackets and spaces.
  const ownRunning = ownThreadStats.filter((line) => line.charAt(line.lastIndexOf(')') + 2) === 'R').length;
  return Math.max(0, Number(running[1]) - ownRunning);
}
