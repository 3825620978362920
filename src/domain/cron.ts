import { Cron } from "croner"
import cronstrue from "cronstrue"
import { type Calendar, makeCalendar } from "./time.js"

/**
 * Cron evaluation. croner gives Vixie-cron DST semantics: a fixed local time in a
 * spring-forward gap runs once at the jump, one repeated by a fall-back runs once,
 * and a wildcard-hour job runs every real hour. `fixedTimeRule: "no-wildcard"`
 * makes lists and ranges of hours fixed-time too, as Vixie cron does.
 */

const FIELDS_5 = ["minute", "hour", "day-of-month", "month", "day-of-week"] as const
const FIELDS_6 = ["second", ...FIELDS_5] as const
const NICKNAMES = ["@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly"]

const HELP: Record<string, string> = {
  second: "0-59",
  minute: "0-59",
  hour: "0-23",
  "day-of-month": "1-31, L, or nW",
  month: "1-12 or JAN-DEC",
  "day-of-week": "0-7 or SUN-SAT (0 and 7 are Sunday), with L or #n"
}

const optionsFor = (zone: string | undefined) => ({
  paused: true,
  mode: "5-or-6-parts" as const,
  fixedTimeRule: "no-wildcard" as const,
  ...(zone === undefined ? {} : { timezone: zone })
})

const MAX_OF: Record<string, number> = { second: 59, minute: 59, hour: 23, "day-of-month": 31, month: 12, "day-of-week": 7 }
const MONTH_NAMES = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
const DAY_NAMES = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"]

/**
 * The expression as croner reads it the way the seed's engine (and Vixie cron, APScheduler,
 * Quartz, systemd) means it: `a/n` is `a-max/n` (croner refuses it), and day and month names
 * are numbers (croner read `SUN-SUN` as every day).
 */
export const normalizeCron = (expression: string): string => {
  const text = expression.trim()
  if (text.startsWith("@")) return text
  const parts = text.split(/\s+/)
  const names = parts.length === 6 ? FIELDS_6 : FIELDS_5
  return parts.map((part, i) => {
    const name = names[i] ?? ""
    let out = part
    if (name === "day-of-week") out = out.replace(/\b(SUN|MON|TUE|WED|THU|FRI|SAT)\b/gi, (n) => String(DAY_NAMES.indexOf(n.toUpperCase())))
    if (name === "month") {
      out = out.replace(/\b(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\b/gi, (n) => String(MONTH_NAMES.indexOf(n.toUpperCase()) + 1))
    }
    const min = name === "day-of-month" || name === "month" ? 1 : 0
    const max = MAX_OF[name] ?? 59
    return out.split(",").map((item) => {
      const step = /^(\*|\d+|\d+-\d+)\/(\d+)$/.exec(item)
      if (step === null) return item
      const [from, to] = step[1] === "*" ? [min, max] : (step[1] ?? "").includes("-")
        ? (step[1] ?? "").split("-").map(Number) as [number, number]
        : [Number(step[1]), max]
      // a step past the range (`*/60` minutes, `*/32` days) matches its first value only, as Vixie cron reads it
      return Number(step[2]) > to - from ? String(from) : `${from}-${to}/${step[2]}`
    }).join(",")
  }).join(" ")
}

// croner keeps a 10,000-entry year table (~80 KB) in each Cron. With no year field (5 or 6 fields, as
// here) it is all ones and only ever read: every Cron is given this one.
const EVERY_YEAR: ReadonlyArray<number> = Array.from({ length: 10_000 }, () => 1)
const shareYearTable = (cron: Cron): Cron => {
  const pattern = (cron as unknown as { _states?: { pattern?: { starYear?: boolean; year?: ReadonlyArray<number> } } })._states?.pattern
  if (pattern?.starYear === true && pattern.year?.length === EVERY_YEAR.length) pattern.year = EVERY_YEAR
  return cron
}

const construct = (expression: string, zone?: string): Cron => shareYearTable(new Cron(normalizeCron(expression), optionsFor(zone)))

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e)).replace(/^Cron(Pattern|Date)?:\s*/, "")

// A reference instant for "does this ever fire": fixed so validation is pure.
const REFERENCE = new Date(Date.UTC(2024, 0, 1))

