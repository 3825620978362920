import { Either, ParseResult, Schema } from "effect"
import { parseDocument } from "yaml"
import { ConfigProblem } from "./errors.js"

/** The built-in tools a `tool` step may name. */
export const TOOLS = ["memory_log", "notify", "slack_send_message", "http_request"] as const

const Step = Schema.Struct({
  id: Schema.optionalWith(Schema.String, { exact: true }),
  name: Schema.optionalWith(Schema.String, { exact: true }),
  description: Schema.optionalWith(Schema.String, { exact: true }),
  condition: Schema.optionalWith(Schema.Union(Schema.String, Schema.Boolean), { exact: true }),
  on_error: Schema.optionalWith(Schema.Literal("fail", "continue"), { exact: true, default: () => "fail" as const }),
  timeout_seconds: Schema.optionalWith(Schema.Number.pipe(Schema.positive()), { exact: true }),
  run: Schema.optionalWith(Schema.Union(Schema.String, Schema.Array(Schema.String)), { exact: true }),
  compute: Schema.optionalWith(Schema.String, { exact: true }),
  tool: Schema.optionalWith(Schema.String, { exact: true }),
  args: Schema.optionalWith(Schema.Record({ key: Schema.String, value: Schema.Unknown }), { exact: true, default: () => ({}) })
})
export type Step = typeof Step.Type

const Input = Schema.Struct({
  name: Schema.String,
  type: Schema.optionalWith(Schema.Literal("string", "number", "integer", "boolean", "object", "array", "any"), {
    exact: true,
    default: () => "any" as const
  }),
  required: Schema.optionalWith(Schema.Boolean, { exact: true, default: () => false }),
  default: Schema.optionalWith(Schema.Unknown, { exact: true }),
  description: Schema.optionalWith(Schema.String, { exact: true })
})

export const Skill = Schema.Struct({
  name: Schema.String,
  description: Schema.optionalWith(Schema.String, { exact: true }),
  version: Schema.optionalWith(Schema.Union(Schema.String, Schema.Number), { exact: true }),
  inputs: Schema.optionalWith(Schema.Array(Input), { exact: true, default: () => [] }),
  steps: Schema.NonEmptyArray(Step)
})
export type Skill = typeof Skill.Type

export const stepId = (step: Step, index: number): string => step.id ?? step.name ?? `step${index + 1}`

const problem = (field: string, message: string) => new ConfigProblem({ field, message })

/** Parses a skill file: YAML errors with line and column, then the shape, then each step's rules. */
export const parseSkill = (text: string, path: string): Either.Either<Skill, ReadonlyArray<ConfigProblem>> => {
  const doc = parseDocument(text, { prettyErrors: true })
  if (doc.errors.length > 0) {
    return Either.left(
      doc.errors.map((e) => {
        const at = e.linePos?.[0]
        return problem(
          "",
          `${path}: YAML syntax error${at === undefined ? "" : ` at line ${at.line}, column ${at.col}`}: ${
            (e.message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, "")
          }`
        )
      })
    )
  }
  const decoded = Schema.decodeUnknownEither(Skill, { errors: "all", onExcessProperty: "error" })(doc.toJS())
  if (Either.isLeft(decoded)) {
    return Either.left(
      ParseResult.ArrayFormatter.formatErrorSync(decoded.left).map((i) => problem(i.path.map(String).join("."), i.message))
    )
  }
  const problems: Array<ConfigProblem> = []
  const seen = new Set<string>()
  decoded.right.steps.forEach((step, i) => {
    const id = stepId(step, i)
    const at = `steps[${i}] (${id})`
    const kinds = [step.run, step.compute, step.tool].filter((k) => k !== undefined).length
    if (kinds !== 1) problems.push(problem(at, "needs exactly one of run, compute or tool"))
    if (step.tool !== undefined && !(TOOLS as ReadonlyArray<string>).includes(step.tool)) {
      problems.push(problem(`${at}.tool`, `unknown tool "${step.tool}"; the built-in tools are ${TOOLS.join(", ")}`))
    }
    if (seen.has(id)) problems.push(problem(`${at}.id`, `duplicate step id "${id}"`))
    seen.add(id)
  })
  return problems.length > 0 ? Either.left(problems) : Either.right(decoded.right)
}

const typeOk = (type: string, v: unknown): boolean => {
  switch (type) {
    case "string":
      return typeof v === "string"
    case "number":
      return typeof v === "number"
    case "integer":
      return Number.isInteger(v)
    case "boolean":
      return typeof v === "boolean"
    case "array":
      return Array.isArray(v)
    case "object":
      return typeof v === "object" && v !== null && !Array.isArray(v)
    default:
      return true
  }
}

/** The job's inputs checked against the skill's declared inputs, with defaults filled in. */
export const resolveInputs = (
  skill: Skill,
  given: Readonly<Record<string, unknown>>
): Either.Either<Record<string, unknown>, ReadonlyArray<string>> => {
  const out: Record<string, unknown> = { ...given }
  const problems: Array<string> = []
  for (const input of skill.inputs) {
    const v = given[input.name]
    if (v === undefined) {
      if (input.default !== undefined) out[input.name] = input.default
      else if (input.required) problems.push(`skill ${skill.name}: input "${input.name}" is required (${input.type})`)
    } else if (!typeOk(input.type, v)) {
      problems.push(
        `skill ${skill.name}: input "${input.name}" must be ${input.type === "integer" ? "an" : "a"} ${input.type}, got ${
          JSON.stringify(v)
        }`
      )
    }
  }
  return problems.length > 0 ? Either.left(problems) : Either.right(out)
}

/** Splits a command line into argv the way a shell would quote it, without ever running a shell. */
export const splitArgv = (line: string): Array<string> => {
  const out: Array<string> = []
  let current = ""
  let quote: "\"" | "'" | null = null
  let started = false
  for (let i = 0; i < line.length; i++) {
    const c = line[i] ?? ""
    if (line.startsWith("{{", i)) {
      // a template expression is one piece of an argument, spaces and all
      const end = line.indexOf("}}", i + 2)
      const stop = end < 0 ? line.length : end + 2
      current += line.slice(i, stop)
      started = true
      i = stop - 1
    } else if (quote !== null) {
      if (c === quote) quote = null
      else if (c === "\\" && quote === "\"" && i + 1 < line.length) current += line[++i]
      else current += c
    } else if (c === "\"" || c === "'") {
      quote = c
      started = true
    } else if (c === "\\" && i + 1 < line.length) {
      current += line[++i]
      started = true
    } else if (/\s/.test(c)) {
      if (started) out.push(current)
      current = ""
      started = false
    } else {
      current += c
      started = true
    }
  }
  if (started) out.push(current)
  return out
}
