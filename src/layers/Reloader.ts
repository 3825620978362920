import { Clock, Context, Effect, Layer, Option, Ref, SubscriptionRef } from "effect"
import { type ConfigError, problemsOf } from "../domain/errors.js"
import { JobEvent } from "../domain/events.js"
import { overriddenByToggle, overrideWarning, syncWithConfig } from "../domain/state.js"
import { ActiveConfig } from "./ActiveConfig.js"
import { ConfigService } from "./ConfigService.js"
import { Events } from "./Events.js"
import { setLogZone } from "./Logging.js"
import { type Reconciled, Scheduler } from "./Scheduler.js"
import { StateStore } from "./StateStore.js"

/**
 * Reads config.json again and makes it the config in force, or keeps the last
 * good one when it is invalid: a typo never stops the schedule.
 */
export class Reloader extends Context.Tag("bot-cron/Reloader")<
  Reloader,
  {
    /** `force`: apply even when the text is what is already in force (an explicit request). */
    readonly reload: (trigger: string, force?: boolean) => Effect.Effect<Reconciled, ConfigError>
    /** Why the config on disk is not the one in force, while that is so. */
    readonly rejection: Effect.Effect<Option.Option<ConfigError>>
  }
>() {
  static readonly layer = Layer.effect(Reloader, Effect.suspend(() => make))
}

const make = Effect.gen(function*() {
  const configService = yield* ConfigService
  const active = yield* ActiveConfig
  const store = yield* StateStore
  const scheduler = yield* Scheduler
  const events = yield* Events
  const lock = yield* Effect.makeSemaphore(1)
  const rejection = yield* Ref.make(Option.none<ConfigError>())
  const inForce = yield* Ref.make<string | undefined>(undefined)

  const reject = (trigger: string, error: ConfigError) =>
    Effect.gen(function*() {
      yield* Ref.set(rejection, Option.some(error))
      const problems = problemsOf(error)
      yield* Effect.logError(
        `config rejected (${trigger}); keeping the config in force:\n${problems.map((p) => `  - ${p}`).join("\n")}`
      )
      yield* events.publish(JobEvent.ConfigRejected({ trigger, path: configService.path, problems }))
      return yield* Effect.fail(error)
    })

  const reload = (trigger: string, force = false) =>
    lock.withPermits(1)(
      Effect.gen(function*() {
        const started = yield* Clock.currentTimeMillis
        const { text, config } = yield* configService.read.pipe(Effect.catchAll((e) => reject(trigger, e)))
        if (Option.isSome(yield* Ref.getAndSet(rejection, Option.none()))) {
          yield* Effect.logInfo(`config OK again (${trigger}): ${configService.path} is valid`)
        }
        if (!force && text === (yield* Ref.get(inForce))) return { added: [], changed: [], removed: [] }
        const before = new Map<string, boolean>((yield* active.get).schedules.jobs.map((j) => [j.name, j.enabled]))
        yield* SubscriptionRef.set(active.ref, config)
        setLogZone(config.schedules.timezone)
        yield* Ref.set(inForce, text)
        const jobs = yield* active.jobs
        yield* store
          .update((s) => syncWithConfig(s, config.schedules, jobs))
          .pipe(Effect.catchTag("StateWriteError", (e) => Effect.logError(e.message)))
        // an `enabled` that a toggle overrides is said at start, and when a save changes it
        for (const job of overriddenByToggle(yield* store.get, jobs)) {
          if (trigger === "start" || before.get(job.name) !== job.enabled) yield* Effect.logWarning(overrideWarning(job))
        }
        const diff = yield* scheduler.reconcile
        const durationMs = (yield* Clock.currentTimeMillis) - started
        if (trigger === "start") return diff
        for (const name of diff.added) yield* Effect.logInfo(`job ${name} added`)
        for (const name of diff.changed) yield* Effect.logInfo(`job ${name} changed: restarted with its new definition`)
        for (const name of diff.removed) yield* Effect.logInfo(`job ${name} removed: no longer scheduled`)
        yield* Effect.logInfo(
          `config reloaded (${trigger}): ${diff.added.length} added, ${diff.changed.length} changed, ${diff.removed.length} removed`
        )
        yield* events.publish(JobEvent.ConfigReloaded({ trigger, ...diff, durationMs }))
        return diff
      })
    )

  return Reloader.of({ reload, rejection: Ref.get(rejection) })
})
