import { availableParallelism, cpus, loadavg } from 'node:os';

/** Below this much time between the two readings, the kernel's 10 ms ticks say too little: the load average decides. */
const SHORTEST_READING_MS = 30;

/**
 * How many cores other processes leave free, read from the kernel's idle time of every core and
 * this process's own CPU time between when the meter was made (the lint's start) and when it is
 * asked. The load average lags by a minute: it still counts the runs before this one.
 */
export class CoreMeter {
  private readonly startedAt = nowMs();
  private readonly idleAtStart = idleMs();
  private readonly ownAtStart = process.cpuUsage();

  /** Cores free besides the one this thread runs on. */
  freeOtherCores(): number {
    const elapsed = nowMs() - this.startedAt;
    const cores = availableParallelism();
    if (elapsed < SHORTEST_READING_MS || this.idleAtStart === undefined) return clamp(Math.round(cores - 1 - loadavg()[0]!), cores);
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
