import { Context, Effect, Layer, SubscriptionRef } from "effect"
import { byName } from "../domain/by-name.js"
import { type ConfigFile, type ResolvedJob, resolveJobs } from "../domain/config.js"
import { ConfigService } from "./ConfigService.js"
import { setLogZone } from "./Logging.js"

/** The config in force with its jobs resolved, and a lookup by name. */
export interface Snapshot {
  readonly config: ConfigFile
  readonly jobs: ReadonlyArray<ResolvedJob>
  /** One job by name (a Map lookup: every run's events ask). */
  readonly job: (name: string) => ResolvedJob | undefined
}

interface ActiveConfigShape {
  readonly ref: SubscriptionRef.SubscriptionRef<ConfigFile>
  readonly get: Effect.Effect<ConfigFile>
  readonly snapshot: Effect.Effect<Snapshot>
  readonly jobs: Effect.Effect<ReadonlyArray<ResolvedJob>>
  readonly job: (name: string) => Effect.Effect<ResolvedJob | undefined>
}

/**
 * Resolves each config once, not once per run, and a new config from the one before it: an
 * unchanged job stays the same resolved object (the Scheduler leaves its fiber alone).
 */
const makeSnapshots = () => {
  let last: Snapshot | undefined
  return (config: ConfigFile): Snapshot => {
    if (last?.config === config) return last
    const jobs = resolveJobs(config.schedules, last === undefined ? undefined : { schedules: last.config.schedules, jobs: last.jobs })
    return (last = { config, jobs, job: byName(jobs) })
  }
}

const fromRef = (ref: SubscriptionRef.SubscriptionRef<ConfigFile>): ActiveConfigShape => {
  const snapshotOf = makeSnapshots()
  const snapshot = Effect.map(SubscriptionRef.get(ref), snapshotOf)
  return {
    ref,
    get: SubscriptionRef.get(ref),
    snapshot,
    jobs: Effect.map(snapshot, (s) => s.jobs),
    job: (name) => Effect.map(snapshot, (s) => s.job(name))
  }
}

/** The config in force in a running daemon: loaded once at start, replaced only by a valid one. */
export class ActiveConfig extends Context.Tag("bot-cron/ActiveConfig")<ActiveConfig, ActiveConfigShape>() {
  static readonly layer = Layer.effect(
    ActiveConfig,
    ConfigService.pipe(
      Effect.flatMap((service) => service.load),
      // log times follow the schedule's zone from the first line the config is known
      Effect.tap((config) => Effect.sync(() => setLogZone(config.schedules.timezone))),
      Effect.flatMap(SubscriptionRef.make),
      Effect.map(fromRef)
    )
  )

  /** A fixed config, for tests and one-shot commands. */
  static readonly fixed = (config: ConfigFile) => Layer.effect(ActiveConfig, Effect.map(SubscriptionRef.make(config), fromRef))
}
