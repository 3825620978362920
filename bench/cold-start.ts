// Cold start of the built binary against `node -e 0` (median of 10 each).
import { spawnSync } from "node:child_process"
import { performance } from "node:perf_hooks"

const median = (xs: Array<number>) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN
const time = (args: Array<string>) =>
  median(
    Array.from({ length: 10 }, () => {
      const t = performance.now()
      spawnSync(process.execPath, args, { stdio: "ignore", env: { ...process.env, BOT_CRON_CONFIG: "examples/config.json" } })
      return performance.now() - t
    })
  )
const bare = time(["-e", "0"])
const help = time(["dist/bot-cron.js", "--help"])
const list = time(["dist/bot-cron.js", "list", "--json", "--state", "/tmp/bot-cron-bench-cold-state.json"])
console.log(`## Cold start (median of 10)

| command | ms | × node -e 0 |
| --- | ---: | ---: |
| node -e 0 | ${bare.toFixed(0)} | 1.0 |
| bot-cron --help | ${help.toFixed(0)} | ${(help / bare).toFixed(1)} |
| bot-cron list --json (examples/config.json) | ${list.toFixed(0)} | ${(list / bare).toFixed(1)} |
`)
