import { Effect } from "effect"
import { type ConfigFile, resolveJob } from "../domain/config.js"
import { describe, makeCronEvaluator } from "../domain/cron.js"
import { UnknownJob } from "../domain/errors.js"
import { enablement, type StateFile } from "../domain/state.js"
import { makeCalendar } from "../domain/time.js"

export interface Upcoming {
  readonly job: string
  readonly cron: string
  /** whether it fires: a toggle in the state file (`bot-cron enable/disable`) wins over config.json */
  readonly enabled: boolean
  /** the toggle's value, or null when config.json decides */
  readonly toggle: boolean | null
  readonly timezone: string
  /** config's description, or null */
  readonly description: string | null
  /** the cron in words */
  readonly cron_text: string
  readonly runs: ReadonlyArray<string>
}

/** The next `count` fire instants of one job, or of every job, after `fromMs`. */
export const upcoming = (config: ConfigFile, state: StateFile, fromMs: number, count: number, only?: string) =>
  Effect.gen(function*() {
    const jobs = config.schedules.jobs
    const chosen = only === undefined ? jobs : jobs.filter((j) => j.name === only)
    if (only !== undefined && chosen.length === 0) {
      return yield* new UnknownJob({ job: only, known: jobs.map((j) => j.name) })
    }
    const calendar = makeCalendar()
    const { nextN } = makeCronEvaluator({ calendar })
    return chosen.map((job): Upcoming => {
      const { zone } = resolveJob(config.schedules, job)
      const { enabled, toggle } = enablement(state, job)
      return {
        job: job.name,
        cron: job.cron,
        enabled,
        toggle,
        timezone: zone,
        description: job.description ?? null,
        cron_text: describe(job.cron),
        runs: nextN(job.cron, zone, fromMs, count).map((ms) => calendar.formatInZone(ms, zone))
      }
    })
  })
