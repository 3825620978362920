// D-Bus round trip: the built daemon with 100 jobs on a private bus, 1,000 list_jobs calls from one client.
// Usage: npm run build && node bench/dbus-roundtrip.mjs [--calls N] [--jobs N]
import dbus from "dbus-next"
import { execFileSync, spawn } from "node:child_process"
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { performance } from "node:perf_hooks"

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? Number(process.argv[i + 1]) : fallback
}
const CALLS = arg("calls", 1000)
const JOBS = arg("jobs", 100)
const NAME = "com.aiworkflow.BotCron"

const dir = mkdtempSync(join(tmpdir(), "bot-cron-bench-"))
const [address, busPid] = execFileSync(
  "dbus-daemon",
  ["--session", "--print-address=1", "--print-pid=1", "--fork", `--address=unix:path=${join(dir, "bus.sock")}`],
  { encoding: "utf8" }
).trim().split("\n")
const jobs = Array.from({ length: JOBS }, (_, i) => ({
  name: `job${i}`,
  cron: `${i % 60} ${i % 24} * * *`,
  execution_mode: "python_script",
  script: "noop.py"
}))
writeFileSync(join(dir, "config.json"), JSON.stringify({ schedules: { timezone: "UTC", jobs } }))
const daemon = spawn(process.execPath, [
  "dist/bot-cron.js",
  "daemon",
  "--config",
  join(dir, "config.json"),
  "--state",
  join(dir, "state.json"),
  "--bus-address",
  address
], { stdio: "ignore" })

const bus = dbus.sessionBus({ busAddress: address })
try {
  const freedesktop = (await bus.getProxyObject("org.freedesktop.DBus", "/org/freedesktop/DBus")).getInterface("org.freedesktop.DBus")
  while (!(await freedesktop.NameHasOwner(NAME))) await new Promise((r) => setTimeout(r, 50))
  const iface = (await bus.getProxyObject(NAME, "/com/aiworkflow/BotCron")).getInterface(NAME)
  for (let i = 0; i < 50; i++) await iface.list_jobs() // warm-up
  const times = []
  for (let i = 0; i < CALLS; i++) {
    const t = performance.now()
    const reply = await iface.list_jobs()
    times.push(performance.now() - t)
    if (i === 0 && JSON.parse(reply).length !== JOBS) throw new Error("list_jobs did not return every job")
  }
  times.sort((a, b) => a - b)
  const q = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(3)
  console.log(
    `list_jobs with ${JOBS} jobs, ${CALLS} calls: median ${q(0.5)} ms, p90 ${q(0.9)} ms, p99 ${q(0.99)} ms, max ${
      times.at(-1).toFixed(3)
    } ms`
  )
} finally {
  bus.disconnect()
  daemon.kill("SIGTERM")
  await new Promise((r) => daemon.once("exit", r))
  process.kill(Number(busPid), "SIGTERM")
  rmSync(dir, { recursive: true, force: true })
}
