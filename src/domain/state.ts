import { Schema } from "effect"
import { addSpend, budgetExhausted, dayOf } from "./budget.js"
import { byName } from "./by-name.js"
import { localWall } from "./catchup.js"
import type { ResolvedJob, Schedules } from "./config.js"
import { isFixedTime } from "./cron.js"
import type { JobSkipReason, RunRecord } from "./events.js"
import type { Calendar } from "./time.js"

const NullableString = Schema.NullOr(Schema.String)

/** A claude run's cost, tokens and turns (over all its attempts), as the history keeps them. */
export const ClaudeRunEntry = Schema.Struct({
  session_id: NullableString,
  model: NullableString,
  subtype: NullableString,
  cost_usd: Schema.Number,
  tokens: Schema.Struct({ input: Schema.Number, output: Schema.Number, cache_read: Schema.Number, cache_write: Schema.Number }),
  num_turns: Schema.Number,
  permission_denials: Schema.Number
})

export const HistoryEntry = Schema.Struct({
  job: Schema.String,
  execution_id: Schema.String,
  source: Schema.String,
  scheduled_at: Schema.String,
  started_at: Schema.String,
  completed_at: Schema.String,
  status: Schema.String,
  duration_ms: Schema.Number,
  attempts: Schema.Number,
  exit_code: Schema.NullOr(Schema.Number),
  output_preview: Schema.String,
  error: NullableString,
  log_file: Schema.String,
  claude: Schema.optionalWith(ClaudeRunEntry, { exact: true }),
  /** every attempt's session log, when there was more than one attempt */
  attempt_logs: Schema.optionalWith(Schema.Array(Schema.String), { exact: true })
})
export type HistoryEntry = typeof HistoryEntry.Type

export const JobState = Schema.Struct({
  name: Schema.String,
  skill: NullableString,
  cron: Schema.String,
  timezone: Schema.String,
  enabled: Schema.Boolean,
  next_run: NullableString,
  last_run: NullableString,
  last_status: NullableString,
  run_count: Schema.Number,
  failure_count: Schema.Number,
  missed_count: Schema.optionalWith(Schema.Number, { default: () => 0 }),
  /** fires skipped because a budget was spent */
  budget_skips: Schema.optionalWith(Schema.Number, { default: () => 0 }),
  /** the last fire's local wall time, so a restart in a repeated hour does not fire twice */
  last_fire_wall: Schema.optionalWith(NullableString, { default: () => null })
})
export type JobState = typeof JobState.Type

export const Toggles = Schema.Struct({
  scheduler: Schema.optionalWith(Schema.NullOr(Schema.Boolean), { default: () => null }),
  jobs: Schema.optionalWith(Schema.Record({ key: Schema.String, value: Schema.Boolean }), { default: () => ({}) })
})
export type Toggles = typeof Toggles.Type

/**
 * A run going on, written as it starts: if the process that runs it dies (SIGKILL, a crash, a
 * power cut), the next daemon finds it here, ends what is left of it and records it as interrupted.
 */
export const InFlight = Schema.Struct({
  job: Schema.String,
  execution_id: Schema.String,
  source: Schema.String,
  scheduled_at: Schema.Number,
  started_at: Schema.Number,
  log_file: Schema.String,
  /** the bot-cron process running it, and when that process started (a pid can be reused) */
  owner_pid: Schema.Number,
  owner_start: Schema.String
})
export type InFlight = typeof InFlight.Type

/** cron_state.json: the seed's shape plus the toggles that override config. */
export const StateFile = Schema.Struct({
  enabled: Schema.Boolean,
  timezone: Schema.String,
  execution_mode: Schema.String,
  jobs: Schema.Array(JobState),
  history: Schema.Array(HistoryEntry),
  toggles: Schema.optionalWith(Toggles, { default: () => ({ scheduler: null, jobs: {} }) }),
  /** claude spend in US dollars per day (in the schedule's zone), per job: what budgets are checked against */
  spend: Schema.optionalWith(Schema.Record({ key: Schema.String, value: Schema.Record({ key: Schema.String, value: Schema.Number }) }), {
    default: () => ({})
  }),
  /** runs going on now (see InFlight) */
  in_flight: Schema.optionalWith(Schema.Array(InFlight), { default: () => [] }),
  updated_at: NullableString
})
export type StateFile = typeof StateFile.Type

