// Cold start of the built binary against `node -e 0`: median of 10 each, the three commands
// taken in turn (a drift of the shared machine then moves all three alike).
import { spawnSync } from "node:child_process"
import { performance } from "node:perf_hooks"

const median = (xs: Array<number>) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN
const commands = {
  bare: ["-e", "0"],
  help: ["dist/bot-cron.js", "--help"],
  list: ["dist/bot-cron.js", "list", "--json", "--state", "/tmp/bot-cron-bench-cold-state.json"]
}
const times: Record<keyof typeof commands, Array<number>> = { bare: [], help: [], list: [] }
for (let i = 0; i < 10; i++) {
  for (const [name, args] of Object.entries(commands) as Array<[keyof typeof commands, Array<string>]>) {
    const t = performance.now()
    spawnSync(process.execPath, args, { stdio: "ignore", env: { ...process.env, BOT_CRON_CONFIG: "examples/config.json" } })
    times[name].push(performance.now() - t)
  }
}
const bare = median(times.bare)
const help = median(times.help)
const list = median(times.list)
console.log(`## Cold start (median of 10, the commands in turn)

| command | ms | × node -e 0 |
| --- | ---: | ---: |
| node -e 0 | ${bare.toFixed(0)} | 1.0 |
| bot-cron --help | ${help.toFixed(0)} | ${(help / bare).toFixed(1)} |
| bot-cron list --json (examples/config.json) | ${list.toFixed(0)} | ${(list / bare).toFixed(1)} |
`)
