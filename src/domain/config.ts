import { Schema } from "effect"
import { cronShapeProblem } from "./cron.js"
import { systemZone } from "./time.js"

/** Every default of the `schedules` section, in one place. */
export const Defaults = {
  enabled: true,
  /** the system's zone, asked for only when a config leaves it out: loading ICU's zone data costs ~10 ms at start */
  get timezone(): string {
    return systemZone()
  },
  execution_mode: "claude_cli",
  history_limit: 100,
  timeout_seconds: 600,
  overlap: "skip",
  catch_up: "latest",
  misfire_grace_seconds: 3600,
  jitter_seconds: 0,
  catch_up_spread_seconds: 60,
  shutdown_grace_seconds: 10,
  idle_timeout_seconds: 600,
  retry: { max_attempts: 1, delay_seconds: 60, backoff_multiplier: 2, max_delay_seconds: 3600 },
  claude_command: "claude",
  python_command: "python3",
  prompt_template: "Run the skill \"{{skill}}\" as persona \"{{persona}}\" for the scheduled job \"{{job}}\" " +
    "(session {{session_id}}, source {{source}}, scheduled at {{scheduled_at}}). Inputs as JSON: {{inputs}}"
} as const

/** The names a claude prompt template may use, as `{{name}}`. */
export const PROMPT_VARIABLES = ["job", "skill", "persona", "inputs", "session_id", "source", "scheduled_at"] as const

export const JobName = Schema.String.pipe(
  Schema.pattern(/^[A-Za-z0-9_.-]+$/, {
    message: () => "must be letters, digits, '_', '.' or '-' (no spaces), e.g. daily_standup"
  }),
  Schema.brand("JobName")
)
export type JobName = typeof JobName.Type

/** How a cron's problem reads in a config error. */
export const cronMessage = (expression: string, problem: string): string => `invalid cron "${expression}": ${problem}`

/**
 * A cron's shape (its field count, or a known shorthand). Evaluating it (each field's values,
 * "never fires") costs ~25 µs: parseConfig does that once per distinct expression, not per job.
 */
export const CronExpression = Schema.String.pipe(
  Schema.filter((s) => {
    const problem = cronShapeProblem(s)
    return problem === undefined ? true : cronMessage(s, problem)
  })
)

/** How an unknown time zone reads in a config error. */
export const zoneMessage = (zone: string): string => `unknown time zone "${zone}"; use an IANA name such as "America/New_York" or "UTC"`

/**
 * A zone's shape (a name). Whether the runtime knows it costs a formatter (70-80 µs):
 * parseConfig asks once per distinct name, not per job.
 */
export const TimeZone = Schema.String.pipe(Schema.filter((s) => s.length > 0 ? true : zoneMessage(s)))

/** A literal union whose error lists the choices once, instead of one error per choice. */
const oneOf = <const L extends ReadonlyArray<string>>(...choices: L) =>
  Schema.Literal(...choices).annotations({
    message: (issue) => ({
      message: `must be one of ${choices.map((c) => `"${c}"`).join(", ")}; got ${JSON.stringify(issue.actual)}`,
      override: true
    })
  })

export const ExecutionMode = oneOf("claude_cli", "skill_direct", "python_script")
export type ExecutionMode = typeof ExecutionMode.Type
export const NotifyTarget = oneOf("memory", "slack", "desktop", "email")
export type NotifyTarget = typeof NotifyTarget.Type
export const NotifyOn = oneOf("failure", "success", "always", "missed", "recovery", "budget")
export type NotifyOn = typeof NotifyOn.Type
export const OverlapPolicy = oneOf("skip", "queue_one", "allow", "replace")
export const PermissionMode = oneOf("default", "acceptEdits", "plan", "bypassPermissions", "dontAsk", "auto")
export const RetryWith = oneOf("fresh", "resume")
export const CatchUpPolicy = oneOf("latest", "skip")

const positiveSeconds = (max: number) =>
  Schema.Number.pipe(
    Schema.filter((n) => (Number.isFinite(n) && n > 0 && n <= max) || `must be more than 0 and at most ${max} seconds`)
  )
