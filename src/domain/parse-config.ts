import { Either, ParseResult, Schema } from "effect"
import * as Jsonc from "jsonc-parser"
import {
  type ConfigFile,
  cronMessage,
  Defaults,
  type ExecutionMode,
  type Job,
  JobInput,
  makeInterner,
  Schedules,
  withJobDefaults,
  zoneMessage
} from "./config.js"
import { cronProblem, cronShapeProblem } from "./cron.js"
import { ConfigInvalid, ConfigProblem } from "./errors.js"
import { isValidZone } from "./time.js"

const options = { errors: "all", onExcessProperty: "error" } as const

// The file is decoded in two parts: everything but the jobs, then each job on its own,
// so a job whose JSON is what it was in the last good parse is not decoded again.
const SchedulesHead = Schema.Struct({
  ...Schedules.fields,
  jobs: Schema.optionalWith(
    Schema.Array(Schema.Unknown).annotations({
      message: (issue) =>
        `must be a list of jobs, e.g. [{"name": "backup", "cron": "0 3 * * *", "skill": "backup"}]; got ${JSON.stringify(issue.actual)}`
    }),
    { exact: true, default: () => [] }
  )
})
const ConfigHead = Schema.Struct(
  { schedules: Schema.optionalWith(SchedulesHead, { exact: true, default: () => Schema.decodeSync(SchedulesHead)({}) }) },
  Schema.Record({ key: Schema.String, value: Schema.Unknown })
)
const decodeHead = Schema.decodeUnknownEither(ConfigHead, options)
const decodeJob = Schema.decodeUnknownEither(JobInput, options)

/** Whether two parsed JSON values are the same (objects compared key by key, in any order). */
const sameJson = (a: unknown, b: unknown): boolean => {
  if (a === b) return true
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => sameJson(x, b[i]))
  if (Array.isArray(b)) return false
  const ka = Object.keys(a)
  if (ka.length !== Object.keys(b).length) return false
  for (const k of ka) {
    if (!Object.hasOwn(b, k) || !sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false
  }
  return true
}

const JOB_FIELDS = new Set(Object.keys(JobInput.fields))

/**
 * Whether a job as parsed from the file decodes to `job`: only known fields, and with the
 * defaults applied the same values. (Every check of a job's fields passes a valid value
 * through unchanged, so values equal to a decoded job's are valid ones; where decoding
 * does change a value, as a retry's defaults, the two differ and the job is decoded again.)
 */
const decodesTo = (raw: Record<string, unknown>, job: Job): boolean => {
  for (const key in raw) if (!JOB_FIELDS.has(key)) return false
  return sameJson(withJobDefaults(raw as unknown as JobInput), job)
}

const isRecord = (u: unknown): u is Record<string, unknown> => typeof u === "object" && u !== null && !Array.isArray(u)

const rawJobs = (raw: unknown): ReadonlyArray<unknown> => {
  const schedules = isRecord(raw) ? raw["schedules"] : undefined
  const jobs = isRecord(schedules) ? schedules["jobs"] : undefined
  return Array.isArray(jobs) ? jobs : []
}

/** `schedules.jobs[1] (backup).cron`: the path, with the job's name where it has one. */
const renderPath = (path: ReadonlyArray<PropertyKey>, raw: unknown): string => {
  let out = ""
  for (let i = 0; i < path.length; i++) {
    const key = path[i]
    if (typeof key === "number") {
      out += `[${key}]`
      const job = path[i - 1] === "jobs" && i === 2 ? rawJobs(raw)[key] : undefined
      if (isRecord(job) && typeof job["name"] === "string") out += ` (${job["name"]})`
    } else {
      out += out === "" ? String(key) : `.${String(key)}`
    }
  }
  return out
}

const lineColumn = (text: string, offset: number): string => {
  const before = text.slice(0, offset).split("\n")
  return `line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`
}

const SYNTAX: Record<string, string> = {
  InvalidSymbol: "a character that cannot start a JSON value",
  InvalidNumberFormat: "a malformed number",
  PropertyNameExpected: "expected a property name in double quotes",
  ValueExpected: "expected a value",
  ColonExpected: "expected ':'",
  CommaExpected: "expected ','",
  CloseBraceExpected: "expected '}'",
  CloseBracketExpected: "expected ']'",
  EndOfFileExpected: "unexpected text after the end of the JSON",
  InvalidCommentToken: "comments are not allowed in JSON",
  UnexpectedEndOfComment: "comments are not allowed in JSON",
  UnexpectedEndOfString: "a string that is not closed",
  UnexpectedEndOfNumber: "a number that ends too early",
  InvalidUnicode: "an invalid \\u escape",
  InvalidEscapeCharacter: "an invalid escape in a string",
  InvalidCharacter: "a control character inside a string"
}

