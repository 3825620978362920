import { Context, Effect, Layer, SubscriptionRef } from "effect"
import { resolveJobs, type ConfigFile, type ResolvedJob } from "../domain/config.js"
import { ConfigService } from "./ConfigService.js"

interface ActiveConfigShape {
  readonly ref: SubscriptionRef.SubscriptionRef<ConfigFile>
  readonly get: Effect.Effect<ConfigFile>
  readonly jobs: Effect.Effect<ReadonlyArray<ResolvedJob>>
}

// resolved once per config in force, not once per run
const resolved = new WeakMap<ConfigFile, ReadonlyArray<ResolvedJob>>()
const jobsOf = (config: ConfigFile): ReadonlyArray<ResolvedJob> => {
  let jobs = resolved.get(config)
  if (jobs === undefined) resolved.set(config, (jobs = resolveJobs(config.schedules)))
  return jobs
}

const fromRef = (ref: SubscriptionRef.SubscriptionRef<ConfigFile>): ActiveConfigShape => ({
  ref,
  get: SubscriptionRef.get(ref),
  jobs: Effect.map(SubscriptionRef.get(ref), jobsOf)
})

/** The config in force in a running daemon: loaded once at start, replaced only by a valid one. */
export class ActiveConfig extends Context.Tag("bot-cron/ActiveConfig")<ActiveConfig, ActiveConfigShape>() {
  static readonly layer = Layer.effect(
    ActiveConfig,
    ConfigService.pipe(
      Effect.flatMap((service) => service.load),
      Effect.flatMap(SubscriptionRef.make),
      Effect.map(fromRef)
    )
  )

  /** A fixed config, for tests and one-shot commands. */
  static readonly fixed = (config: ConfigFile) =>
    Layer.effect(ActiveConfig, Effect.map(SubscriptionRef.make(config), fromRef))
}