const nonNegativeSeconds = (max: number) =>
  Schema.Number.pipe(
    Schema.filter((n) => (Number.isFinite(n) && n >= 0 && n <= max) || `must be from 0 to ${max} seconds`)
  )

export const Retry = Schema.Struct({
  max_attempts: Schema.optionalWith(
    Schema.Int.pipe(Schema.filter((n) => (n >= 1 && n <= 100) || "must be a whole number from 1 to 100")),
    { exact: true, default: () => Defaults.retry.max_attempts }
  ),
  delay_seconds: Schema.optionalWith(nonNegativeSeconds(86_400), { exact: true, default: () => Defaults.retry.delay_seconds }),
  backoff_multiplier: Schema.optionalWith(
    Schema.Number.pipe(Schema.filter((n) => (n >= 1 && n <= 100) || "must be from 1 to 100 (1 means a fixed delay)")),
    { exact: true, default: () => Defaults.retry.backoff_multiplier }
  ),
  max_delay_seconds: Schema.optionalWith(positiveSeconds(86_400), { exact: true, default: () => Defaults.retry.max_delay_seconds })
})
export type Retry = typeof Retry.Type

const PromptTemplate = Schema.String.pipe(
  Schema.filter((t) => {
    const unknown = [...t.matchAll(/\{\{\s*([^}\s]*)\s*\}\}/g)]
      .map((m) => m[1] ?? "")
      .filter((name) => !(PROMPT_VARIABLES as ReadonlyArray<string>).includes(name))
    return unknown.length === 0 || `unknown placeholder {{${unknown[0]}}}; use any of ${PROMPT_VARIABLES.map((v) => `{{${v}}}`).join(" ")}`
  })
)

/** The Claude CLI's options, as schedules.claude (defaults for every claude job) and a job's `claude` give them. */
const ClaudeOptions = {
  model: Schema.optionalWith(Schema.NonEmptyString, { exact: true }),
  fallback_model: Schema.optionalWith(Schema.NonEmptyString, { exact: true }),
  max_turns: Schema.optionalWith(
    Schema.Int.pipe(Schema.filter((n) => (n >= 1 && n <= 10_000) || "must be a whole number from 1 to 10000")),
    { exact: true }
  ),
  max_budget_usd: Schema.optionalWith(
    Schema.Number.pipe(Schema.filter((n) => (Number.isFinite(n) && n > 0 && n <= 100_000) || "must be more than 0 (US dollars)")),
    { exact: true }
  ),
  append_system_prompt: Schema.optionalWith(PromptTemplate, { exact: true }),
  allowed_tools: Schema.optionalWith(Schema.Array(Schema.NonEmptyString), { exact: true }),
  disallowed_tools: Schema.optionalWith(Schema.Array(Schema.NonEmptyString), { exact: true }),
  permission_mode: Schema.optionalWith(PermissionMode, { exact: true }),
  mcp_config: Schema.optionalWith(Schema.NonEmptyString, { exact: true }),
  bare: Schema.optionalWith(Schema.Boolean, { exact: true }),
  /** no stream line for this long: the run is hung, its process group is ended */
  idle_timeout_seconds: Schema.optionalWith(positiveSeconds(7 * 86_400), { exact: true })
}

/** A job's own `claude` section: options over the schedule-wide ones, extra args, and how it retries. */
export const JobClaude = Schema.Struct({
  ...ClaudeOptions,
  prompt_template: Schema.optionalWith(PromptTemplate, { exact: true }),
  args: Schema.optionalWith(Schema.Array(Schema.String), { exact: true }),
  retry_with: Schema.optionalWith(RetryWith, { exact: true })
})
export type JobClaude = typeof JobClaude.Type

const usd = Schema.Number.pipe(
  Schema.filter((n) => (Number.isFinite(n) && n >= 0 && n <= 1_000_000) || "must be an amount of US dollars, 0 or more")
)
export const JobBudget = Schema.Struct({ daily_usd: Schema.optionalWith(usd, { exact: true }) })
export type JobBudget = typeof JobBudget.Type
export const Budget = Schema.Struct({
  daily_usd: Schema.optionalWith(usd, { exact: true }),
  monthly_usd: Schema.optionalWith(usd, { exact: true })
})
export type Budget = typeof Budget.Type

