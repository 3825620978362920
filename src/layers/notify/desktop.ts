import dbus from "dbus-next"
import { Effect } from "effect"
import { NotifyError } from "../../domain/errors.js"
import type { Notice } from "../../domain/notice.js"
import { connectBus, member } from "../dbus/bus.js"

const URGENCY = { normal: 1, critical: 2 } as const

/** org.freedesktop.Notifications.Notify on the session bus, app name "bot-cron". */
export const sendDesktop = (notice: Notice, address: string | undefined) =>
  Effect.scoped(
    Effect.gen(function*() {
      const fail = (reason: string) => new NotifyError({ target: "desktop", reason })
      if (address === undefined || address === "") return yield* fail("no session bus (DBUS_SESSION_BUS_ADDRESS is not set)")
      const bus = yield* connectBus(address).pipe(Effect.mapError((e) => fail(e.message)))
      const id = yield* Effect.tryPromise({
        try: async () => {
          const proxy = await bus.getProxyObject("org.freedesktop.Notifications", "/org/freedesktop/Notifications")
          const iface = proxy.getInterface("org.freedesktop.Notifications")
          return (await member(iface, "Notify")(
            "bot-cron",
            0,
            "",
            notice.title,
            notice.lines.join("\n"),
            [],
            { urgency: new dbus.Variant("y", URGENCY[notice.urgency]) },
            -1
          )) as number
        },
        catch: (e) => fail(`no notification server answered: ${e instanceof dbus.DBusError ? e.text : String(e)}`)
      })
      return `shown (notification ${id})`
    })
  )
