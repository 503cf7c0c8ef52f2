/**
 * Runs a command and measures its wall time and peak memory. Memory is sampled from /proc every
 * 50 ms over the whole process tree (the build spawns Astro as a child): the peak of the summed
 * resident set, and the largest single process's high-water mark (VmHWM, exact, read by the
 * kernel's own accounting, but only seen while that process lives).
 */
import { spawn } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";

export interface Measured {
  code: number | null;
  seconds: number;
  /** Peak of the process tree's summed VmRSS, in MB (10^6 bytes); null off Linux. */
  peakTreeRssMB: number | null;
  /** Largest VmHWM of any single process in the tree, in MB. */
  peakProcessHwmMB: number | null;
  output: string;
}

function statusKB(pid: number, field: "VmRSS" | "VmHWM"): number {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** The pid and all its descendants, from /proc/<pid>/stat's parent field. */
export function processTree(root: number): number[] {
  let entries: string[];
  try {
    entries = readdirSync("/proc");
  } catch {
    return [];
  }
  const children = new Map<number, number[]>();
  for (const e of entries) {
    if (!/^\d+$/.test(e)) continue;
    try {
      const stat = readFileSync(`/proc/${e}/stat`, "utf8");
      // The command name may hold spaces and parentheses: the fields start after the last ")".
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(e));
      children.set(ppid, list);
    } catch {
      /* the process ended between readdir and read */
    }
  }
  const out: number[] = [];
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    out.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return out;
}

export function runMeasured(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number },
): Promise<Measured> {
  return new Promise((resolve) => {
    const start = process.hrtime.bigint();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const keep = (d: Buffer) => {
      output = (output + d.toString()).slice(-2_000_000);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    const linux = process.platform === "linux";
    let peakTree = 0;
    let peakHwm = 0;
    const sample = () => {
      if (!linux || child.pid === undefined) return;
      let sum = 0;
      for (const pid of processTree(child.pid)) {
        sum += statusKB(pid, "VmRSS");
        peakHwm = Math.max(peakHwm, statusKB(pid, "VmHWM"));
      }
      peakTree = Math.max(peakTree, sum);
    };
    const timer = setInterval(sample, 50);
    const killer = options.timeoutMs ? setTimeout(() => child.kill("SIGTERM"), options.timeoutMs) : undefined;
    child.on("close", (code) => {
      clearInterval(timer);
      if (killer) clearTimeout(killer);
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      resolve({
        code,
        seconds,
        peakTreeRssMB: linux ? (peakTree * 1024) / 1e6 : null,
        peakProcessHwmMB: linux ? (peakHwm * 1024) / 1e6 : null,
        output,
      });
    });
  });
}