/** Which field of a failing expression is wrong, tried one field at a time. */
const diagnose = (parts: ReadonlyArray<string>): string | undefined => {
  const names = parts.length === 5 ? FIELDS_5 : FIELDS_6
  for (let i = 0; i < parts.length; i++) {
    const alone = parts.map((p, j) => (j === i ? p : "*")).join(" ")
    try {
      construct(alone)
    } catch {
      const name = names[i] ?? `field ${i + 1}`
      return `${name} field "${parts[i]}" is not valid; expected ${HELP[name] ?? "a cron value"}, a list, a range or a step`
    }
  }
  return undefined
}

/**
 * What is wrong with the shape of `expression` (a shorthand we do not know, or the wrong number
 * of fields), checked without evaluating it; undefined when the shape is right.
 */
export const cronShapeProblem = (expression: string): string | undefined => {
  const text = expression.trim()
  if (text.startsWith("@")) {
    return NICKNAMES.includes(text.toLowerCase())
      ? undefined
      : `unknown shorthand "${text}"; use one of ${NICKNAMES.join(" ")}`
  }
  const parts = text.split(/\s+/)
  return parts.length === 5 || parts.length === 6
    ? undefined
    : `has ${text.length === 0 ? 0 : parts.length} fields; expected 5 (minute hour day-of-month month day-of-week) or 6 (second first)`
}

/**
 * Why `expression` is not a cron we accept, or undefined when it is. The message
 * names the failing field and its allowed values, so a user can fix it. (~25 µs: a
 * caller checking many jobs checks each distinct expression once, as parseConfig does.)
 */
export const cronProblem = (expression: string): string | undefined => {
  const shape = cronShapeProblem(expression)
  const text = expression.trim()
  if (shape !== undefined || text.startsWith("@")) return shape
  let cron: Cron
  try {
    cron = construct(text)
  } catch (e) {
    return diagnose(text.split(/\s+/)) ?? messageOf(e)
  }
  return cron.nextRun(REFERENCE) === null ? "never fires (no date matches every field)" : undefined
}

type OffsetAt = (ms: number, zone: string) => number

const DAY_MS = 86_400_000

/** The instants in `year` (UTC) at which `zone`'s offset grows (a spring-forward jump), to the minute. */
const findJumpsOfYear = (offsetAt: OffsetAt, zone: string, year: number): ReadonlyArray<number> => {
  const found: Array<number> = []
  const end = Date.UTC(year + 1, 0, 1)
  // real zones never change offset twice in a day
  for (let lo = Date.UTC(year, 0, 1); lo < end; lo += DAY_MS) {
    const before = offsetAt(lo, zone)
    const hi = Math.min(lo + DAY_MS, end)
    if (offsetAt(hi, zone) <= before) continue
    let a = Math.floor(lo / 60_000)
    let b = Math.ceil(hi / 60_000)
    while (b - a > 1) {
      const mid = Math.floor((a + b) / 2)
      if (offsetAt(mid * 60_000, zone) > before) b = mid
      else a = mid
    }
    found.push(b * 60_000) // the first minute with the new offset
  }
  return found
}

/** Next fire instants of cron expressions in IANA zones, with this project's DST rules. */
export interface CronEvaluator {
  /** The first fire instant strictly after `afterMs`, or undefined when there is none. */
  readonly nextAfter: (expression: string, zone: string, afterMs: number) => number | undefined
  /** The next `count` fire instants strictly after `afterMs`. */
  readonly nextN: (expression: string, zone: string, afterMs: number, count: number) => ReadonlyArray<number>
}

/**
 * An evaluator with tables of its own: one Cron per (expression, zone), each zone's
 * spring-forward jumps per year, and the answers of the current batch. Whoever makes one
 * owns them: the daemon's lives in the CronEvaluator layer; a one-shot command makes its own.
 * Zone offsets are read through `calendar` (the owner's, or one of its own).
 */