/**
 * A job as config.json writes it: name and cron, every other field optional and nothing
 * filled in. Its defaults are applied by `withJobDefaults`, in plain code: a struct of
 * optional fields with defaults decoded ten times slower (~12 µs a job, 10,000 jobs
 * 200 ms at start).
 */
export const JobInput = Schema.Struct({
  name: JobName,
  cron: CronExpression,
  description: Schema.optionalWith(Schema.String, { exact: true }),
  skill: Schema.optionalWith(Schema.String, { exact: true }),
  persona: Schema.optionalWith(Schema.String, { exact: true }),
  inputs: Schema.optionalWith(Schema.Record({ key: Schema.String, value: Schema.Unknown }), { exact: true }),
  notify: Schema.optionalWith(Schema.Array(NotifyTarget), { exact: true }),
  notify_on: Schema.optionalWith(Schema.Union(NotifyOn, Schema.Array(NotifyOn)), { exact: true }),
  enabled: Schema.optionalWith(Schema.Boolean, { exact: true }),
  retry: Schema.optionalWith(Retry, { exact: true }),
  timeout_seconds: Schema.optionalWith(positiveSeconds(7 * 86_400), { exact: true }),
  timezone: Schema.optionalWith(TimeZone, { exact: true }),
  execution_mode: Schema.optionalWith(ExecutionMode, { exact: true }),
  script: Schema.optionalWith(Schema.String, { exact: true }),
  args: Schema.optionalWith(Schema.Array(Schema.String), { exact: true }),
  working_dir: Schema.optionalWith(Schema.String, { exact: true }),
  overlap: Schema.optionalWith(OverlapPolicy, { exact: true }),
  catch_up: Schema.optionalWith(CatchUpPolicy, { exact: true }),
  misfire_grace_seconds: Schema.optionalWith(nonNegativeSeconds(366 * 86_400), { exact: true }),
  jitter_seconds: Schema.optionalWith(nonNegativeSeconds(3600), { exact: true }),
  claude: Schema.optionalWith(JobClaude, { exact: true }),
  budget: Schema.optionalWith(JobBudget, { exact: true })
})
export type JobInput = typeof JobInput.Type

/**
 * A job with its defaults: every field is present (those with no default are `undefined`
 * when config.json leaves them out), so that every job has one shape.
 */
export interface Job {
  readonly name: JobName
  readonly cron: string
  readonly description: string | undefined
  readonly skill: string | undefined
  readonly persona: string
  readonly inputs: { readonly [key: string]: unknown }
  readonly notify: ReadonlyArray<NotifyTarget>
  readonly notify_on: ReadonlyArray<string>
  readonly enabled: boolean
  readonly retry: Retry | undefined
  readonly timeout_seconds: number
  readonly timezone: string | undefined
  readonly execution_mode: ExecutionMode | undefined
  readonly script: string | undefined
  readonly args: ReadonlyArray<string>
  readonly working_dir: string | undefined
  readonly overlap: typeof OverlapPolicy.Type
  readonly catch_up: typeof CatchUpPolicy.Type
  readonly misfire_grace_seconds: number
  readonly jitter_seconds: number
  /** the job's own claude options (claude_cli jobs), over schedules.claude */
  readonly claude: JobClaude | undefined
  readonly budget: JobBudget | undefined
}

const NO_INPUTS = {}
const NO_TARGETS: ReadonlyArray<NotifyTarget> = []
const NO_ARGS: ReadonlyArray<string> = []
/** notify_on when a job leaves it out: failures, and a run skipped because a budget is spent */
export const DEFAULT_NOTIFY_ON: ReadonlyArray<string> = ["failure", "budget"]

/** Gives one string for equal ones: see `makeInterner`. */
export type Intern = <S extends string | undefined>(s: S) => S

