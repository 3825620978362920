import dbus from "dbus-next"
import { Cause, Context, Effect, Exit, Layer, Option, Runtime } from "effect"
import { AlreadyRunning } from "../domain/errors.js"
import { stats as statsOf } from "../domain/report.js"
import { schedulerEnabled, toHistoryEntry } from "../domain/state.js"
import { ActiveConfig } from "./ActiveConfig.js"
import { Calendar } from "./Calendar.js"
import { Control } from "./Control.js"
import { connectBus, ownerPid } from "./dbus/bus.js"
import { BUS_NAME, ERROR_KIND, ERROR_PREFIX, OBJECT_PATH, PARAMS } from "./dbus/contract.js"
import { type Handlers, makeInterface } from "./dbus/interface.js"
import { Events } from "./Events.js"
import { StateStore } from "./StateStore.js"

export interface DBusOptions {
  /** `--no-dbus`: run without the control plane on purpose */
  readonly enabled: boolean
  /** `--bus-address`, else $DBUS_SESSION_BUS_ADDRESS */
  readonly address: Option.Option<string>
}

/** Longest string argument accepted; a bigger one is refused, not processed. */
const MAX_ARGUMENT = 64 * 1024
const MAX_CONFIG_VALUE = 1024 * 1024

const toDBusError = (error: unknown): dbus.DBusError => {
  const tag = typeof error === "object" && error !== null && "_tag" in error ? String(error._tag) : "Internal"
  const message = error instanceof Error ? error.message : String(error)
  return new dbus.DBusError(`${ERROR_PREFIX}.${ERROR_KIND[tag] ?? "Internal"}`, message)
}

/** Exports com.aiworkflow.BotCron on the session bus; holding the name is the single-instance lock. */
export class DBusService extends Context.Tag("bot-cron/DBusService")<DBusService, { readonly address: string | null }>() {
  static readonly layer = (options: DBusOptions) => Layer.scoped(DBusService, make(options))
}

