/**
 * Wall-clock rendering of instants in IANA zones. Pure: every function takes the
 * instant as epoch milliseconds, so callers read it from Effect's Clock. The formatters
 * a rendering needs belong to a `Calendar`, which its owner makes (the daemon's lives in
 * the Calendar layer; a one-shot command or a test makes its own).
 */

export interface ZonedParts {
  readonly year: number
  readonly month: number
  readonly day: number
  readonly hour: number
  readonly minute: number
  readonly second: number
  /** minutes east of UTC */
  readonly offsetMinutes: number
}

/** Renders instants as wall times in zones; keeps one formatter per zone and the last second formatted in each. */
export interface Calendar {
  readonly zonedParts: (epochMs: number, zone: string) => ZonedParts
  /** `2026-03-09T09:00:00-04:00`: the instant as a wall time in `zone`, with its offset. */
  readonly formatInZone: (epochMs: number, zone: string) => string
  /** `20260309-090000`: the wall time in `zone`, as session ids use it. */
  readonly compactStamp: (epochMs: number, zone: string) => string
}

const makeFormatter = (zone: string): Intl.DateTimeFormat =>
  new Intl.DateTimeFormat("en-US", {
    timeZone: zone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit"
  })

/** Whether `zone` names a time zone this runtime knows (an IANA name or alias, or UTC). */
export const isValidZone = (zone: string): boolean => {
  if (zone.length === 0) return false
  try {
    makeFormatter(zone)
    return true
  } catch {
    return false
  }
}

const partsWith = (formatter: Intl.DateTimeFormat, epochMs: number): ZonedParts => {
  const fields: Record<string, number> = {}
  for (const p of formatter.formatToParts(epochMs)) {
    if (p.type !== "literal") fields[p.type] = Number(p.value)
  }
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = fields
  const wholeSecond = Math.floor(epochMs / 1000) * 1000
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second)
  return { year, month, day, hour, minute, second, offsetMinutes: Math.round((asUtc - wholeSecond) / 60_000) }
}

const pad = (n: number, width = 2): string => String(n).padStart(width, "0")

const offsetText = (offsetMinutes: number): string => {
  const sign = offsetMinutes < 0 ? "-" : "+"
  const abs = Math.abs(offsetMinutes)
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
}

// every run started in the same second formats the same instant: one Intl call per zone and
// second, and each text made from it once
interface SecondInZone {
  readonly second: number
  readonly parts: ZonedParts
  iso?: string
  compact?: string
}

/**
 * A calendar with its own tables: an `Intl.DateTimeFormat` per zone (making one costs 70-80 µs,
 * using it 5-8 µs) and each zone's last second formatted. Throws on a zone `isValidZone` refuses.
 */
export const makeCalendar = (): Calendar => {
  const formatters = new Map<string, Intl.DateTimeFormat>()
  const lastSecond = new Map<string, SecondInZone>()
  const secondInZone = (epochMs: number, zone: string): SecondInZone => {
    const second = Math.floor(epochMs / 1000)
    const cached = lastSecond.get(zone)
    if (cached !== undefined && cached.second === second) return cached
    let formatter = formatters.get(zone)
    if (formatter === undefined) {
      formatter = makeFormatter(zone)
      formatters.set(zone, formatter)
    }
    const fresh: SecondInZone = { second, parts: partsWith(formatter, epochMs) }
    lastSecond.set(zone, fresh)
    return fresh
  }
  return {
    zonedParts: (epochMs, zone) => secondInZone(epochMs, zone).parts,
    formatInZone: (epochMs, zone) => {
      const s = secondInZone(epochMs, zone)
      const p = s.parts
      return (s.iso ??= `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}${
        offsetText(p.offsetMinutes)
      }`)
    },
    compactStamp: (epochMs, zone) => {
      const s = secondInZone(epochMs, zone)
      const p = s.parts
      return (s.compact ??= `${pad(p.year, 4)}${pad(p.month)}${pad(p.day)}-${pad(p.hour)}${pad(p.minute)}${pad(p.second)}`)
    }
  }
}

/** Parses an ISO 8601 instant that carries `Z` or an offset; a bare local time is ambiguous and refused. */
export const parseInstant = (text: string): number | undefined => {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(:(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i.exec(text.trim())
  if (m === null) return undefined
  // a date or time that does not exist (February 30, 25:00) is refused, never rolled over into the next
  const [y, mo, d, h, mi, sec] = [m[1], m[2], m[3], m[4], m[5], m[7] ?? "0"].map(Number) as [number, number, number, number, number, number]
  const check = new Date(Date.UTC(y, mo - 1, d, h, mi, sec))
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59 || sec > 59) return undefined
  const ms = Date.parse(text)
  return Number.isNaN(ms) ? undefined : ms
}

export const systemZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone ?? "UTC"
