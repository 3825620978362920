import dbus from "dbus-next"
import { Effect } from "effect"

/** Connects to the bus at `address`; the connection is closed with the scope. Fails when no bus answers. */
export const connectBus = (address: string) =>
  Effect.acquireRelease(
    Effect.tryPromise({
      try: () =>
        new Promise<dbus.MessageBus>((resolve, reject) => {
          const bus = dbus.sessionBus({ busAddress: address })
          bus.once("connect", () => resolve(bus))
          bus.once("error", (e: unknown) => reject(e))
        }),
      catch: (e) => new Error(`cannot connect to the D-Bus bus at ${address}: ${e instanceof Error ? e.message : String(e)}`)
    }),
    (bus) =>
      Effect.sync(() => {
        // a closing connection may still report errors: they must not crash the process
        bus.on("error", () => undefined)
        bus.disconnect()
      })
  )

/** The bus daemon's own interface, for name ownership questions. */
/** A method of a proxy interface, or a thrown error that names it (inside a tryPromise: a failure). */
export const member = (iface: dbus.ClientInterface, name: string): (...args: Array<unknown>) => Promise<unknown> => {
  const method: unknown = iface[name]
  if (typeof method !== "function") throw new Error(`${iface.$name} has no method ${name}`)
  return (...args) => (method as (...a: Array<unknown>) => Promise<unknown>).apply(iface, args)
}

export const busDaemon = (bus: dbus.MessageBus) =>
  Effect.promise(async () =>
    (await bus.getProxyObject("org.freedesktop.DBus", "/org/freedesktop/DBus")).getInterface("org.freedesktop.DBus")
  )

/** The pid of the process holding `name`, or null when the bus will not say. */
export const ownerPid = (bus: dbus.MessageBus, name: string) =>
  Effect.flatMap(
    busDaemon(bus),
    (iface) =>
      Effect.tryPromise(() => member(iface, "GetConnectionUnixProcessID")(name) as Promise<number>).pipe(
        Effect.map(Number),
        Effect.orElseSucceed(() => null)
      )
  )