/** Strict JSON, with the position of the first syntax error when it is not. */
const parseJson = (text: string): Either.Either<unknown, ConfigProblem> => {
  try {
    return Either.right(JSON.parse(text))
  } catch {
    const errors: Array<Jsonc.ParseError> = []
    Jsonc.parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false })
    const first = errors[0]
    const where = first === undefined ? "" : ` at ${lineColumn(text, first.offset)}`
    const code = first === undefined ? "" : Jsonc.printParseErrorCode(first.error)
    const what = SYNTAX[code] ?? (code === "" ? "not valid JSON" : code)
    return Either.left(new ConfigProblem({ field: "", message: `malformed JSON${where}: ${what}` }))
  }
}

/** Rules across fields, checked on the raw JSON so they are reported beside the structural problems. */
const crossFieldProblems = (raw: unknown): Array<ConfigProblem> => {
  const problems: Array<ConfigProblem> = []
  const schedules = isRecord(raw) && isRecord(raw["schedules"]) ? raw["schedules"] : {}
  const defaultMode = typeof schedules["execution_mode"] === "string" ? schedules["execution_mode"] : Defaults.execution_mode
  const firstIndex = new Map<string, number>()
  rawJobs(raw).forEach((job, i) => {
    if (!isRecord(job)) return
    const at = (field: string) => renderPath(["schedules", "jobs", i, field], raw)
    const name = job["name"]
    if (typeof name === "string") {
      const seen = firstIndex.get(name)
      if (seen === undefined) firstIndex.set(name, i)
      else {problems.push(
          new ConfigProblem({ field: at("name"), message: `duplicate job name "${name}" (also jobs[${seen}]); job names must be unique` })
        )}
    }
    const mode = (typeof job["execution_mode"] === "string" ? job["execution_mode"] : defaultMode) as ExecutionMode
    const blank = (v: unknown) => typeof v !== "string" || v.trim() === ""
    if (mode === "python_script" && blank(job["script"])) {
      problems.push(
        new ConfigProblem({
          field: at("script"),
          message: `is required for execution_mode "python_script": the path of a Python file, relative to config.json's folder`
        })
      )
    }
    if (mode !== "python_script" && blank(job["skill"])) {
      problems.push(
        new ConfigProblem({ field: at("skill"), message: `is required for execution_mode "${mode}": the name of the skill to run` })
      )
    }
  })
  return problems
}

/** How many single-character edits (insert, delete, replace, swap two neighbours) turn `a` into `b`. */
const editDistance = (a: string, b: string): number => {
  const d: Array<Array<number>> = Array.from(
    { length: a.length + 1 },
    (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0))
  )
  const at = (i: number, j: number) => d[i]?.[j] ?? 0
  for (let i = 1; i <= a.length; i++) {
    const row = d[i] ?? []
    for (let j = 1; j <= b.length; j++) {
      const same = a[i - 1] === b[j - 1]
      row[j] = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + (same ? 0 : 1))
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(at(i, j), at(i - 2, j - 2) + 1)
    }
  }
  return at(a.length, b.length)
}

/** The known key a misspelt one most likely meant: a few edits away, or one containing the other. */
export const closestKey = (key: string, known: ReadonlyArray<string>): string | undefined => {
  const k = key.toLowerCase()
  const scored = known
    .map((name) => ({ name, distance: editDistance(k, name.toLowerCase()) }))
    .filter(({ distance, name }) => distance <= Math.max(1, Math.floor(name.length / 3)) || name.includes(k) || k.includes(name))
    .sort((a, b) => a.distance - b.distance)
  return scored[0]?.name
}

/** A JSON value as a person wrote it, short. */
const shown = (actual: string): string => (actual.length > 60 ? `${actual.slice(0, 57)}...` : actual)

/** A type the schema names in its own terms, in plain words. */
const plainType = (expected: string): string => {
  if (expected === "boolean") return "true or false (no quotes)"
  if (expected === "number") return "a number (no quotes)"
  if (expected === "string") return "a string in double quotes"
  if (expected.startsWith("ReadonlyArray<")) {
    const of = expected.slice("ReadonlyArray<".length, -1)
    return of === "string"
      ? "a list of strings, e.g. [\"a\", \"b\"]"
      : /^"/.test(of)
      ? `a list of ${of.replaceAll(" | ", ", ")}`
      : "a list [...]"
  }
  if (expected.startsWith("{") || expected.startsWith("Struct") || expected.includes("Struct (")) return "an object {...}"
  return expected
}

type Issue = ReturnType<typeof ParseResult.ArrayFormatter.formatErrorSync>[number]

/**
 * Schema issues in the words a user of the file needs: an unknown key names the key it most
 * likely meant (and the "is missing" that the same typo causes is not said twice), a wrong
 * type says what to write instead of the schema's internals.
 */