/**
 * JSON.parse makes a string per occurrence: the values many jobs repeat (their cron and zone)
 * are kept once by the interner of one parse.
 */
export const makeInterner = (): Intern => {
  const kept = new Map<string, string>()
  return <S extends string | undefined>(s: S): S => {
    if (typeof s !== "string") return s
    let one = kept.get(s)
    if (one === undefined) kept.set(s, one = s)
    return one as S
  }
}

const asIs: Intern = (s) => s

export const withJobDefaults = (j: JobInput, intern: Intern = asIs): Job => ({
  name: j.name,
  cron: intern(j.cron),
  description: j.description,
  skill: j.skill,
  persona: j.persona ?? "",
  inputs: j.inputs ?? NO_INPUTS,
  notify: j.notify ?? NO_TARGETS,
  notify_on: j.notify_on === undefined ? DEFAULT_NOTIFY_ON : typeof j.notify_on === "string" ? [j.notify_on] : j.notify_on,
  enabled: j.enabled ?? true,
  retry: j.retry,
  timeout_seconds: j.timeout_seconds ?? Defaults.timeout_seconds,
  timezone: intern(j.timezone),
  execution_mode: j.execution_mode,
  script: j.script,
  args: j.args ?? NO_ARGS,
  working_dir: j.working_dir,
  overlap: j.overlap ?? Defaults.overlap,
  catch_up: j.catch_up ?? Defaults.catch_up,
  misfire_grace_seconds: j.misfire_grace_seconds ?? Defaults.misfire_grace_seconds,
  jitter_seconds: j.jitter_seconds ?? Defaults.jitter_seconds,
  claude: j.claude,
  budget: j.budget
})

/** A job in config.json, decoded to a Job with its defaults. */
export const Job: Schema.Schema<Job, typeof JobInput.Encoded> = Schema.transform(
  JobInput,
  Schema.declare((u): u is Job => typeof u === "object" && u !== null),
  { strict: false, decode: (input) => withJobDefaults(input), encode: (job) => job }
)

const SecretSource = {
  /** the value itself in config.json (discouraged: prefer _env or _file) */
  plain: Schema.optionalWith(Schema.String, { exact: true })
}

export const SlackSettings = Schema.Struct({
  webhook_url: SecretSource.plain,
  webhook_url_env: Schema.optionalWith(Schema.NonEmptyString, { exact: true }),
  webhook_url_file: Schema.optionalWith(Schema.NonEmptyString, { exact: true }),
  channel: Schema.optionalWith(Schema.String, { exact: true }),
  timeout_seconds: Schema.optionalWith(positiveSeconds(120), { exact: true, default: () => 10 })
}).pipe(
  Schema.filter(
    (s) =>
      s.webhook_url !== undefined || s.webhook_url_env !== undefined || s.webhook_url_file !== undefined ||
      "needs the incoming-webhook URL: webhook_url_env (an environment variable's name) or webhook_url_file (a file holding it), or webhook_url"
  )
)

export const EmailSettings = Schema.Struct({
  host: Schema.NonEmptyString,
  port: Schema.optionalWith(
    Schema.Int.pipe(Schema.filter((n) => (n > 0 && n < 65_536) || "must be a TCP port, 1 to 65535")),
    { exact: true, default: () => 587 }
  ),
  starttls: Schema.optionalWith(Schema.Boolean, { exact: true, default: () => true }),
  from: Schema.NonEmptyString,
  to: Schema.NonEmptyArray(Schema.NonEmptyString),
  username: Schema.optionalWith(Schema.String, { exact: true }),
  password_env: Schema.optionalWith(Schema.NonEmptyString, { exact: true }),
  password_file: Schema.optionalWith(Schema.NonEmptyString, { exact: true }),
  timeout_seconds: Schema.optionalWith(positiveSeconds(120), { exact: true, default: () => 20 })
})

