/**
 * A cron expression read into explicit sets of values, for engines that write schedules
 * another way (systemd's OnCalendar). What those engines cannot say (`L`, `W`, `#`, `?`) is
 * reported, not guessed at.
 */
export interface CronFields {
  /** undefined: the field is `*` (every value) */
  readonly second: ReadonlyArray<number>
  readonly minute: ReadonlyArray<number> | undefined
  readonly hour: ReadonlyArray<number> | undefined
  readonly dayOfMonth: ReadonlyArray<number> | undefined
  readonly month: ReadonlyArray<number> | undefined
  /** 0 is Sunday (7 is read as 0) */
  readonly dayOfWeek: ReadonlyArray<number> | undefined
}

const MACROS: Record<string, string> = {
  "@yearly": "0 0 1 1 *",
  "@annually": "0 0 1 1 *",
  "@monthly": "0 0 1 * *",
  "@weekly": "0 0 * * 0",
  "@daily": "0 0 * * *",
  "@midnight": "0 0 * * *",
  "@hourly": "0 * * * *"
}
const MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
const DAYS = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"]

/** The expression's fields, as five or six (seconds first) texts; macros expanded. */
export const cronTexts = (expression: string): ReadonlyArray<string> => {
  const text = expression.trim()
  const macro = MACROS[text.toLowerCase()]
  return (macro ?? text).split(/\s+/)
}

const value = (text: string, names: ReadonlyArray<string> | undefined, offset: number): number => {
  const upper = text.toUpperCase()
  const named = names?.indexOf(upper) ?? -1
  if (named >= 0) return named + offset
  if (!/^\d+$/.test(text)) throw new Error(`"${text}"`)
  return Number(text)
}

/** One field's values, or undefined for `*`; throws with the part no other engine can say. */
const field = (text: string, min: number, max: number, names?: ReadonlyArray<string>, offset = 0): Array<number> | undefined => {
  if (text === "*" || text === "?") return undefined
  if (/[LW#]/i.test(text.replace(/[A-Z]{3}/gi, (n) => (MONTHS.includes(n.toUpperCase()) || DAYS.includes(n.toUpperCase()) ? "" : n)))) {
    throw new Error(`"${text}" (L, W and # have no equivalent)`)
  }
  const values = new Set<number>()
  for (const part of text.split(",")) {
    const [range = "", stepText] = part.split("/")
    const step = stepText === undefined ? 1 : Number(stepText)
    if (!Number.isInteger(step) || step < 1) throw new Error(`"${part}"`)
    let from: number
    let to: number
    if (range === "*") [from, to] = [min, max]
    else if (range.includes("-")) {
      const [a = "", b = ""] = range.split("-")
      from = value(a, names, offset)
      to = value(b, names, offset)
    } else {
      from = value(range, names, offset)
      // `a/n` is `a-max/n`, as Vixie cron, systemd and croner read it
      to = stepText === undefined ? from : max
    }
    for (let v = from; v <= to; v += step) values.add(v)
  }
  return [...values].sort((a, b) => a - b)
}

/** The expression's fields, or the reason another engine cannot be given it. */
export const cronFields = (expression: string): { readonly fields: CronFields } | { readonly problem: string } => {
  const texts = cronTexts(expression)
  if (texts.length !== 5 && texts.length !== 6) return { problem: `"${expression}" is not a five- or six-field expression` }
  const [sec, min, hour, dom, mon, dow] = texts.length === 6 ? texts : ["0", ...texts]
  try {
    const dayOfWeek = field(dow ?? "*", 0, 7, DAYS)
    return {
      fields: {
        second: field(sec ?? "0", 0, 59) ?? Array.from({ length: 60 }, (_, i) => i),
        minute: field(min ?? "*", 0, 59),
        hour: field(hour ?? "*", 0, 23),
        dayOfMonth: field(dom ?? "*", 1, 31),
        month: field(mon ?? "*", 1, 12, MONTHS, 1),
        dayOfWeek: dayOfWeek === undefined ? undefined : [...new Set(dayOfWeek.map((d) => d % 7))].sort((a, b) => a - b)
      }
    }
  } catch (e) {
    return { problem: `${(e as Error).message} in "${expression}" cannot be written for this engine` }
  }
}