const make = (options: DBusOptions) =>
  Effect.gen(function*() {
    if (!options.enabled) {
      yield* Effect.logInfo("D-Bus control is off (--no-dbus)")
      return { address: null }
    }
    const address = Option.getOrUndefined(options.address) ?? process.env["DBUS_SESSION_BUS_ADDRESS"]
    if (address === undefined || address === "") {
      yield* Effect.logWarning("no session bus (DBUS_SESSION_BUS_ADDRESS is not set): running the schedule without D-Bus control")
      return { address: null }
    }
    const connected = yield* Effect.either(connectBus(address))
    if (connected._tag === "Left") {
      yield* Effect.logWarning(`${connected.left.message}: running the schedule without D-Bus control`)
      return { address: null }
    }
    const bus = connected.right
    const runtime = yield* Effect.runtime<never>()
    bus.on("error", (e: unknown) => Runtime.runFork(runtime)(Effect.logError(`D-Bus connection error: ${String(e)}`)))

    const control = yield* Control
    const store = yield* StateStore
    const active = yield* ActiveConfig
    const calendar = yield* Calendar
    const events = yield* Events

    const call = async <A>(effect: Effect.Effect<A, unknown>): Promise<A> => {
      const exit = await Runtime.runPromiseExit(runtime)(effect)
      if (Exit.isSuccess(exit)) return exit.value
      const failure = Cause.failureOption(exit.cause)
      if (Option.isSome(failure)) throw toDBusError(failure.value)
      Runtime.runFork(runtime)(Effect.logError("D-Bus call failed", exit.cause))
      throw new dbus.DBusError(`${ERROR_PREFIX}.Internal`, "internal error; the daemon's log has the details")
    }
    const checked = (args: ReadonlyArray<unknown>, max = MAX_ARGUMENT) => {
      const long = args.find((a) => typeof a === "string" && a.length > max)
      if (long !== undefined) {
        throw new dbus.DBusError(
          `${ERROR_PREFIX}.InvalidArgument`,
          `an argument is ${String(long).length} characters long; the limit is ${max}`
        )
      }
    }
    const json = (value: unknown) => JSON.stringify(value)

    // JS values per handler: D-Bus methods encode them, CallMethod serialises them
    const dispatch: Record<string, (...args: Array<string>) => Effect.Effect<unknown, unknown>> = {
      run_job: (job) => control.runJob(String(job)),
      list_jobs: () => control.listJobs,
      get_history: (limit) => control.getHistory(Number(limit ?? 20)),
      toggle_scheduler: (enabled) => control.toggleScheduler(String(enabled)),
      toggle_job: (job, enabled) => control.toggleJob(String(job), String(enabled)),
      get_config: (section, key) => control.getConfig(section ?? "", key ?? ""),
      update_config: (section, key, value) =>
        control.updateConfig(String(section), key ?? "", typeof value === "string" ? value : json(value)),
      reload_config: () => Effect.as(control.reload, true),
      GetStatus: () => control.status,
      HealthCheck: () => control.health,
      GetStats: () => Effect.map(store.get, statsOf),
      Ping: () => Effect.succeed({ status: "pong", pid: process.pid })
    }

    // own members only: "constructor", "__proto__" or "toString" is no handler
    const lookup = (name: string) => (Object.hasOwn(dispatch, name) ? dispatch[name] : undefined)
    const handlerOf = (name: string) => {
      const handler = lookup(name)
      if (handler === undefined) throw new Error(`no handler ${name}`)
      return handler
    }

    const callMethod = async (name: string, argsJson: string): Promise<string> => {
      checked([name, argsJson], MAX_CONFIG_VALUE)
      const handler = lookup(name)
      if (handler === undefined) return json({ error: `Unknown handler: ${name.slice(0, 200)}` })
      let parsed: unknown
      try {
        parsed = argsJson.trim() === "" ? [] : JSON.parse(argsJson)
      } catch (e) {
        return json({ error: `args must be a JSON array or object: ${(e as Error).message}` })
      }
      const args = Array.isArray(parsed)
        ? parsed
        : typeof parsed === "object" && parsed !== null
        ? (PARAMS[name] ?? []).map((p) => (parsed as Record<string, unknown>)[p])
        : [parsed]
      // arguments are checked like the direct methods' (their D-Bus signature): text, a number or a
      // boolean where a parameter is named; null, an object or a list only as update_config's value
      const params = PARAMS[name] ?? []
      const required = name === "get_history" || name === "get_config" ? 0 : params.length
      for (const [i, param] of params.entries()) {
        const arg: unknown = args[i]
        if (arg === undefined && i >= required) continue
        if (name === "update_config" && param === "value" && arg !== undefined) continue
        if (typeof arg !== "string" && typeof arg !== "number" && typeof arg !== "boolean") {
          return json({
            error: `argument ${i + 1} (${param}) of ${name} must be text; got ${arg === null ? "null" : typeof arg}`,
            type: "InvalidArgument"
          })
        }
      }
      try {
        return json(await call(handler(...(args as Array<string>))))
      } catch (e) {
        return json({ error: e instanceof dbus.DBusError ? e.text : String(e), type: e instanceof dbus.DBusError ? e.type : "Internal" })
      }
    }

    const initial = yield* store.get
    let running = schedulerEnabled(initial, (yield* active.get).schedules)
    let counts = statsOf(initial)

    const reply = (name: string, max = MAX_ARGUMENT) => async (...args: Array<string>) => {
      checked(args, max)
      return json(await call(handlerOf(name)(...args)))
    }
    const confirm = (name: string, max = MAX_ARGUMENT) => async (...args: Array<string>) => {
      checked(args, max)
      await call(handlerOf(name)(...args))
      return true
    }
    const handlers: Handlers = {
      run_job: reply("run_job"),
      list_jobs: reply("list_jobs"),
      get_history: (limit) => reply("get_history")(String(limit)),
      toggle_scheduler: confirm("toggle_scheduler"),
      toggle_job: confirm("toggle_job"),
      get_config: reply("get_config"),
      update_config: confirm("update_config", MAX_CONFIG_VALUE),
      reload_config: confirm("reload_config"),
      GetStatus: reply("GetStatus"),
      HealthCheck: reply("HealthCheck"),
      CallMethod: callMethod,
      GetStats: reply("GetStats"),
      Ping: reply("Ping"),
      Shutdown: async () => json(await call(control.shutdown)),
      running: () => running,
      stats: () => json(counts)
    }
    const object = makeInterface(handlers)
    bus.export(OBJECT_PATH, object)
    yield* Effect.addFinalizer(() => Effect.sync(() => bus.unexport(OBJECT_PATH, object)))

    // the name last: a call that started this daemon (D-Bus activation) is delivered as soon as we own it
    const claimed = yield* Effect.promise(() => bus.requestName(BUS_NAME, dbus.NameFlag.DO_NOT_QUEUE))
    if (claimed !== dbus.RequestNameReply.PRIMARY_OWNER && claimed !== dbus.RequestNameReply.ALREADY_OWNER) {
      return yield* new AlreadyRunning({ name: BUS_NAME, pid: yield* ownerPid(bus, BUS_NAME) })
    }
    // a bus that went away never answers: stopping must not wait for it
    yield* Effect.addFinalizer(() =>
      // finalizers are uninterruptible: the timeout can only cut what is explicitly interruptible
      Effect.interruptible(Effect.promise(() => bus.releaseName(BUS_NAME).catch(() => 0))).pipe(Effect.timeout("2 seconds"), Effect.ignore)
    )

    const zoneOf = (job: string) =>
      Effect.gen(function*() {
        return (yield* active.job(job))?.zone ?? (yield* active.get).schedules.timezone
      })
    yield* events.consume("dbus", (event) =>
      Effect.gen(function*() {
        switch (event._tag) {
          case "JobStarted":
            return object.JobStarted(event.job, event.executionId)
          // sent once the run is in the state file, so get_history after the signal finds it
          case "RunRecorded": {
            const { run } = event
            if (run.status === "success") {
              object.JobCompleted(run.job, run.execution_id, json(toHistoryEntry(calendar, run, yield* zoneOf(run.job))))
            } else object.JobFailed(run.job, run.execution_id, run.error ?? run.status)
            // the run is in the state file now: the figures come from there, as GetStats's do
            counts = statsOf(yield* store.get)
            return dbus.interface.Interface.emitPropertiesChanged(object, { Stats: json(counts) }, [])
          }
          case "SchedulerToggled":
            object.SchedulerToggled(event.enabled)
            running = event.enabled
            return dbus.interface.Interface.emitPropertiesChanged(object, { Running: running }, [])
        }
      }))
    yield* Effect.logInfo(`D-Bus: ${BUS_NAME} at ${OBJECT_PATH} on ${address}`)
    return { address }
  })
