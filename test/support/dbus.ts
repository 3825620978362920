import dbus from "dbus-next"
import { type ChildProcess, execFileSync, spawn } from "node:child_process"
import { join } from "node:path"
import { BIN, ROOT } from "./cli.js"

export interface PrivateBus {
  readonly address: string
  readonly pid: number
  readonly stop: () => void
}

/** A private dbus-daemon on a socket in `dir`, stopped by its pid. */
export const startBus = (dir: string, name = "bus"): PrivateBus => {
  const socket = join(dir, `${name}.sock`)
  const out = execFileSync(
    "dbus-daemon",
    ["--session", "--print-address=1", "--print-pid=1", "--fork", `--address=unix:path=${socket}`],
    { encoding: "utf8" }
  )
  const [address = "", pid = ""] = out.trim().split("\n")
  return {
    address: address.trim(),
    pid: Number(pid),
    stop: () => {
      try {
        process.kill(Number(pid), "SIGTERM")
      } catch {
        // already gone
      }
    }
  }
}

export interface RunningDaemon {
  readonly child: ChildProcess
  readonly stderr: () => string
  readonly exited: Promise<number | null>
}

export const spawnDaemon = (args: ReadonlyArray<string>, env: Record<string, string | undefined> = {}): RunningDaemon => {
  const child = spawn(process.execPath, [BIN, "daemon", ...args], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, JOURNAL_STREAM: "", INVOCATION_ID: "", ...env }
  })
  let stderr = ""
  child.stderr?.on("data", (d: Buffer) => (stderr += d.toString()))
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)))
  return { child, stderr: () => stderr, exited }
}

export const connect = async (address: string): Promise<dbus.MessageBus> => {
  const bus = dbus.sessionBus({ busAddress: address })
  bus.on("error", () => undefined)
  await new Promise<void>((resolve, reject) => {
    bus.once("connect", () => resolve())
    bus.once("error", reject)
  })
  return bus
}

/** Waits until something owns `name` on the bus (the daemon has started). */
export const waitForName = async (bus: dbus.MessageBus, name: string, timeoutMs = UNTIL_MS): Promise<void> => {
  const proxy = await bus.getProxyObject("org.freedesktop.DBus", "/org/freedesktop/DBus")
  const iface = proxy.getInterface("org.freedesktop.DBus")
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if ((await iface["NameHasOwner"]!(name)) === true) return
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error(`${name} did not appear on the bus within ${timeoutMs} ms`)
}

/**
 * How long `until` waits for a real peer (a log line, a signal) before it gives up: generous, since
 * a busy machine is slow; a test asserts what happened, never how fast.
 */
export const UNTIL_MS = 60_000

/** Waits until `check()` holds (a log line, a signal, a file), or fails after `timeoutMs`. */
export const until = async (check: () => boolean, timeoutMs = UNTIL_MS): Promise<void> => {
  const deadline = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > deadline) throw new Error("condition not met in time")
    await new Promise((r) => setTimeout(r, 25))
  }
}
