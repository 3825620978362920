import { costs } from "./budget.js"
import { byName } from "./by-name.js"
import type { Budget, ResolvedJob } from "./config.js"
import { type CronEvaluator, describe } from "./cron.js"
import { enablement, jobEnabled, type StateFile } from "./state.js"
import type { Calendar } from "./time.js"

export interface JobRow {
  readonly name: string
  /** whether it fires: a toggle (`bot-cron enable/disable`) wins over config.json */
  readonly enabled: boolean
  /** the toggle's value, or null when config.json decides */
  readonly toggle: boolean | null
  readonly enabled_in_config: boolean
  readonly cron: string
  readonly timezone: string
  /** config's description, or null */
  readonly description: string | null
  /** the cron in words */
  readonly cron_text: string
  readonly execution_mode: string
  readonly next_run: string | null
  readonly last_run: string | null
  readonly last_status: string | null
  readonly run_count: number
  readonly failure_count: number
  readonly missed_count: number
}

/** A job's next instant: what a running scheduler already knows, else computed from the cron. */
export type NextOf = (job: ResolvedJob) => number | undefined

export const computeNext = (cron: CronEvaluator, now: number): NextOf => (job) => cron.nextAfter(job.cron, job.zone, now)

/** One row per configured job: config joined with its counters in the state file. */
export const jobRows = (
  calendar: Calendar,
  jobs: ReadonlyArray<ResolvedJob>,
  state: StateFile,
  nextOf: NextOf
): Array<JobRow> => {
  const savedOf = byName(state.jobs)
  return jobs.map((job) => {
    const saved = savedOf(job.name)
    const { enabled, in_config, toggle } = enablement(state, job)
    const next = enabled ? nextOf(job) : undefined
    return {
      name: job.name,
      enabled,
      toggle,
      enabled_in_config: in_config,
      cron: job.cron,
      timezone: job.zone,
      description: job.description ?? null,
      cron_text: describe(job.cron),
      execution_mode: job.mode,
      next_run: next === undefined ? null : calendar.formatInZone(next, job.zone),
      last_run: saved?.last_run ?? null,
      last_status: saved?.last_status ?? null,
      run_count: saved?.run_count ?? 0,
      failure_count: saved?.failure_count ?? 0,
      missed_count: saved?.missed_count ?? 0
    }
  })
}

export interface Stats {
  readonly total_executions: number
  readonly successful: number
  readonly failed: number
  readonly success_rate: number | null
  /** the claude runs in the history: what they cost and used, in all */
  readonly claude: {
    readonly runs: number
    readonly cost_usd: number
    readonly tokens: { readonly input: number; readonly output: number; readonly cache_read: number; readonly cache_write: number }
    readonly num_turns: number
  }
}

export const stats = (state: StateFile): Stats => {
  const total = state.jobs.reduce((n, j) => n + j.run_count, 0)
  const failed = state.jobs.reduce((n, j) => n + j.failure_count, 0)
  const claude = { runs: 0, cost_usd: 0, tokens: { input: 0, output: 0, cache_read: 0, cache_write: 0 }, num_turns: 0 }
  for (const h of state.history) {
    if (h.claude === undefined) continue
    claude.runs++
    claude.cost_usd += h.claude.cost_usd
    claude.num_turns += h.claude.num_turns
    claude.tokens.input += h.claude.tokens.input
    claude.tokens.output += h.claude.tokens.output
    claude.tokens.cache_read += h.claude.tokens.cache_read
    claude.tokens.cache_write += h.claude.tokens.cache_write
  }
  claude.cost_usd = Math.round(claude.cost_usd * 1e6) / 1e6
  return {
    total_executions: total,
    successful: total - failed,
    failed,
    success_rate: total === 0 ? null : Math.round(((total - failed) / total) * 1000) / 1000,
    claude
  }
}

export interface HealthInput {
  readonly calendar: Calendar
  readonly jobs: ReadonlyArray<ResolvedJob>
  readonly nextOf: NextOf
  readonly state: StateFile
  readonly now: number
  readonly startedAt: number
  readonly schedulerOn: boolean
  readonly running: ReadonlyArray<
    { readonly job: string; readonly executionId: string; readonly startedAt: number; readonly source: string }
  >
  readonly stateWriteError: string | null
  /** the scheduler's fibers are stopped (a sleep in progress) */
  readonly paused: boolean
  /** why the config on disk is not the one in force */
  readonly configRejection: string | null
  readonly zone: string
  /** schedules.budget: the caps the spend totals are shown against */
  readonly budget?: Budget | undefined
}

/** The seed's health shape, with the reasons behind `healthy: false` and what is running. */
export const health = (input: HealthInput) => {
  const { calendar, jobs, state, now, zone } = input
  let next: { name: string; at: number; zone: string } | undefined
  if (input.schedulerOn) {
    for (const job of jobs) {
      if (!jobEnabled(state, job)) continue
      const at = input.nextOf(job)
      if (at !== undefined && (next === undefined || at < next.at)) next = { name: job.name, at, zone: job.zone }
    }
  }
  const last = state.history[0]
  const reasons = [
    ...(input.schedulerOn && input.paused ? ["the scheduler is enabled but paused (the machine is going to sleep or waking)"] : []),
    ...(input.stateWriteError === null ? [] : [`the state file cannot be written: ${input.stateWriteError}`]),
    ...(input.configRejection === null ? [] : [`config.json on disk is invalid, so an older config is in force: ${input.configRejection}`])
  ]
  return {
    healthy: reasons.length === 0,
    reasons,
    scheduler_running: input.schedulerOn && !input.paused,
    job_count: jobs.length,
    next_job: next === undefined
      ? null
      : { name: next.name, scheduled: calendar.formatInZone(next.at, next.zone), in_seconds: Math.round((next.at - now) / 1000) },
    last_execution: last === undefined ? null : { job: last.job, status: last.status, completed_at: last.completed_at },
    uptime_seconds: Math.floor((now - input.startedAt) / 1000),
    stats: stats(state),
    missed_runs: state.jobs.reduce((n, j) => n + j.missed_count, 0),
    costs: (({ jobs: _, ...totals }) => totals)(costs(calendar, state.spend, { timezone: zone, budget: input.budget }, [], now)),
    last_config_error: input.configRejection,
    running_jobs: input.running.map((r) => ({
      job: r.job,
      execution_id: r.executionId,
      source: r.source,
      started_at: calendar.formatInZone(r.startedAt, zone)
    }))
  }
}
export type Health = ReturnType<typeof health>
