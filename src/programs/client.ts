import dbus from "dbus-next"
import { Effect, Option, Schema, type Scope } from "effect"
import { busDaemon, connectBus, member } from "../layers/dbus/bus.js"
import { BUS_NAME, ERROR_PREFIX, INTERFACE_NAME, OBJECT_PATH } from "../layers/dbus/contract.js"

/** A daemon's answer that was an error: kind is the D-Bus error name's last part (UnknownJob, InvalidConfig, …). */
export class DaemonError extends Schema.TaggedError<DaemonError>()("DaemonError", {
  kind: Schema.String,
  text: Schema.String
}) {
  override get message(): string {
    return this.text
  }
}

export interface DaemonClient {
  readonly call: (method: string, ...args: ReadonlyArray<unknown>) => Effect.Effect<unknown, DaemonError>
  readonly on: (signal: string, listener: (...args: Array<unknown>) => void) => void
}

const kindOf = (e: unknown): string =>
  e instanceof dbus.DBusError && e.type.startsWith(`${ERROR_PREFIX}.`) ? e.type.slice(ERROR_PREFIX.length + 1) : "Internal"

/**
 * The running daemon, if a bus answers at `--bus-address` (else $DBUS_SESSION_BUS_ADDRESS)
 * and something holds com.aiworkflow.BotCron on it. None means: no daemon.
 */
export const findDaemon = (address: Option.Option<string>): Effect.Effect<Option.Option<DaemonClient>, never, Scope.Scope> =>
  Effect.gen(function*() {
    const where = Option.getOrUndefined(address) ?? process.env["DBUS_SESSION_BUS_ADDRESS"]
    if (where === undefined || where === "") return Option.none()
    const bus = yield* Effect.option(connectBus(where))
    if (Option.isNone(bus)) return Option.none()
    const daemon = yield* busDaemon(bus.value)
    const owned = yield* Effect.tryPromise(() => member(daemon, "NameHasOwner")(BUS_NAME) as Promise<boolean>).pipe(
      Effect.orElseSucceed(() => false)
    )
    if (!owned) return Option.none()
    const proxy = yield* Effect.promise(() => bus.value.getProxyObject(BUS_NAME, OBJECT_PATH))
    const iface = proxy.getInterface(INTERFACE_NAME)
    return Option.some<DaemonClient>({
      call: (method, ...args) =>
        Effect.tryPromise({
          try: () => member(iface, method)(...args),
          catch: (e) => new DaemonError({ kind: kindOf(e), text: e instanceof dbus.DBusError ? e.text : String(e) })
        }),
      on: (signal, listener) => iface.on(signal, listener)
    })
  })
