/**
 * What Linux reports of a benchmark's app server (started with tests/support/app-server.ts): the resident set
 * (VmRSS, and the part of it that is anonymous memory, RssAnon: the JavaScript heap and native allocations rather than mapped files) and its high-water mark (VmHWM), read
 * from /proc/<pid>/status; a sampler that keeps the highest resident set seen between two readings; and the CPU
 * time it has used, from /proc/<pid>/stat, which a busy shared machine inflates far less than response times.
 */
import { readFileSync } from "node:fs";

/** Resident set, its anonymous part and its high-water mark, in MB (MiB, as `ps` and `top` count). */
export interface Memory {
  readonly rssMb: number;
  readonly anonMb: number;
  readonly hwmMb: number;
}

export function memoryOf(pid: number): Memory {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? Number.NaN);
  return { rssMb: kb("VmRSS") / 1024, anonMb: kb("RssAnon") / 1024, hwmMb: kb("VmHWM") / 1024 };
}

/** /proc counts CPU time in USER_HZ ticks, 100 a second on Linux whatever the kernel's own tick. */
const TICKS_PER_SECOND = 100;

/** CPU time (user and system, every thread) the process has used since it started, in ms. */
export function cpuMsOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // Fields after the command name (which may hold spaces), from field 3 on: utime is field 14, stime 15.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

export interface RssSampler {
  /** The highest resident set since the last call (or the start), in MB, and how many readings it is from. */
  peakSince(): { peakMb: number; samples: number };
  stop(): void;
}

/**
 * Reads the resident set every `everyMs` (on this process's event loop, so while it awaits a response) and keeps
 * the highest; `peakSince()` returns the highest since its last call (or the start) and starts again.
 */
export function rssSampler(pid: number, everyMs = 20): RssSampler {
  let peak = 0;
  let samples = 0;
  const sample = () => {
    const { rssMb } = memoryOf(pid);
    samples += 1;
    if (rssMb > peak) peak = rssMb;
    return rssMb;
  };
  const timer = setInterval(() => {
    try {
      sample();
    } catch {
      // The server has exited (its /proc entry is gone): the request that failed with it says why.
      clearInterval(timer);
    }
  }, everyMs);
  timer.unref();
  return {
    peakSince() {
      const now = sample();
      const result = { peakMb: Math.max(peak, now), samples };
      peak = 0;
      samples = 0;
      return result;
    },
    stop: () => clearInterval(timer),
  };
}
