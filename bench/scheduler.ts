// Scheduler lateness, registration time, memory and idle CPU: bot-cron's real Scheduler
// (with an Executor that only records the dispatch instant) against croner's and
// node-cron's own schedulers on the same jobs, one after another in one run.
// Usage: node scripts/bench.mjs scheduler [-- --quick]
import { Effect, Layer, Logger, LogLevel, Option, Schema } from "effect"
import { spawnSync } from "node:child_process"
import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { performance } from "node:perf_hooks"
import { ConfigFile } from "../src/domain/config.js"
import { nextAfter } from "../src/domain/cron.js"
import { ActiveConfig } from "../src/layers/ActiveConfig.js"
import { Events } from "../src/layers/Events.js"
import { Executor, type Attempt } from "../src/layers/Executor.js"
import { Paths } from "../src/layers/Paths.js"
import { Runner } from "../src/layers/Runner.js"
import { Scheduler } from "../src/layers/Scheduler.js"
import { StateStore } from "../src/layers/StateStore.js"

/** how long each bench run lasts after its dispatch */
const RUN_MS = 100
const ZONES = ["UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata"]
const quick = process.argv.includes("--quick")
const caseArg = process.argv.find((a) => a.startsWith("--case="))?.slice(7)

interface Result {
  readonly impl: string
  readonly n: number
  readonly registerMs: number
  readonly rssMb: number
  readonly baseRssMb: number
  readonly p50: number
  readonly p99: number
  readonly max: number
  readonly fired: number
  readonly idleCpuPct: number
}

const wallNow = () => performance.timeOrigin + performance.now()
const quantile = (xs: Array<number>, q: number) => xs[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? NaN
const rssMb = () => process.memoryUsage().rss / 1e6
const gc = () => (globalThis as { gc?: () => void }).gc?.()

/** N jobs, each due once at one of 5 consecutive seconds starting a few seconds from now. */
const makeJobs = (n: number, startMs: number, idle: boolean) => {
  const base = Math.ceil(startMs / 1000) + 4
  return Array.from({ length: n }, (_, i) => {
    const second = idle ? 0 : (base + (i % 5)) % 60
    const cron = idle ? "0 0 0 1 1 *" : `${second} * * * * *`
    const zone = ZONES[i % ZONES.length] ?? "UTC"
    return { name: `job${i}`, cron, zone, expected: nextAfter(cron, zone, startMs) ?? 0 }
  })
}

const measureIdle = async (ms: number) => {
  const before = process.cpuUsage()
  const t = performance.now()
  await new Promise((r) => setTimeout(r, ms))
  const used = process.cpuUsage(before)
  return ((used.user + used.system) / 1000 / (performance.now() - t)) * 100
}

const runCase = async (impl: string, n: number, idle: boolean): Promise<Result> => {
  gc()
  const baseRssMb = rssMb()
  const start = wallNow()
  const jobs = makeJobs(n, start, idle)
  const lateness: Array<number> = []
  const expectedOf = new Map(jobs.map((j) => [j.name, j.expected]))
  const perSecond = new Map<number, Array<number>>()
  const record = (name: string) => {
    const expected = expectedOf.get(name) ?? 0
    const late = wallNow() - expected
    lateness.push(late)
    if (process.env.BENCH_DEBUG) perSecond.set(expected, [...(perSecond.get(expected) ?? []), late])
  }
  let registerMs = 0
  let stop: () => Promise<void> = async () => undefined

  if (impl === "croner") {
    const { Cron } = await import("croner")
    const t = performance.now()
    const crons = jobs.map((j) => new Cron(j.cron, { timezone: j.zone }, () => void record(j.name)))
    registerMs = performance.now() - t
    stop = async () => crons.forEach((c) => c.stop())
  } else if (impl === "node-cron") {
    const cron = (await import("node-cron")).default
    const t = performance.now()
    const tasks = jobs.map((j) => cron.schedule(j.cron, () => void record(j.name), { timezone: j.zone }))
    registerMs = performance.now() - t
    stop = async () => {
      for (const task of tasks) await task.stop()
    }
  } else {
    const dir = mkdtempSync(join(tmpdir(), "bot-cron-bench-"))
    const config = Schema.decodeUnknownSync(ConfigFile)({
      schedules: { timezone: "UTC", jobs: jobs.map((j) => ({ name: j.name, cron: j.cron, timezone: j.zone, skill: `bench-${j.name}`, overlap: "allow" })) }
    })
    // records the dispatch instant when the scheduler starts the attempt (where the real
    // Executor spawns), then ends like a short job: no executor ends a run synchronously
    const begin = (attempt: Attempt) => {
      record(attempt.job.name)
      return Effect.as(Effect.sleep(RUN_MS), { status: "success", exitCode: 0, outputPreview: "", error: null, logFile: "/dev/null" } as const)
    }
    const recorder = Layer.succeed(Executor, Executor.of({ run: (attempt) => Effect.suspend(() => begin(attempt)), begin }))
    const paths = Paths.layer({ config: Option.some(join(dir, "config.json")), state: Option.some(join(dir, "state.json")) })
    const layer = Scheduler.layer.pipe(
      Layer.provideMerge(Runner.layer),
      Layer.provideMerge(Layer.mergeAll(StateStore.layer, Events.layer, ActiveConfig.fixed(config), recorder).pipe(Layer.provideMerge(paths)))
    )
    const { Context, Scope, Exit } = await import("effect")
    const scope = Effect.runSync(Scope.make())
    // the layer lives in our scope until stop(): the dispatcher runs in it
    const context = await Effect.runPromise(Layer.buildWithScope(layer, scope).pipe(Logger.withMinimumLogLevel(LogLevel.Warning)))
    const scheduler = Context.get(context, Scheduler)
    const t = performance.now()
    await Effect.runPromise(scheduler.reconcile)
    registerMs = performance.now() - t
    stop = () => Effect.runPromise(Scope.close(scope, Exit.void))
  }

  gc()
  const registeredRss = rssMb()
  let idleCpuPct = NaN
  if (idle) {
    idleCpuPct = await measureIdle(quick ? 10_000 : 60_000)
  } else {
    const deadline = Date.now() + 12_000
    while (lateness.length < n && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200))
  }
  await stop()
  for (const [at, xs] of perSecond) console.error(`${new Date(at).toISOString()}: ${xs.length} runs, first ${xs[0]?.toFixed(1)} ms, last ${xs.at(-1)?.toFixed(1)} ms late`)
  lateness.sort((a, b) => a - b)
  return {
    impl,
    n,
    registerMs,
    rssMb: registeredRss,
    baseRssMb,
    p50: quantile(lateness, 0.5),
    p99: quantile(lateness, 0.99),
    max: lateness.at(-1) ?? NaN,
    fired: lateness.length,
    idleCpuPct
  }
}