export const emptyState = (): StateFile => ({
  enabled: true,
  timezone: "UTC",
  execution_mode: "claude_cli",
  jobs: [],
  history: [],
  toggles: { scheduler: null, jobs: {} },
  spend: {},
  in_flight: [],
  updated_at: null
})

export const schedulerEnabled = (state: StateFile, schedules: Schedules): boolean => state.toggles.scheduler ?? schedules.enabled

/** `name`'s toggle (`bot-cron enable/disable`), or null when config.json decides. */
const toggleOf = (state: StateFile, name: string): boolean | null => {
  const toggles = state.toggles.jobs
  return Object.hasOwn(toggles, name) ? toggles[name] ?? null : null
}

export const jobEnabled = (state: StateFile, job: { readonly name: string; readonly enabled: boolean }): boolean =>
  toggleOf(state, job.name) ?? job.enabled

/** The state's job entries by name (the caller that looks up many keeps it: StateStore, per state). */

const blankJob = (job: ResolvedJob): JobState => ({
  name: job.name,
  skill: job.skill ?? null,
  cron: job.cron,
  timezone: job.zone,
  enabled: job.enabled,
  next_run: null,
  last_run: null,
  last_status: null,
  run_count: 0,
  failure_count: 0,
  missed_count: 0,
  budget_skips: 0,
  last_fire_wall: null
})

/**
 * The state's job list follows config: one entry per configured job, counters kept by name.
 * What config did not change is the same object, and the state itself when nothing changed.
 */
export const syncWithConfig = (state: StateFile, schedules: Schedules, jobs: ReadonlyArray<ResolvedJob>): StateFile => {
  // the jobs are usually where they were: the index by name is made only when one moved
  const named = byName(state.jobs)
  const find = (name: string, i: number) => {
    const at = state.jobs[i]
    return at?.name === name ? at : named(name)
  }
  let same = jobs.length === state.jobs.length
  const synced = jobs.map((job, i) => {
    const previous = find(job.name, i) ?? blankJob(job)
    const skill = job.skill ?? null
    const enabled = jobEnabled(state, job)
    const kept = previous.cron === job.cron && previous.timezone === job.zone
    if (kept && previous.skill === skill && previous.enabled === enabled && state.jobs[i] === previous) return previous
    same = false
    return { ...previous, skill, cron: job.cron, timezone: job.zone, enabled, next_run: kept ? previous.next_run : null }
  })
  const enabled = schedulerEnabled(state, schedules)
  if (same && state.enabled === enabled && state.timezone === schedules.timezone && state.execution_mode === schedules.execution_mode) {
    return state
  }
  return { ...state, enabled, timezone: schedules.timezone, execution_mode: schedules.execution_mode, jobs: synced }
}

const updateJob = (state: StateFile, name: string, f: (job: JobState) => JobState): StateFile => ({
  ...state,
  jobs: state.jobs.map((j) => (j.name === name ? f(j) : j))
})

export const toHistoryEntry = (calendar: Calendar, run: RunRecord, zone: string): HistoryEntry => ({
  job: run.job,
  execution_id: run.execution_id,
  source: run.source,
  scheduled_at: calendar.formatInZone(run.scheduled_at, zone),
  started_at: calendar.formatInZone(run.started_at, zone),
  completed_at: calendar.formatInZone(run.completed_at, zone),
  status: run.status,
  duration_ms: run.completed_at - run.started_at,
  attempts: run.attempts,
  exit_code: run.exit_code,
  output_preview: run.output_preview,
  error: run.error,
  log_file: run.log_file,
  ...(run.claude === undefined ? {} : { claude: run.claude }),
  ...(run.attempt_logs === undefined ? {} : { attempt_logs: run.attempt_logs })
})

/** A run's claude cost, on the day (in the schedule's zone `zone`) it completed. */
export const spentBy = (calendar: Calendar, run: RunRecord, zone: string) =>
  run.claude === undefined || !(run.claude.cost_usd > 0)
    ? []
    : [{ day: dayOf(calendar, run.completed_at, zone), job: run.job, usd: run.claude.cost_usd }]

const NO_FLIGHT = { started: [], ended: new Set<string>() }