export const Notifications = Schema.Struct({
  memory: Schema.optionalWith(Schema.Struct({ dir: Schema.optionalWith(Schema.String, { exact: true }) }), { exact: true }),
  slack: Schema.optionalWith(SlackSettings, { exact: true }),
  desktop: Schema.optionalWith(Schema.Struct({}), { exact: true }),
  email: Schema.optionalWith(EmailSettings, { exact: true })
})
export type Notifications = typeof Notifications.Type

/** The environment variables config names as holding secrets: jobs never see them. */
export const secretEnvNames = (n: Notifications): ReadonlyArray<string> =>
  [n.slack?.webhook_url_env, n.email?.password_env].filter((v): v is string => v !== undefined)

export const ClaudeSettings = Schema.Struct({
  command: Schema.optionalWith(Schema.NonEmptyString, { exact: true, default: () => Defaults.claude_command }),
  args: Schema.optionalWith(Schema.Array(Schema.String), { exact: true, default: () => [] }),
  prompt_template: Schema.optionalWith(PromptTemplate, { exact: true, default: () => Defaults.prompt_template }),
  ...ClaudeOptions
})
export type ClaudeSettings = typeof ClaudeSettings.Type

export const PythonSettings = Schema.Struct({
  command: Schema.optionalWith(Schema.NonEmptyString, { exact: true, default: () => Defaults.python_command })
})

/** How long session logs are kept in cron_logs. */
export const LogsSettings = Schema.Struct({
  /** logs older than this are removed even while their run is in the history; none by default */
  max_age_days: Schema.optionalWith(
    Schema.Number.pipe(Schema.filter((n) => (Number.isFinite(n) && n > 0 && n <= 3650) || "must be from 0 (exclusive) to 3650 days")),
    { exact: true }
  ),
  /** the folder's size cap: the oldest logs go first */
  max_total_mb: Schema.optionalWith(
    Schema.Number.pipe(Schema.filter((n) => (Number.isFinite(n) && n >= 1 && n <= 1_000_000) || "must be at least 1 (MB)")),
    { exact: true, default: () => 1024 }
  )
})
export type LogsSettings = typeof LogsSettings.Type

export const Schedules = Schema.Struct({
  enabled: Schema.optionalWith(Schema.Boolean, { exact: true, default: () => Defaults.enabled }),
  timezone: Schema.optionalWith(TimeZone, { exact: true, default: () => Defaults.timezone }),
  execution_mode: Schema.optionalWith(ExecutionMode, { exact: true, default: () => Defaults.execution_mode }),
  history_limit: Schema.optionalWith(
    Schema.Int.pipe(Schema.filter((n) => (n >= 1 && n <= 10_000) || "must be a whole number from 1 to 10000")),
    { exact: true, default: () => Defaults.history_limit }
  ),
  default_retry: Schema.optionalWith(Retry, { exact: true }),
  catch_up_spread_seconds: Schema.optionalWith(nonNegativeSeconds(3600), {
    exact: true,
    default: () => Defaults.catch_up_spread_seconds
  }),
  // at most 25 s: the service unit gives the daemon 30 s to stop before systemd kills it
  shutdown_grace_seconds: Schema.optionalWith(nonNegativeSeconds(25), {
    exact: true,
    default: () => Defaults.shutdown_grace_seconds
  }),
  claude: Schema.optionalWith(ClaudeSettings, { exact: true, default: () => Schema.decodeSync(ClaudeSettings)({}) }),
  notifications: Schema.optionalWith(Notifications, { exact: true, default: () => ({}) }),
  skills_dir: Schema.optionalWith(Schema.NonEmptyString, { exact: true, default: () => "skills" }),
  python: Schema.optionalWith(PythonSettings, { exact: true, default: () => Schema.decodeSync(PythonSettings)({}) }),
  budget: Schema.optionalWith(Budget, { exact: true }),
  logs: Schema.optionalWith(LogsSettings, { exact: true, default: () => ({ max_total_mb: 1024 }) }),
  jobs: Schema.optionalWith(Schema.Array(Job), { exact: true, default: () => [] })
})
export type Schedules = typeof Schedules.Type

