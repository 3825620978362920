import { nextAfter } from "./cron.js"
import { formatInZone } from "./time.js"

/** Most missed instants counted for one job (an every-second job asleep for a day stops here). */
export const MISSED_COUNT_CAP = 10_000

export interface Missed {
  /** how many instants were missed, at most MISSED_COUNT_CAP */
  readonly count: number
  readonly newest: number
}

/** The instants of a job in [from, now]: `from` is the instant it was waiting for. */
export const missedInstants = (cron: string, zone: string, from: number, now: number): Missed | undefined => {
  if (from > now) return undefined
  let count = 1
  let newest = from
  for (let t = nextAfter(cron, zone, from); t !== undefined && t <= now; t = nextAfter(cron, zone, t)) {
    newest = t
    if (++count >= MISSED_COUNT_CAP) {
      // past the cap only the newest matters: find it without counting
      let probe = nextAfter(cron, zone, Math.max(newest, now - 1))
      while (probe !== undefined && probe <= now) {
        newest = probe
        probe = nextAfter(cron, zone, probe)
      }
      break
    }
  }
  return { count, newest }
}

/** `2026-11-01T01:30:00`: an instant's local wall time, without offset (the same in both fall-back hours). */
export const localWall = (ms: number, zone: string): string => formatInZone(ms, zone).slice(0, 19)

/** Start offsets for k catch-up runs spread evenly over a window, so a wake does not start them all at once. */
export const spreadOffsets = (k: number, windowMs: number): ReadonlyArray<number> =>
  Array.from({ length: k }, (_, i) => Math.floor((i * windowMs) / Math.max(1, k)))
