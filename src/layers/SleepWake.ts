import { Clock, Context, Effect, Layer, Option, Ref, Runtime } from "effect"
import { type ChildProcess, spawn } from "node:child_process"
import { type ClockGap, clockGap, type ClockSample } from "../domain/clockgap.js"
import { relaxedSleep } from "./AccurateClock.js"
import { connectBus } from "./dbus/bus.js"
import { signalGroup } from "./executor/process.js"
import { Scheduler } from "./Scheduler.js"

export interface SleepInfo {
  readonly last_sleep: number | null
  readonly last_wake: number | null
  readonly slept_seconds: number | null
  readonly detected_by: string | null
  readonly inhibitor: "held" | "released" | "unavailable"
}

/** A clock that does not move while the machine is suspended (CLOCK_MONOTONIC on Linux); tests replace it. */
export class MonotonicClock extends Context.Reference<MonotonicClock>()("bot-cron/MonotonicClock", {
  defaultValue: () => ({ nowMs: (): number => performance.now() })
}) {}

/** How often the clock-gap detector compares wall and monotonic time. */
export const GAP_POLL_MS = 5_000

const LOGIND = "org.freedesktop.login1"

/**
 * Pauses the scheduler before the machine sleeps and catches up when it wakes:
 * logind's PrepareForSleep on the system bus (honouring DBUS_SYSTEM_BUS_ADDRESS),
 * with a delay inhibitor so the pause happens before the machine goes down, and a
 * wall-versus-monotonic clock detector for machines without logind.
 */
export class SleepWake extends Context.Tag("bot-cron/SleepWake")<SleepWake, { readonly info: Effect.Effect<SleepInfo> }>() {
  static readonly layer = Layer.scoped(SleepWake, Effect.suspend(() => make))
}

/** Watches the clocks every `pollMs` and calls `onGap` for every gap found. */
export const watchClockGaps = (onGap: (gap: ClockGap) => Effect.Effect<void>, pollMs = GAP_POLL_MS) =>
  Effect.gen(function*() {
    const mono = yield* MonotonicClock
    const sample = Effect.map(Clock.currentTimeMillis, (wall): ClockSample => ({ wall, mono: mono.nowMs() }))
    let previous = yield* sample
    for (;;) {
      yield* relaxedSleep(pollMs)
      const next = yield* sample
      const gap = clockGap(previous, next)
      previous = next
      if (gap !== undefined) yield* onGap(gap)
    }
  })

