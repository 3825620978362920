import { Context, Effect, Layer, SubscriptionRef } from "effect"
import { type ConfigFile, type ResolvedJob, resolveJobs } from "../domain/config.js"
import { ConfigService } from "./ConfigService.js"
import { setLogZone } from "./Logging.js"

interface ActiveConfigShape {
  readonly ref: SubscriptionRef.SubscriptionRef<ConfigFile>
  readonly get: Effect.Effect<ConfigFile>
  readonly jobs: Effect.Effect<ReadonlyArray<ResolvedJob>>
  /** One job of the config in force, by name (a Map lookup: every run's events ask). */
  readonly job: (name: string) => Effect.Effect<ResolvedJob | undefined>
}

// resolved once per config in force, not once per run; the index by name made when first asked
interface Resolved {
  readonly jobs: ReadonlyArray<ResolvedJob>
  byName?: ReadonlyMap<string, ResolvedJob>
}
const resolved = new WeakMap<ConfigFile, Resolved>()
const resolvedOf = (config: ConfigFile): Resolved => {
  let r = resolved.get(config)
  if (r === undefined) resolved.set(config, r = { jobs: resolveJobs(config.schedules) })
  return r
}
/** `name`'s job in `config`, resolved (for a caller that holds the config already). */
export const jobNamed = (config: ConfigFile, name: string): ResolvedJob | undefined => {
  const r = resolvedOf(config)
  r.byName ??= new Map(r.jobs.map((j) => [j.name, j]))
  return r.byName.get(name)
}

const fromRef = (ref: SubscriptionRef.SubscriptionRef<ConfigFile>): ActiveConfigShape => ({
  ref,
  get: SubscriptionRef.get(ref),
  jobs: Effect.map(SubscriptionRef.get(ref), (config) => resolvedOf(config).jobs),
  job: (name) => Effect.map(SubscriptionRef.get(ref), (config) => jobNamed(config, name))
})

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