/** A run going on, added to the state before its process starts. */
export const addInFlight = (run: InFlight) => (state: StateFile): StateFile => ({ ...state, in_flight: [...state.in_flight, run] })

/** A change to one job's entry. */
export type JobPatch = (job: JobState) => JobState

/** A finished run's counters, last run and status. */
export const countRun = (run: RunRecord, entry: HistoryEntry): JobPatch => (j) => ({
  ...j,
  last_run: entry.started_at,
  last_status: run.status,
  run_count: j.run_count + 1,
  failure_count: j.failure_count + (run.status === "success" ? 0 : 1)
})

export const withLastFire = (wall: string): JobPatch => (j) => (j.last_fire_wall === wall ? j : { ...j, last_fire_wall: wall })

export const withMissed = (count: number): JobPatch => (j) => ({ ...j, missed_count: j.missed_count + count })

export const withBudgetSkip: JobPatch = (j) => ({ ...j, budget_skips: j.budget_skips + 1 })

export const withNextRun = (at: string | null): JobPatch => (j) => (j.next_run === at ? j : { ...j, next_run: at })

/**
 * Applies each job's patch in one pass over the job list, and puts `newest` (newest
 * first) at the head of the history, capped at `historyLimit`. Nothing changed: the
 * same state.
 */
export const applyChanges = (
  state: StateFile,
  patches: ReadonlyMap<string, JobPatch>,
  newest: ReadonlyArray<HistoryEntry> = [],
  historyLimit = Number.POSITIVE_INFINITY,
  spent: ReadonlyArray<{ readonly day: string; readonly job: string; readonly usd: number }> = [],
  flight: { readonly started: ReadonlyArray<InFlight>; readonly ended: ReadonlySet<string> } = NO_FLIGHT
): StateFile => {
  const spend = spent.reduce((acc, s) => addSpend(acc, s.day, s.job, s.usd), state.spend)
  const touched = flight.started.length > 0 || state.in_flight.some((r) => flight.ended.has(r.execution_id))
  const inFlight = !touched ? state.in_flight : [
    ...state.in_flight.filter((r) => !flight.ended.has(r.execution_id)),
    ...flight.started.filter((r) => !flight.ended.has(r.execution_id))
  ]
  if (spend !== state.spend || inFlight !== state.in_flight) {
    return applyChanges({ ...state, spend, in_flight: inFlight }, patches, newest, historyLimit)
  }
  let changed = false
  const jobs = patches.size === 0
    ? state.jobs
    : state.jobs.map((j) => {
      const patch = patches.get(j.name)
      const next = patch === undefined ? j : patch(j)
      if (next !== j) changed = true
      return next
    })
  if (!changed && newest.length === 0) return state
  return {
    ...state,
    jobs: changed ? jobs : state.jobs,
    history: newest.length === 0 ? state.history : [...newest, ...state.history].slice(0, historyLimit)
  }
}

/** Adds a finished run: counters, last run and status, and the history (newest first, capped). */
export const recordRun = (
  calendar: Calendar,
  state: StateFile,
  run: RunRecord,
  zone: string,
  historyLimit: number,
  spendZone = zone
): StateFile => {
  const entry = toHistoryEntry(calendar, run, zone)
  return applyChanges(state, new Map([[run.job, countRun(run, entry)]]), [entry], historyLimit, spentBy(calendar, run, spendZone))
}

/**
 * The instant each job was waiting for when the state was last written, for jobs
 * whose schedule is unchanged: where catching up after downtime starts.
 */
export const pendingRuns = (state: StateFile, jobs: ReadonlyArray<ResolvedJob>): ReadonlyMap<string, number> => {
  const pending = new Map<string, number>()
  const saved = byName(state.jobs)
  for (const job of jobs) {
    const s = saved(job.name)
    const at = s?.next_run === null || s?.next_run === undefined ? NaN : Date.parse(s.next_run)
    if (s !== undefined && s.cron === job.cron && s.timezone === job.zone && !Number.isNaN(at)) pending.set(job.name, at)
  }
  return pending
}

export const setJobToggle = (state: StateFile, job: string, enabled: boolean): StateFile => ({
  ...updateJob(state, job, (j) => ({ ...j, enabled })),
  toggles: { ...state.toggles, jobs: { ...state.toggles.jobs, [job]: enabled } }
})

