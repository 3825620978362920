import { Schema } from "effect"
import type { ResolvedJob, Schedules } from "./config.js"
import type { RunRecord } from "./events.js"
import { formatInZone } from "./time.js"

const NullableString = Schema.NullOr(Schema.String)

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
  log_file: Schema.String
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
  /** the last fire's local wall time, so a restart in a repeated hour does not fire twice */
  last_fire_wall: Schema.optionalWith(NullableString, { default: () => null })
})
export type JobState = typeof JobState.Type

export const Toggles = Schema.Struct({
  scheduler: Schema.optionalWith(Schema.NullOr(Schema.Boolean), { default: () => null }),
  jobs: Schema.optionalWith(Schema.Record({ key: Schema.String, value: Schema.Boolean }), { default: () => ({}) })
})
export type Toggles = typeof Toggles.Type

/** cron_state.json: the seed's shape plus the toggles that override config. */
export const StateFile = Schema.Struct({
  enabled: Schema.Boolean,
  timezone: Schema.String,
  execution_mode: Schema.String,
  jobs: Schema.Array(JobState),
  history: Schema.Array(HistoryEntry),
  toggles: Schema.optionalWith(Toggles, { default: () => ({ scheduler: null, jobs: {} }) }),
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
  updated_at: null
})

export const schedulerEnabled = (state: StateFile, schedules: Schedules): boolean =>
  state.toggles.scheduler ?? schedules.enabled

// toggles are replaced, never changed in place: one Map per toggles object. (A missing key
// looked up on a plain object costs a slow prototype walk, per job, per fire.)
const toggleMaps = new WeakMap<object, ReadonlyMap<string, boolean>>()

export const jobEnabled = (state: StateFile, job: { readonly name: string; readonly enabled: boolean }): boolean => {
  const toggles = state.toggles.jobs
  let map = toggleMaps.get(toggles)
  if (map === undefined) toggleMaps.set(toggles, (map = new Map(Object.entries(toggles))))
  return map.get(job.name) ?? job.enabled
}

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
  last_fire_wall: null
})

/** The state's job list follows config: one entry per configured job, counters kept by name. */
export const syncWithConfig = (state: StateFile, schedules: Schedules, jobs: ReadonlyArray<ResolvedJob>): StateFile => {
  const known = new Map(state.jobs.map((j) => [j.name, j]))
  return {
    ...state,
    enabled: schedulerEnabled(state, schedules),
    timezone: schedules.timezone,
    execution_mode: schedules.execution_mode,
    jobs: jobs.map((job) => {
      const previous = known.get(job.name) ?? blankJob(job)
      return {
        ...previous,
        skill: job.skill ?? null,
        cron: job.cron,
        timezone: job.zone,
        enabled: jobEnabled(state, job),
        next_run: previous.cron === job.cron && previous.timezone === job.zone ? previous.next_run : null
      }
    })
  }
}

const updateJob = (state: StateFile, name: string, f: (job: JobState) => JobState): StateFile => ({
  ...state,
  jobs: state.jobs.map((j) => (j.name === name ? f(j) : j))
})

export const toHistoryEntry = (run: RunRecord, zone: string): HistoryEntry => ({
  job: run.job,
  execution_id: run.execution_id,
  source: run.source,
  scheduled_at: formatInZone(run.scheduled_at, zone),
  started_at: formatInZone(run.started_at, zone),
  completed_at: formatInZone(run.completed_at, zone),
  status: run.status,
  duration_ms: run.completed_at - run.started_at,
  attempts: run.attempts,
  exit_code: run.exit_code,
  output_preview: run.output_preview,
  error: run.error,
  log_file: run.log_file
})

/** Adds a finished run: counters, last run and status, and the history (newest first, capped). */
export const recordRun = (state: StateFile, run: RunRecord, zone: string, historyLimit: number): StateFile => {
  const entry = toHistoryEntry(run, zone)
  const failed = run.status !== "success"
  const withJob = updateJob(state, run.job, (j) => ({
    ...j,
    last_run: entry.started_at,
    last_status: run.status,
    run_count: j.run_count + 1,
    failure_count: j.failure_count + (failed ? 1 : 0)
  }))
  return { ...withJob, history: [entry, ...state.history].slice(0, historyLimit) }
}

/** Sets many jobs' next_run in one pass over the job list. */
export const setNextRuns = (state: StateFile, next: ReadonlyMap<string, string | null>): StateFile => ({
  ...state,
  jobs: state.jobs.map((j) => {
    const at = next.get(j.name)
    return at === undefined || at === j.next_run ? j : { ...j, next_run: at }
  })
})

/**
 * The instant each job was waiting for when the state was last written, for jobs
 * whose schedule is unchanged: where catching up after downtime starts.
 */
export const pendingRuns = (state: StateFile, jobs: ReadonlyArray<ResolvedJob>): ReadonlyMap<string, number> => {
  const saved = new Map(state.jobs.map((j) => [j.name, j]))
  const pending = new Map<string, number>()
  for (const job of jobs) {
    const s = saved.get(job.name)
    const at = s?.next_run === null || s?.next_run === undefined ? NaN : Date.parse(s.next_run)
    if (s !== undefined && s.cron === job.cron && s.timezone === job.zone && !Number.isNaN(at)) pending.set(job.name, at)
  }
  return pending
}

export const setLastFire = (state: StateFile, job: string, wall: string): StateFile =>
  updateJob(state, job, (j) => ({ ...j, last_fire_wall: wall }))

export const addMissed = (state: StateFile, job: string, count: number): StateFile =>
  updateJob(state, job, (j) => ({ ...j, missed_count: j.missed_count + count }))

export const setJobToggle = (state: StateFile, job: string, enabled: boolean): StateFile => ({
  ...updateJob(state, job, (j) => ({ ...j, enabled })),
  toggles: { ...state.toggles, jobs: { ...state.toggles.jobs, [job]: enabled } }
})

export const setSchedulerToggle = (state: StateFile, enabled: boolean): StateFile => ({
  ...state,
  enabled,
  toggles: { ...state.toggles, scheduler: enabled }
})