const make = Effect.gen(function*() {
  const scheduler = yield* Scheduler
  const runtime = yield* Effect.runtime<never>()
  const info = yield* Ref.make<SleepInfo>({
    last_sleep: null,
    last_wake: null,
    slept_seconds: null,
    detected_by: null,
    inhibitor: "unavailable"
  })
  const systemBus = process.env["DBUS_SYSTEM_BUS_ADDRESS"] || "unix:path=/run/dbus/system_bus_socket"
  let inhibitor: ChildProcess | undefined
  let inhibitorWarned = false

  /** A delay lock held by `systemd-inhibit` (dbus-next cannot hold the fd logind hands out). */
  const takeInhibitor = Effect.gen(function*() {
    if (inhibitor !== undefined) return
    const child = spawn(
      "systemd-inhibit",
      ["--what=sleep", "--mode=delay", "--who=bot-cron", "--why=pause the job schedule before sleep", "sleep", "infinity"],
      { detached: true, stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, DBUS_SYSTEM_BUS_ADDRESS: systemBus } }
    )
    let stderr = ""
    child.stderr?.on("data", (d: Buffer) => (stderr += d.toString()))
    child.on("error", () => undefined)
    inhibitor = child
    const refused = yield* Effect.async<boolean>((resume) => {
      const timer = setTimeout(() => resume(Effect.succeed(false)), 1_000)
      child.once("exit", () => (clearTimeout(timer), resume(Effect.succeed(true))))
      child.once("error", () => (clearTimeout(timer), resume(Effect.succeed(true))))
    })
    if (refused) {
      inhibitor = undefined
      yield* Ref.update(info, (i) => ({ ...i, inhibitor: "unavailable" as const }))
      if (!inhibitorWarned) {
        inhibitorWarned = true
        yield* Effect.logWarning(
          `no sleep inhibitor (systemd-inhibit: ${stderr.trim() || "not available"}); pausing on PrepareForSleep anyway`
        )
      }
      return
    }
    yield* Ref.update(info, (i) => ({ ...i, inhibitor: "held" as const }))
  })

  const releaseInhibitor = Effect.gen(function*() {
    const child = inhibitor
    inhibitor = undefined
    if (child?.pid === undefined) return
    signalGroup(child.pid, "SIGTERM")
    yield* Ref.update(info, (i) => ({ ...i, inhibitor: "released" as const }))
  })

  const sleeping = (source: string) =>
    Effect.gen(function*() {
      const now = yield* Clock.currentTimeMillis
      yield* Ref.update(info, (i) => ({ ...i, last_sleep: now, detected_by: source }))
      yield* scheduler.suspend(`going to sleep (${source})`)
      // state is written on every change, so nothing is pending: let the machine go
      yield* releaseInhibitor
    })

  /** `sleptForMs` is known when the clocks tell it; with logind it is the time since PrepareForSleep(true). */
  const woke = (source: string, sleptForMs?: number) =>
    Effect.gen(function*() {
      const now = yield* Clock.currentTimeMillis
      const before = yield* Ref.get(info)
      // logind already reported this wake; the clocks see the same suspend a moment later
      if (sleptForMs !== undefined && before.last_wake !== null && now - before.last_wake < 30_000) return
      const lastSleep = sleptForMs !== undefined ? now - sleptForMs : before.last_sleep
      const seconds = lastSleep === null ? null : Math.round((now - lastSleep) / 1000)
      yield* Ref.set(info, { ...before, last_sleep: lastSleep, last_wake: now, slept_seconds: seconds, detected_by: source })
      yield* Effect.logInfo(`woke up (${source})${seconds === null ? "" : ` after ${seconds} s`}`)
      yield* scheduler.resume(`wake (${source})`)
      yield* takeInhibitor
    })

  const run = (effect: Effect.Effect<void>) => Runtime.runFork(runtime)(effect)

  // logind, when there is one
  const bus = yield* Effect.either(connectBus(systemBus))
  if (bus._tag === "Right") {
    bus.right.on("error", () => undefined)
    const manager = yield* Effect.tryPromise(async () =>
      (await bus.right.getProxyObject(LOGIND, "/org/freedesktop/login1")).getInterface(`${LOGIND}.Manager`)
    ).pipe(Effect.option)
    if (Option.isSome(manager)) {
      manager.value.on("PrepareForSleep", (start: boolean) => run(start ? sleeping("logind") : woke("logind")))
      yield* takeInhibitor
      yield* Effect.addFinalizer(() => releaseInhibitor)
      yield* Effect.logDebug("listening to logind for sleep and wake")
    } else {
      yield* Effect.logInfo("no logind on the system bus: sleep is detected by the clock-gap detector")
    }
  } else {
    yield* Effect.logInfo("no system bus: sleep is detected by the clock-gap detector")
  }

  // the fallback, and the only way to notice a frozen process or a clock that was set
  yield* Effect.forkScoped(
    watchClockGaps((gap) =>
      gap.kind === "suspend"
        ? woke(`clock gap: the wall clock ran ${Math.round(gap.sleptForMs / 1000)} s ahead of the monotonic clock`, gap.sleptForMs)
        : Effect.asVoid(scheduler.resume(`the clock was set back by ${Math.round(gap.byMs / 1000)} s`))
    )
  )

  return SleepWake.of({ info: Ref.get(info) })
})