/** Clears `job`'s toggle: config.json's `enabled` decides again. */
export const clearJobToggle = (state: StateFile, job: { readonly name: string; readonly enabled: boolean }): StateFile => {
  const { [job.name]: _cleared, ...rest } = state.toggles.jobs
  return { ...updateJob(state, job.name, (j) => ({ ...j, enabled: job.enabled })), toggles: { ...state.toggles, jobs: rest } }
}

export const setSchedulerToggle = (state: StateFile, enabled: boolean): StateFile => ({
  ...state,
  enabled,
  toggles: { ...state.toggles, scheduler: enabled }
})

/** Clears the scheduler's toggle: config.json's `schedules.enabled` decides again. */
export const clearSchedulerToggle = (state: StateFile, schedules: Schedules): StateFile => ({
  ...state,
  enabled: schedules.enabled,
  toggles: { ...state.toggles, scheduler: null }
})

/** Whether `job` runs, and who says so: a toggle (`bot-cron enable/disable`) wins over config.json. */
export interface Enablement {
  readonly enabled: boolean
  /** the toggle's value, or null when config.json decides */
  readonly toggle: boolean | null
  readonly in_config: boolean
}

export const enablement = (state: StateFile, job: { readonly name: string; readonly enabled: boolean }): Enablement => {
  const toggle = toggleOf(state, job.name)
  return { enabled: toggle ?? job.enabled, toggle, in_config: job.enabled }
}

/** "yes", "no", or with "(toggle)" when a toggle decides, as every view shows it. */
export const enablementText = (e: Enablement): string => `${e.enabled ? "yes" : "no"}${e.toggle === null ? "" : " (toggle)"}`

/**
 * Jobs whose toggle says otherwise than config.json: what to tell a user who edited `enabled`
 * in config.json and saw nothing change.
 */
export const overriddenByToggle = (state: StateFile, jobs: ReadonlyArray<{ readonly name: string; readonly enabled: boolean }>) =>
  jobs.filter((job) => {
    const e = enablement(state, job)
    return e.toggle !== null && e.toggle !== e.in_config
  })

export const overrideWarning = (job: { readonly name: string; readonly enabled: boolean }): string =>
  `job ${job.name}: config.json says "enabled": ${job.enabled}, but \`bot-cron ${
    job.enabled ? "disable" : "enable"
  }\` set a toggle that wins; \`bot-cron enable --reset ${job.name}\` hands it back to config.json`

/**
 * Why a cron fire of `job` for its instant `at` does not run, or undefined when it does:
 * the scheduler switch, the job's switch, or a fixed-time job whose local wall time
 * already fired (a fall-back hour repeats it, even across a restart).
 */
export const fireSkipReason = (
  calendar: Calendar,
  state: StateFile,
  schedules: Schedules,
  job: { readonly name: string; readonly enabled: boolean; readonly cron: string; readonly zone: string },
  at: number,
  saved: JobState | undefined
): "scheduler_disabled" | "job_disabled" | "already_ran" | undefined =>
  !schedulerEnabled(state, schedules)
    ? "scheduler_disabled"
    : !jobEnabled(state, job)
    ? "job_disabled"
    : alreadyFired(calendar, saved, job, at)
    ? "already_ran"
    : undefined

/** A fixed-time job whose last fire (`saved`, its entry in the state) had the local wall time of `at`. */
export const alreadyFired = (
  calendar: Calendar,
  saved: JobState | undefined,
  job: { readonly cron: string; readonly zone: string },
  at: number
): boolean => isFixedTime(job.cron) && saved?.last_fire_wall === localWall(calendar, at, job.zone)

/** Why a fire (or catch-up run) of `job` for `at` does not run `now`: a reason above, or a spent budget. */
export const fireSkip = (
  calendar: Calendar,
  state: StateFile,
  schedules: Schedules,
  job: ResolvedJob,
  at: number,
  now: number,
  saved: JobState | undefined
): { readonly reason: JobSkipReason; readonly detail?: string } | undefined => {
  const reason = fireSkipReason(calendar, state, schedules, job, at, saved)
  if (reason !== undefined) return { reason }
  const spent = budgetExhausted(calendar, state.spend, schedules, job, now)
  return spent === undefined ? undefined : { reason: "budget_exhausted", detail: spent }
}
