import { Effect } from "effect"
import { type ConfigFile, resolveJob } from "../domain/config.js"
import { describe, nextN } from "../domain/cron.js"
import { UnknownJob } from "../domain/errors.js"
import { formatInZone } from "../domain/time.js"

export interface Upcoming {
  readonly job: string
  readonly cron: string
  readonly enabled: boolean
  readonly timezone: string
  readonly description: string
  readonly runs: ReadonlyArray<string>
}

/** The next `count` fire instants of one job, or of every job, after `fromMs`. */
export const upcoming = (config: ConfigFile, fromMs: number, count: number, only?: string) =>
  Effect.gen(function*() {
    const jobs = config.schedules.jobs
    const chosen = only === undefined ? jobs : jobs.filter((j) => j.name === only)
    if (only !== undefined && chosen.length === 0) {
      return yield* new UnknownJob({ job: only, known: jobs.map((j) => j.name) })
    }
    return chosen.map((job): Upcoming => {
      const { zone } = resolveJob(config.schedules, job)
      return {
        job: job.name,
        cron: job.cron,
        enabled: job.enabled,
        timezone: zone,
        description: describe(job.cron),
        runs: nextN(job.cron, zone, fromMs, count).map((ms) => formatInZone(ms, zone))
      }
    })
  })
