// D-Bus round trip: runs bench/dbus-roundtrip.mjs (the built daemon with 100 jobs on a
// private bus, list_jobs calls from one client) and reports its figures as a section.
// Usage: node scripts/bench.mjs dbus [-- --quick]
import { spawnSync } from "node:child_process"

const quick = process.argv.includes("--quick")
const calls = quick ? 200 : 1000
const run = spawnSync(process.execPath, ["bench/dbus-roundtrip.mjs", "--calls", String(calls), "--jobs", "100"], {
  encoding: "utf8",
  timeout: 120_000
})
if (run.status !== 0) {
  console.error(run.stderr)
  process.exit(1)
}
console.log(`## D-Bus round trip

The built daemon on a private \`dbus-daemon\`, 100 jobs configured, one client calling \`list_jobs\` ${calls} times after 50 warm-up calls:

- ${run.stdout.trim()}
`)