export const makeCronEvaluator = (
  options: { readonly memoLimit?: number; readonly calendar?: Calendar } = {}
): CronEvaluator => {
  const calendar = options.calendar ?? makeCalendar()
  const offsetAt: OffsetAt = (ms, zone) => calendar.zonedParts(ms, zone).offsetMinutes
  const crons = new Map<string, Cron>()
  const compile = (expression: string, zone: string): Cron => {
    const key = `${zone}\u0000${expression}`
    let cron = crons.get(key)
    if (cron === undefined) crons.set(key, cron = construct(expression.trim(), zone))
    return cron
  }

  const jumpsByYear = new Map<string, ReadonlyArray<number>>()
  const jumpsOfYear = (zone: string, year: number): ReadonlyArray<number> => {
    const key = `${zone}\u0000${year}`
    let jumps = jumpsByYear.get(key)
    if (jumps === undefined) jumpsByYear.set(key, jumps = findJumpsOfYear(offsetAt, zone, year))
    return jumps
  }

  /** The spring-forward jumps of `zone` strictly between the two instants. */
  const jumpsBetween = (zone: string, fromMs: number, toMs: number): Array<number> => {
    const out: Array<number> = []
    for (let year = new Date(fromMs).getUTCFullYear(); year <= new Date(toMs).getUTCFullYear(); year++) {
      for (const jump of jumpsOfYear(zone, year)) if (jump > fromMs && jump < toMs) out.push(jump)
    }
    return out
  }

  /**
   * A fixed-time job whose local time falls in a spring-forward gap runs once, at the jump.
   * croner does so when the jump stays on the same local day (New York's 02:30 runs at 03:00),
   * but drops the day when the gap runs to local midnight (America/Nuuk's 23:00→00:00 in
   * 2024, Asia/Pyongyang's 23:30→00:00 in 2018). Each jump between `afterMs` and croner's
   * answer is checked: a skipped wall time that matches the cron (found by evaluating the
   * cron on wall times, as UTC) makes the jump the fire instant.
   */
  const gapFire = (expression: string, zone: string, afterMs: number, nextMs: number): number | undefined => {
    if (!isFixedTime(expression)) return undefined
    for (const jump of jumpsBetween(zone, afterMs, nextMs)) {
      const wallFrom = jump + offsetAt(jump - 60_000, zone) * 60_000 // the first wall time that did not happen
      const wallTo = jump + offsetAt(jump, zone) * 60_000 // the wall time the clock jumped to
      const match = compile(expression, "UTC").nextRun(new Date(wallFrom - 1000))?.getTime()
      if (match !== undefined && match < wallTo) return jump
    }
    return undefined
  }

  // croner's zoned nextRun costs ~100 µs (Intl calls in its DST search). Jobs due in the
  // same batch are rescheduled from the same instant, so jobs sharing an expression and a
  // zone share one computation.
  const memo = new Map<string, number | null>()
  const memoLimit = options.memoLimit ?? 50_000
  const nextAfter = (expression: string, zone: string, afterMs: number): number | undefined => {
    // croner counts from the second after `afterMs`'s: every instant within one second has the same answer
    const key = `${zone}\u0000${expression}\u0000${Math.floor(afterMs / 1000)}`
    let next = memo.get(key)
    if (next === undefined) {
      next = compile(expression, zone).nextRun(new Date(afterMs))?.getTime() ?? null
      if (next !== null) next = gapFire(expression, zone, afterMs, next) ?? next
      if (memo.size >= memoLimit) memo.clear()
      memo.set(key, next)
    }
    return next ?? undefined
  }

  const nextN = (expression: string, zone: string, afterMs: number, count: number): ReadonlyArray<number> => {
    const out: Array<number> = []
    let from = afterMs
    while (out.length < count) {
      const next = nextAfter(expression, zone, from)
      if (next === undefined) break
      out.push(next)
      from = next
    }
    return out
  }

  return { nextAfter, nextN }
}

/** A sentence for people: "At 09:00, Monday through Friday". */
export const describe = (expression: string): string => {
  try {
    return cronstrue.toString(expression.trim(), { use24HourTimeFormat: true })
  } catch {
    return expression
  }
}

/**
 * A fixed-time job (Vixie cron's rule: no wildcard or step in its second, minute
 * and hour fields) runs once when a fall-back repeats its local time; any other
 * job runs at every real instant.
 */
export const isFixedTime = (expression: string): boolean => {
  const text = expression.trim().toLowerCase()
  const parts = text.split(/\s+/)
  const timeFields = parts.length === 6 ? parts.slice(0, 3) : parts.slice(0, 2)
  return text.startsWith("@") ? text !== "@hourly" : timeFields.every((f) => !f.includes("*") && !f.includes("?") && !f.includes("/"))
}
