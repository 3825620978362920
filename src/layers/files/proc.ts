import { readdirSync, readFileSync } from "node:fs"

/**
 * What Linux's /proc says about processes: their start time (to tell a pid from a reused one)
 * and which ones belong to a run (each job process has BOT_CRON_SESSION_ID in its environment,
 * and keeps it through setsid, a double fork or a new process group).
 */

/** Every process's pid but init's (none when /proc cannot be read). */
const pids = (): Array<number> => {
  try {
    return readdirSync("/proc").map(Number).filter((pid) => Number.isInteger(pid) && pid > 1)
  } catch {
    return []
  }
}

/** Field `n` (1-based, as proc(5) numbers them) of /proc/PID/stat, or undefined. */
const statField = (pid: number, n: number): string | undefined => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8")
    // the command name (field 2) may hold spaces and parentheses: fields after it follow the last ')'
    const rest = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
    return rest[n - 3]
  } catch {
    return undefined
  }
}

/** When `pid` started (clock ticks since boot), or undefined when there is no such process. */
export const processStart = (pid: number): string | undefined => statField(pid, 22)

/** The process `pid` is alive (not a zombie) and is the one that started at `start`. */
export const sameProcessAlive = (pid: number, start: string): boolean => {
  const state = statField(pid, 3)
  return state !== undefined && state !== "Z" && processStart(pid) === start
}

const sessionOf = (pid: number): string | undefined => {
  try {
    const env = readFileSync(`/proc/${pid}/environ`, "utf8")
    const at = env.indexOf("BOT_CRON_SESSION_ID=")
    if (at === -1 || (at > 0 && env[at - 1] !== "\0")) return undefined
    const end = env.indexOf("\0", at)
    return env.slice(at + "BOT_CRON_SESSION_ID=".length, end === -1 ? undefined : end)
  } catch {
    return undefined // gone, or not ours to read
  }
}

/**
 * The live processes (not zombies) whose BOT_CRON_SESSION_ID is `id` or one of its attempts
 * (`id-attemptN`), each with its process group. This process is never among them.
 */
export const sessionProcesses = (
  ids: ReadonlySet<string>
): Array<{ readonly pid: number; readonly pgid: number; readonly session: string }> => {
  if (ids.size === 0) return []
  const found: Array<{ pid: number; pgid: number; session: string }> = []
  for (const pid of pids()) {
    if (pid === process.pid) continue
    const session = sessionOf(pid)
    if (session === undefined) continue
    const base = session.replace(/-attempt\d+$/, "")
    if (!ids.has(session) && !ids.has(base)) continue
    if (statField(pid, 3) === "Z") continue
    found.push({ pid, pgid: Number(statField(pid, 5) ?? pid), session })
  }
  return found
}

/** Sends `signal` to each process and its group (never this process's own group); ones already gone are fine. */
export const signalProcesses = (procs: ReadonlyArray<{ readonly pid: number; readonly pgid: number }>, signal: NodeJS.Signals): void => {
  const own = Number(statField(process.pid, 5))
  for (const p of procs) {
    for (const target of [p.pgid > 1 && p.pgid !== own ? -p.pgid : undefined, p.pid]) {
      if (target === undefined) continue
      try {
        process.kill(target, signal)
      } catch {
        // gone already
      }
    }
  }
}

/** Whether a live process (not a zombie) is in the process group `pgid`. */
export const groupHasLiveMembers = (pgid: number): boolean =>
  pids().some((pid) => statField(pid, 5) === String(pgid) && statField(pid, 3) !== "Z")
