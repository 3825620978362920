// A job's start: the dispatch-to-spawn overhead of a /bin/true job through bot-cron's real
// Runner and Executor (session id, log file, header, environment, spawn) against a bare
// child_process.spawn of the same argv, alternating, in one process.
// Usage: node scripts/bench.mjs spawn [-- --quick]
import { Effect, Logger, LogLevel, Option } from "effect"
import { spawn } from "node:child_process"
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { performance } from "node:perf_hooks"
import { resolveJobs } from "../src/domain/config.js"
import { ActiveConfig } from "../src/layers/ActiveConfig.js"
import { Runner } from "../src/layers/Runner.js"
import { runtimeLayer } from "../src/programs/layers.js"

const quick = process.argv.includes("--quick")
const N = quick ? 100 : 400
const median = (xs: Array<number>) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN

const dir = mkdtempSync(join(tmpdir(), "bot-cron-bench-spawn-"))
const config = join(dir, "config.json")
writeFileSync(
  config,
  JSON.stringify({
    schedules: { timezone: "UTC", claude: { command: "/bin/true" }, jobs: [{ name: "noop", cron: "0 0 1 1 *", skill: "noop" }] }
  })
)

const program = Effect.gen(function*() {
  const runner = yield* Runner
  const { schedules } = yield* (yield* ActiveConfig).get
  const job = resolveJobs(schedules)[0]
  if (job === undefined) throw new Error("no job")
  const argv = ["/bin/true", "--print", "prompt"]
  const bare = { spawned: [] as Array<number>, exited: [] as Array<number> }
  const ours = { spawned: [] as Array<number>, exited: [] as Array<number> }
  for (let i = 0; i < N; i++) {
    // bare: the spawn call, then its exit
    let t = performance.now()
    const child = spawn(argv[0] ?? "", argv.slice(1), { detached: true, stdio: ["pipe", "pipe", "pipe"] })
    bare.spawned.push(performance.now() - t)
    child.stdin.end()
    yield* Effect.promise(() => new Promise((r) => child.once("close", r)))
    bare.exited.push(performance.now() - t)
    // bot-cron: a run through the Runner (session id, JobStarted, the attempt's spawn), then its end
    t = performance.now()
    const record = yield* runner.run({
      job,
      source: "cron",
      scheduledAt: Date.now(),
      onStarted: () => Effect.sync(() => ours.spawned.push(performance.now() - t))
    })
    ours.exited.push(performance.now() - t)
    if (record.status !== "success") throw new Error(`the /bin/true job failed: ${record.error}`)
  }
  return { bare, ours }
})

const { bare, ours } = await Effect.runPromise(
  program.pipe(
    Effect.provide(runtimeLayer({ config: Option.some(config), state: Option.some(join(dir, "state.json")) })),
    Logger.withMinimumLogLevel(LogLevel.Warning)
  )
)
const row = (what: string, b: Array<number>, o: Array<number>) =>
  `| ${what} | ${median(b).toFixed(2)} | ${median(o).toFixed(2)} | ${(median(o) - median(b)).toFixed(2)} |`
rmSync(dir, { recursive: true, force: true })
console.log(`## A job's start: dispatch to spawn

A \`/bin/true\` job (claude_cli mode, \`claude.command\` = /bin/true) through the real Runner and Executor, against a bare \`child_process.spawn\` of the same argv, alternating, ${N} each, medians in ms. "Spawned" is, for the bare spawn, the spawn call, and for bot-cron the run's start up to its JobStarted (session id, event), just before its attempt spawns; "ended" adds the spawn, waiting for the exit, recording the run and its events.

| | bare spawn | bot-cron | overhead |
| --- | ---: | ---: | ---: |
${row("spawned", bare.spawned, ours.spawned)}
${row("ended", bare.exited, ours.exited)}
`)