if (caseArg !== undefined) {
  const [impl = "bot-cron", n = "1", mode = "fire"] = caseArg.split(":")
  const result = await runCase(impl, Number(n), mode === "idle")
  console.log(JSON.stringify(result))
  process.exit(0)
}

// the parent: every case in its own process, so memory figures are not mixed
const cases = (quick ? [1, 1000, 10_000] : [1, 1000, 10_000, 100_000]).flatMap((n) =>
  ["bot-cron", "croner", "node-cron"].filter((impl) => n < 100_000 || impl === "bot-cron").map((impl) => ({ impl, n }))
)
const run = (impl: string, n: number, mode: string): Result => {
  const child = spawnSync(process.execPath, ["--expose-gc", process.argv[1] ?? "", `--case=${impl}:${n}:${mode}`, ...(quick ? ["--quick"] : [])], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    timeout: 5 * 60_000
  })
  const line = child.stdout.trim().split("\n").at(-1) ?? ""
  try {
    return JSON.parse(line) as Result
  } catch {
    throw new Error(`${impl} ${n}: ${child.stderr.slice(-500)}`)
  }
}
const results: Array<Result> = []
for (const { impl, n } of cases) {
  const r = run(impl, n, "fire")
  results.push(r)
  console.error(`${impl} n=${n}: p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms, max ${r.max.toFixed(1)} ms (${r.fired}/${n} fired), register ${r.registerMs.toFixed(0)} ms, RSS ${r.rssMb.toFixed(0)} MB`)
}
const idleN = 10_000
const idle = ["bot-cron", "croner", "node-cron"].map((impl) => run(impl, idleN, "idle"))
for (const r of idle) console.error(`${r.impl} idle with ${idleN} jobs: ${r.idleCpuPct.toFixed(3)} % CPU`)

const fmt = (x: number, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : "–")
const get = (impl: string, n: number) => results.find((r) => r.impl === impl && r.n === n)
const lines = [
  `## Scheduler: lateness, registration, memory, idle CPU`,
  ``,
  `Jobs due once each, spread over 5 consecutive seconds (N/5 due in each second), 6-field expressions, zones in rotation (UTC, Europe/Berlin, America/New_York, Asia/Kolkata). Lateness is from the scheduled instant to the dispatch (bot-cron: the Executor called by the real Scheduler and Runner; croner/node-cron: their callback). Each case in its own process.${quick ? " (--quick: idle CPU over 10 s)" : ""}`,
  ``,
  `| scheduler | N | p50 ms | p99 ms | max ms | fired | register ms | RSS MB (bytes/job over empty) |`,
  `| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |`,
  ...results.map(
    (r) =>
      `| ${r.impl} | ${r.n.toLocaleString("en")} | ${fmt(r.p50)} | ${fmt(r.p99)} | ${fmt(r.max)} | ${r.fired}/${r.n} | ${fmt(r.registerMs, 0)} | ${fmt(r.rssMb, 0)} (${r.n >= 1000 ? fmt(((r.rssMb - r.baseRssMb) * 1e6) / r.n, 0) : "–"}) |`
  ),
  ``,
  `Ratios (croner or node-cron p99 / bot-cron p99, higher is better for bot-cron):`,
  ``,
  ...[1000, 10_000].map((n) => {
    const b = get("bot-cron", n)?.p99 ?? NaN
    return `- N = ${n.toLocaleString("en")}: croner ${fmt((get("croner", n)?.p99 ?? NaN) / b)}×, node-cron ${fmt((get("node-cron", n)?.p99 ?? NaN) / b)}×`
  }),
  ``,
  `Idle CPU with ${idleN.toLocaleString("en")} jobs and none due, over ${quick ? 10 : 60} s: ${idle.map((r) => `${r.impl} ${fmt(r.idleCpuPct, 3)} %`).join(", ")}.`,
  ``
]
console.log(lines.join("\n"))