/** The whole file: `schedules` is ours, every other section is kept as opaque JSON. */
export const ConfigFile = Schema.Struct(
  { schedules: Schema.optionalWith(Schedules, { exact: true, default: () => Schema.decodeSync(Schedules)({}) }) },
  Schema.Record({ key: Schema.String, value: Schema.Unknown })
)
export type ConfigFile = typeof ConfigFile.Type

/** A job with every schedule-wide default resolved: what the scheduler and executors use. */
export interface ResolvedJob extends Job {
  readonly zone: string
  readonly mode: ExecutionMode
  readonly retryPolicy: Retry
  /** schedules.claude with the job's own claude options over it */
  readonly claudeSettings: ResolvedClaude
  readonly pythonCommand: string
}

/** What a claude_cli run uses: the CLI options, the schedule's and the job's in one. */
export interface ResolvedClaude extends ClaudeSettings {
  readonly idle_timeout_seconds: number
  readonly retry_with: typeof RetryWith.Type
}

const mergeClaude = (base: ClaudeSettings, own: JobClaude | undefined): ResolvedClaude => ({
  ...base,
  ...own,
  args: own?.args === undefined ? base.args : [...base.args, ...own.args],
  idle_timeout_seconds: own?.idle_timeout_seconds ?? base.idle_timeout_seconds ?? Defaults.idle_timeout_seconds,
  retry_with: own?.retry_with ?? "fresh"
})

// One object literal with every field, so that every resolved job has the same hidden class
// and its fields are stored in the object itself. A spread (`{ ...job, zone }`) gave each job
// a hidden class of its own on Node 20 (10,000 jobs, 10,000 of them, ~0.9 KB each, and every
// read of a job's field megamorphic); Object.assign kept a growing out-of-object field array.
export const resolveJob = (schedules: Schedules, job: Job): ResolvedJob => ({
  name: job.name,
  cron: job.cron,
  description: job.description,
  skill: job.skill,
  persona: job.persona,
  inputs: job.inputs,
  notify: job.notify,
  notify_on: job.notify_on,
  enabled: job.enabled,
  retry: job.retry,
  timeout_seconds: job.timeout_seconds,
  timezone: job.timezone,
  execution_mode: job.execution_mode,
  script: job.script,
  args: job.args,
  working_dir: job.working_dir,
  overlap: job.overlap,
  catch_up: job.catch_up,
  misfire_grace_seconds: job.misfire_grace_seconds,
  jitter_seconds: job.jitter_seconds,
  claude: job.claude,
  budget: job.budget,
  zone: job.timezone ?? schedules.timezone,
  mode: job.execution_mode ?? schedules.execution_mode,
  retryPolicy: job.retry ?? schedules.default_retry ?? Defaults.retry,
  claudeSettings: mergeClaude(schedules.claude, job.claude),
  pythonCommand: schedules.python.command
})

/** What a resolved job takes from the schedule-wide settings. */
const inheritedKey = (schedules: Schedules) =>
  JSON.stringify([schedules.timezone, schedules.execution_mode, schedules.default_retry, schedules.claude, schedules.python.command])

/** A config's schedules and its jobs as `resolveJobs` resolved them. */
export interface Resolution {
  readonly schedules: Schedules
  readonly jobs: ReadonlyArray<ResolvedJob>
}

/**
 * Every job with what it inherits filled in. `previous`, the resolution of the config in force:
 * a job decoded once is the same object in the next config (see parseConfig), so while what it
 * inherits is the same its resolved form is reused, and a reload of 10,000 jobs resolves (and
 * the Scheduler compares) only the ones that changed.
 */
export const resolveJobs = (schedules: Schedules, previous?: Resolution): ReadonlyArray<ResolvedJob> => {
  const reusable = previous !== undefined && inheritedKey(previous.schedules) === inheritedKey(schedules)
  const known = new Map<Job, ResolvedJob>()
  if (reusable) {
    previous.schedules.jobs.forEach((job, i) => {
      const done = previous.jobs[i]
      if (done !== undefined) known.set(job, done)
    })
  }
  return schedules.jobs.map((job) => known.get(job) ?? resolveJob(schedules, job))
}
