import type { LogsSettings } from "./config.js"
import type { StateFile } from "./state.js"

export interface LogFile {
  readonly name: string
  readonly size: number
  readonly mtimeMs: number
}

/** A log written this recently is never removed: its run may be starting or being recorded now. */
export const FRESH_MS = 60 * 60_000

/** The session id a log belongs to: `<id>.log`, or `<id>-attemptN.log` for a retry. */
const runOf = (name: string) => name.replace(/\.log$/, "").replace(/-attempt\d+$/, "")

/**
 * Which session logs to remove: those of runs no longer in the history (nor going), those older
 * than `max_age_days`, then the oldest until the folder is under `max_total_mb`. Logs of runs
 * going now and logs written in the last hour are kept whatever.
 */
export const logsToRemove = (
  logs: ReadonlyArray<LogFile>,
  state: Pick<StateFile, "history" | "in_flight">,
  settings: LogsSettings,
  now: number
): ReadonlyArray<string> => {
  const inHistory = new Set(state.history.map((h) => h.execution_id))
  const going = new Set(state.in_flight.map((r) => r.execution_id))
  const removable = (l: LogFile) => !going.has(runOf(l.name)) && now - l.mtimeMs > FRESH_MS
  const maxAge = settings.max_age_days === undefined ? Number.POSITIVE_INFINITY : settings.max_age_days * 86_400_000
  const remove = new Set(
    logs.filter((l) => removable(l) && (!inHistory.has(runOf(l.name)) || now - l.mtimeMs > maxAge)).map((l) => l.name)
  )
  let total = logs.reduce((n, l) => n + (remove.has(l.name) ? 0 : l.size), 0)
  const cap = settings.max_total_mb * 1024 * 1024
  for (const l of [...logs].sort((a, b) => a.mtimeMs - b.mtimeMs)) {
    if (total <= cap) break
    if (remove.has(l.name) || !removable(l)) continue
    remove.add(l.name)
    total -= l.size
  }
  return [...remove]
}