const plainIssues = (issues: ReadonlyArray<Issue>): Array<{ readonly path: ReadonlyArray<PropertyKey>; readonly message: string }> => {
  const parentOf = (path: ReadonlyArray<PropertyKey>) => path.slice(0, -1).map(String).join("\u0000")
  const meant = new Map<string, string>() // parent + the key a typo stood for
  const out = issues.map((issue) => {
    if (issue._tag === "Unexpected") {
      const known = [...issue.message.matchAll(/"([^"]+)"/g)].map((m) => m[1] ?? "")
      const key = String(issue.path.at(-1) ?? "")
      const guess = closestKey(key, known)
      if (guess !== undefined) meant.set(`${parentOf(issue.path)}\u0001${guess}`, key)
      return {
        path: issue.path,
        message: guess === undefined
          ? `unknown key; the known keys here are ${known.join(", ")}`
          : `unknown key; did you mean "${guess}"?`
      }
    }
    const type = /^Expected (.+), actual (.+)$/s.exec(issue.message)
    if (issue._tag === "Type" && type !== null) {
      return { path: issue.path, message: `must be ${plainType(type[1] ?? "")}; got ${shown(type[2] ?? "")}` }
    }
    return { path: issue.path, message: issue.message }
  })
  return out.filter((issue, i) => {
    const missing = issues[i]?._tag === "Missing"
    return !(missing && meant.has(`${parentOf(issue.path)}\u0001${String(issue.path.at(-1) ?? "")}`))
  })
}

/** Where a problem's field (`schedules.jobs[3] (name).cron`) sorts: its job's index, or -1 for the schedule's own fields. */
export const jobOrder = (field: string): number => Number(/^schedules\.jobs\[(\d+)\]/.exec(field)?.[1] ?? -1)

/**
 * Decodes config.json text, reporting every problem in one pass. `previous`, the config in
 * force: a job written as it was there is that job again (the same object, not decoded anew),
 * so a reload of 10,000 jobs decodes only the ones that changed.
 */
export const parseConfig = (text: string, path: string, previous?: ConfigFile): Either.Either<ConfigFile, ConfigInvalid> => {
  const json = parseJson(text)
  if (Either.isLeft(json)) return Either.left(new ConfigInvalid({ path, problems: [json.left] }))
  const raw = json.right
  if (!isRecord(raw)) {
    return Either.left(
      new ConfigInvalid({
        path,
        problems: [new ConfigProblem({ field: "", message: "the file must hold a JSON object, e.g. {\"schedules\": {\"jobs\": []}}" })]
      })
    )
  }
  const decodedJobs = new Map<string, Job>(previous?.schedules.jobs.map((job) => [job.name, job]))
  const intern = makeInterner()
  const problems: Array<ConfigProblem> = []
  const report = (error: ParseResult.ParseError, prefix: ReadonlyArray<PropertyKey>) => {
    for (const issue of plainIssues(ParseResult.ArrayFormatter.formatErrorSync(error))) {
      problems.push(new ConfigProblem({ field: renderPath([...prefix, ...issue.path], raw), message: issue.message }))
    }
  }
  /**
   * A check that costs (evaluating a cron, making a zone's formatter) asked once per distinct
   * value, however many jobs share it; its message reported at every field that has the value.
   */
  const onceEach = (problemOf: (value: string) => string | undefined) => {
    const answers = new Map<string, string | undefined>()
    return (value: unknown, path: ReadonlyArray<PropertyKey>) => {
      if (typeof value !== "string") return
      if (!answers.has(value)) answers.set(value, problemOf(value))
      const message = answers.get(value)
      if (message !== undefined) problems.push(new ConfigProblem({ field: renderPath(path, raw), message }))
    }
  }
  // the schema reports a cron of the wrong shape, and an empty zone
  const checkCron = onceEach((cron) => {
    const problem = cronShapeProblem(cron) === undefined ? cronProblem(cron) : undefined
    return problem === undefined ? undefined : cronMessage(cron, problem)
  })
  const checkZone = onceEach((zone) => (zone.length > 0 && !isValidZone(zone) ? zoneMessage(zone) : undefined))
  const head = decodeHead(raw)
  const rawSchedules = raw["schedules"]
  if (isRecord(rawSchedules)) checkZone(rawSchedules["timezone"], ["schedules", "timezone"])
  if (Either.isLeft(head)) report(head.left, [])
  const jobs = rawJobs(raw).flatMap((rawJob, i) => {
    if (!isRecord(rawJob)) {
      const field = renderPath(["schedules", "jobs", i], raw)
      problems.push(
        new ConfigProblem({ field, message: `must be a job object with at least "name" and "cron"; got ${JSON.stringify(rawJob)}` })
      )
      return []
    }
    const name = rawJob["name"]
    const known = typeof name === "string" ? decodedJobs.get(name) : undefined
    if (known !== undefined && decodesTo(rawJob, known)) return [known]
    checkCron(rawJob["cron"], ["schedules", "jobs", i, "cron"])
    checkZone(rawJob["timezone"], ["schedules", "jobs", i, "timezone"])
    const input = decodeJob(rawJob)
    if (Either.isLeft(input)) {
      report(input.left, ["schedules", "jobs", i])
      return []
    }
    return [withJobDefaults(input.right, intern)]
  })
  problems.push(...crossFieldProblems(raw))
  // schedule-wide problems first, then job by job, in file order
  problems.sort((a, b) => jobOrder(a.field) - jobOrder(b.field))
  if (problems.length > 0 || Either.isLeft(head)) return Either.left(new ConfigInvalid({ path, problems }))
  return Either.right({ ...head.right, schedules: { ...head.right.schedules, jobs } })
}
