// Scheduler lateness, registration time, memory and idle CPU: bot-cron's real Scheduler
// (with an Executor that only records the dispatch instant) against croner's and
// node-cron's own schedulers and the issue's plain-JS reference design on the same jobs,
// one after another in one run.
// Usage: node scripts/bench.mjs scheduler [-- --quick]
import { Effect, Either, FiberMap, Layer, Logger, LogLevel, Option } from "effect"
import { spawnSync } from "node:child_process"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { performance } from "node:perf_hooks"
import { cronSchedule } from "../src/domain/cron-schedule.js"
import { makeCronEvaluator } from "../src/domain/cron.js"
import { MinHeap } from "../src/domain/heap.js"
import { parseConfig } from "../src/domain/parse-config.js"
import { accurateClockLayer } from "../src/layers/AccurateClock.js"
import { ActiveConfig } from "../src/layers/ActiveConfig.js"
import { Calendar } from "../src/layers/Calendar.js"
import { CronEvaluator } from "../src/layers/CronEvaluator.js"
import { Events } from "../src/layers/Events.js"
import { type Attempt, Executor } from "../src/layers/Executor.js"
import { Paths } from "../src/layers/Paths.js"
import { Runner } from "../src/layers/Runner.js"
import { Scheduler } from "../src/layers/Scheduler.js"
import { StateStore } from "../src/layers/StateStore.js"

/** how long each bench run lasts after its dispatch */
const RUN_MS = 100
// the expected instants and the plain-JS reference's: an evaluator of their own, not the Scheduler's
const { nextAfter } = makeCronEvaluator()
const ZONES = ["UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata"]
const quick = process.argv.includes("--quick")
/** the issue's reference design in plain JS (referenceScheduler): the floor the others sit on, from 1,000 jobs (--quick: 10,000) */
const REFERENCE = "min-heap"
/** The core's design with nothing else: see `effectFibers` */
const FLOOR = "effect-fibers"
/** the idle window (--quick: a smoke figure, well inside V8's start-up shrinking of the heap) */
const IDLE_S = quick ? 6 : 60
const caseArg = process.argv.find((a) => a.startsWith("--case="))?.slice(7)

interface Result {
  readonly impl: string
  readonly n: number
  readonly registerMs: number
  /** bot-cron: parsing and validating config.json's text, before registration */
  readonly decodeMs: number
  readonly rssMb: number
  readonly baseRssMb: number
  readonly p50: number
  readonly p99: number
  readonly max: number
  readonly fired: number
  readonly idleCpuPct: number
  readonly idleCpuPctHalves: readonly [number, number]
  readonly wakeupsPerMinute: number
  /** RSS at the end of the idle window, once V8 has given back what registration used */
  readonly settledRssMb: number
  readonly mode: Mode
}

const wallNow = () => performance.timeOrigin + performance.now()
const quantile = (xs: Array<number>, q: number) => xs[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? NaN
const rssMb = () => process.memoryUsage().rss / 1e6
const gc = () => (globalThis as { gc?: () => void }).gc?.()

type Mode = "fire" | "minute" | "idle"

/** Seconds from now to the first instant: time for the slowest registration (croner: ~2.5 s for 10,000 jobs). */
const leadSeconds = (impl: string, n: number) => {
  // one job: past the final-approach re-arm, as in the issue's figures
  if (n === 1) return quick ? 4 : 20
  if (!quick || n >= 100_000) return 4
  // --quick starts sooner where registration is fast, to stay under 2 minutes in all
  return n < 10_000 || impl === "bot-cron" || impl === REFERENCE ? 2 : impl === "node-cron" ? 3 : 4
}

/**
 * N jobs: "fire", each due at one of 5 consecutive seconds starting a few seconds from now (one job: ~20 s)
 * (N/5 per second); "minute", spread evenly over the 60 seconds after that (N/60 per second);
 * "idle", none due within the run.
 */
const makeJobs = (impl: string, n: number, startMs: number, mode: Mode) => {
  const base = Math.ceil(startMs / 1000) + leadSeconds(impl, n)
  const spread = mode === "minute" ? 60 : 5
  return Array.from({ length: n }, (_, i) => {
    const cron = mode === "idle" ? "0 0 0 1 1 *" : `${(base + (i % spread)) % 60} * * * * *`
    const zone = ZONES[i % ZONES.length] ?? "UTC"
    return { name: `job${i}`, cron, zone, expected: nextAfter(cron, zone, startMs) ?? 0 }
  })
}

// wake-ups: every timer callback that runs in this process (patched before any scheduler loads)
let wakeups = 0
const realSetTimeout = globalThis.setTimeout
const realSetInterval = globalThis.setInterval
globalThis.setTimeout =
  ((fn: (...a: Array<unknown>) => void, ms?: number, ...rest: Array<unknown>) =>
    realSetTimeout((...a: Array<unknown>) => (wakeups++, fn(...a)), ms, ...rest)) as typeof setTimeout
globalThis.setInterval =
  ((fn: (...a: Array<unknown>) => void, ms?: number, ...rest: Array<unknown>) =>
    realSetInterval((...a: Array<unknown>) => (wakeups++, fn(...a)), ms, ...rest)) as typeof setInterval

/** CPU and timer wake-ups over `ms`, in two halves: the first holds V8's one-off shrinking of the heap after registration. */
const measureIdle = async (ms: number) => {
  const half = async () => {
    const before = process.cpuUsage()
    const t = performance.now()
    await new Promise((r) => setTimeout(r, ms / 2))
    const used = process.cpuUsage(before)
    return { cpuMs: (used.user + used.system) / 1000, elapsed: performance.now() - t }
  }
  const w = wakeups
  const first = await half()
  const second = await half()
  const pct = (cpuMs: number, elapsed: number) => (cpuMs / elapsed) * 100
  const elapsed = first.elapsed + second.elapsed
  return {
    cpuPct: pct(first.cpuMs + second.cpuMs, elapsed),
    cpuPctHalves: [pct(first.cpuMs, first.elapsed), pct(second.cpuMs, second.elapsed)] as const,
    // the measuring timers themselves are two of the wake-ups counted
    wakeupsPerMinute: ((wakeups - w - 2) * 60_000) / elapsed
  }
}

/**
 * The issue's reference design in plain JS, as the floor any scheduler's lateness sits on
 * here: one timer over a binary min-heap of next instants (bot-cron's MinHeap), asleep
 * until ~1 s before the earliest and then re-armed for the remainder; at an instant it calls every due job's
 * callback before it computes any next instant (with bot-cron's nextAfter, memoised per
 * expression, zone and instant). No Effect, no runs, no events: what it lacks against
 * bot-cron's Scheduler is what a run costs.
 */
const referenceScheduler = <J extends { readonly cron: string; readonly zone: string }>(jobs: ReadonlyArray<J>, fire: (job: J) => void) => {
  // bot-cron's own heap (src/domain/heap.ts): instants, and the index of the job each belongs to
  const heap = new MinHeap<{ readonly at: number; readonly i: number }>()
  const place = (i: number, after: number) => {
    const at = nextAfter((jobs[i] as J).cron, (jobs[i] as J).zone, after)
    if (at !== undefined) heap.push({ at, i })
  }
  let timer: ReturnType<typeof setTimeout> | undefined
  const arm = () => {
    const first = heap.peek()
    if (first === undefined) return
    const wait = first.at - Date.now()
    timer = setTimeout(wake, wait > 1500 ? wait - 1000 : Math.max(0, wait))
  }
  const wake = () => {
    const now = Date.now()
    const due: Array<number> = []
    for (let e = heap.peek(); e !== undefined && e.at <= now; e = heap.peek()) {
      heap.pop()
      due.push(e.i)
    }
    for (const i of due) fire(jobs[i] as J)
    for (const i of due) place(i, now)
    arm()
  }
  const now = Date.now()
  jobs.forEach((_, i) => place(i, now))
  arm()
  return { stop: () => clearTimeout(timer) }
}

/**
 * The floor of the core's design: a FiberMap with one fiber per job, each running
 * `Effect.schedule` of a bare callback on the job's cron Schedule (bot-cron's cronSchedule and
 * nextAfter), on the daemon's live Clock. No switches, runs, events or state: what bot-cron
 * costs above it is what it does per job and per fire.
 */
const effectFibers = async <J extends { readonly name: string; readonly cron: string; readonly zone: string }>(
  jobs: ReadonlyArray<J>,
  fire: (job: J) => void
) => {
  const { Scope, Exit } = await import("effect")
  const scope = Effect.runSync(Scope.make())
  const map = Effect.runSync(Scope.extend(FiberMap.make<string>(), scope))
  const t = performance.now()
  await Effect.runPromise(
    Effect.forEach(
      jobs,
      (job) =>
        FiberMap.run(
          map,
          job.name,
          Effect.schedule(Effect.sync(() => fire(job)), cronSchedule((after) => nextAfter(job.cron, job.zone, after)))
        ),
      { discard: true }
    ).pipe(Effect.provide(accurateClockLayer))
  )
  return { registerMs: performance.now() - t, stop: () => Effect.runPromise(Scope.close(scope, Exit.void)) }
}

const runCase = async (impl: string, n: number, mode: Mode): Promise<Result> => {
  gc()
  const baseRssMb = rssMb()
  const start = wallNow()
  const idle = mode === "idle"
  const jobs = makeJobs(impl, n, start, mode)
  const lateness: Array<number> = []
  const expectedOf = new Map(jobs.map((j) => [j.name, j.expected]))
  const record = (name: string) => {
    const expected = expectedOf.get(name) ?? 0
    // each job's first fire only: a minute-wide case waits long enough for some to fire again
    if (expectedOf.delete(name)) lateness.push(wallNow() - expected)
  }
  let registerMs = 0
  let decodeMs = NaN
  let stop: () => Promise<void> = async () => undefined

  if (impl === "croner") {
    const { Cron } = await import("croner")
    const t = performance.now()
    const crons = jobs.map((j) => new Cron(j.cron, { timezone: j.zone }, () => void record(j.name)))
    registerMs = performance.now() - t
    stop = async () => crons.forEach((c) => c.stop())
  } else if (impl === "min-heap") {
    const t = performance.now()
    const reference = referenceScheduler(jobs, (j) => void record(j.name))
    registerMs = performance.now() - t
    stop = async () => reference.stop()
  } else if (impl === FLOOR) {
    const floor = await effectFibers(jobs, (j) => void record(j.name))
    registerMs = floor.registerMs
    stop = floor.stop
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
    // the daemon's own path: config.json's text, parsed and validated (timed apart from registration)
    const text = JSON.stringify({
      schedules: {
        timezone: "UTC",
        jobs: jobs.map((j) => ({ name: j.name, cron: j.cron, timezone: j.zone, skill: `bench-${j.name}`, overlap: "allow" }))
      }
    })
    const decodeStarted = performance.now()
    const parsed = parseConfig(text, join(dir, "config.json"))
    decodeMs = performance.now() - decodeStarted
    if (Either.isLeft(parsed)) throw new Error(parsed.left.message)
    const config = parsed.right
    // records the dispatch instant when the scheduler starts the attempt (where the real
    // Executor spawns), then ends like a short job: no executor ends a run synchronously
    const start = (attempt: Attempt) =>
      Effect.suspend(() => {
        record(attempt.job.name)
        return Effect.as(
          Effect.sleep(RUN_MS),
          { status: "success", exitCode: 0, outputPreview: "", error: null, logFile: "/dev/null" } as const
        )
      })
    const recorder = Layer.succeed(Executor, Executor.of({ start }))
    const paths = Paths.layer({ config: Option.some(join(dir, "config.json")), state: Option.some(join(dir, "state.json")) })
    const layer = Scheduler.layer.pipe(
      Layer.provideMerge(Runner.layer),
      Layer.provideMerge(
        Layer.mergeAll(StateStore.layer, Events.layer, ActiveConfig.fixed(config), CronEvaluator.layer, recorder).pipe(
          Layer.provideMerge(Layer.merge(Calendar.layer, paths))
        )
      )
    )
    const { Context, Scope, Exit } = await import("effect")
    const scope = Effect.runSync(Scope.make())
    // the layer lives in our scope until stop(): the dispatcher runs in it
    const context = await Effect.runPromise(Layer.buildWithScope(layer, scope).pipe(Logger.withMinimumLogLevel(LogLevel.Warning)))
    const scheduler = Context.get(context, Scheduler)
    const t = performance.now()
    // the daemon's live Clock (main.ts installs it): the job fibers reconcile forks keep it
    await Effect.runPromise(Effect.provide(scheduler.reconcile, accurateClockLayer))
    registerMs = performance.now() - t
    stop = () => Effect.runPromise(Scope.close(scope, Exit.void)).then(() => rmSync(dir, { recursive: true, force: true }))
  }

  gc()
  const registeredRss = rssMb()
  let idleCpuPct = NaN
  let idleCpuPctHalves: readonly [number, number] = [NaN, NaN]
  let wakeupsPerMinute = NaN
  let settledRssMb = NaN
  if (idle) {
    ;({ cpuPct: idleCpuPct, cpuPctHalves: idleCpuPctHalves, wakeupsPerMinute } = await measureIdle(IDLE_S * 1000))
    settledRssMb = rssMb()
  } else {
    const deadline = Date.now() + (mode === "minute" ? 72_000 : n === 1 ? 30_000 : 12_000)
    while (lateness.length < n && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200))
  }
  await stop()
  lateness.sort((a, b) => a - b)
  return {
    impl,
    n,
    registerMs,
    decodeMs,
    rssMb: registeredRss,
    baseRssMb,
    p50: quantile(lateness, 0.5),
    p99: quantile(lateness, 0.99),
    max: lateness.at(-1) ?? NaN,
    fired: lateness.length,
    idleCpuPct,
    idleCpuPctHalves,
    wakeupsPerMinute,
    settledRssMb,
    mode
  }
}

if (caseArg !== undefined) {
  const [impl = "bot-cron", n = "1", mode = "fire"] = caseArg.split(":")
  const result = await runCase(impl, Number(n), mode as Mode)
  console.log(JSON.stringify(result))
  process.exit(0)
}

// the parent: every case in its own process, so memory figures are not mixed
const IMPLS = ["bot-cron", "croner", "node-cron"]
// croner and node-cron take minutes (and gigabytes) to register 100,000 jobs: not run there
const cases = [
  ...(quick ? [1, 1000, 10_000] : [1, 1000, 10_000, 100_000]).flatMap((n) =>
    [...IMPLS, ...(n >= (quick ? 10_000 : 1000) ? [REFERENCE] : []), ...(n >= 1000 ? [FLOOR] : [])]
      .filter((impl) => n < 100_000 || impl === "bot-cron" || impl === REFERENCE || impl === FLOOR)
      .map((impl) => ({ impl, n, mode: "fire" as Mode }))
  ),
  ...(quick ? [] : IMPLS.map((impl) => ({ impl, n: 10_000, mode: "minute" as Mode })))
]
const args = (
  impl: string,
  n: number,
  mode: Mode
) => ["--expose-gc", process.argv[1] ?? "", `--case=${impl}:${n}:${mode}`, ...(quick ? ["--quick"] : [])]
const parse = (impl: string, n: number, stdout: string, stderr: string): Result => {
  const line = stdout.trim().split("\n").at(-1) ?? ""
  try {
    return JSON.parse(line) as Result
  } catch {
    throw new Error(`${impl} ${n}: ${stderr.slice(-500)}`)
  }
}
const run = (impl: string, n: number, mode: Mode): Result => {
  const child = spawnSync(process.execPath, args(impl, n, mode), { encoding: "utf8", maxBuffer: 64 * 1024 * 1024, timeout: 5 * 60_000 })
  return parse(impl, n, child.stdout, child.stderr)
}
const results: Array<Result> = []
for (const { impl, n, mode } of cases) {
  const r = run(impl, n, mode)
  results.push(r)
  console.error(
    `${impl} n=${n} ${mode}: p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms, max ${
      r.max.toFixed(1)
    } ms (${r.fired}/${n} fired), register ${r.registerMs.toFixed(0)} ms, RSS ${r.rssMb.toFixed(0)} MB`
  )
}
// idle cases one after another, as the fire cases: side by side, croner's CPU disturbed the others'
const idleN = 10_000
const idle = IMPLS.map((impl) => run(impl, idleN, "idle"))
for (const r of idle) {
  console.error(
    `${r.impl} idle with ${idleN} jobs: ${r.idleCpuPct.toFixed(3)} % CPU (halves ${
      r.idleCpuPctHalves.map((x) => x.toFixed(3)).join(", ")
    }), ${r.wakeupsPerMinute.toFixed(1)} wake-ups a minute, RSS ${r.rssMb.toFixed(0)} -> ${r.settledRssMb.toFixed(0)} MB`
  )
}

const fmt = (x: number | undefined, d = 1) => (x !== undefined && Number.isFinite(x) ? x.toFixed(d) : "–")
const get = (impl: string, n: number, mode: Mode = "fire") => results.find((r) => r.impl === impl && r.n === n && r.mode === mode)
const ms = (
  x: number | undefined
) => (x === undefined || !Number.isFinite(x) ? "–" : x >= 1000 ? `${(x / 1000).toFixed(1)} s` : `${x.toFixed(x < 10 ? 1 : 0)} ms`)
const mb = (r: Result | undefined) => (r === undefined ? "–" : `${r.rssMb.toFixed(0)} MB`)
const perJob = (
  r: Result | undefined
) => (r === undefined || r.n < 1000 ? "–" : `${(((r.rssMb - r.baseRssMb) * 1e6) / r.n / 1024).toFixed(1)} KB`)
const idleOf = (impl: string) => idle.find((r) => r.impl === impl)
const b = (n: number) => get("bot-cron", n)
const ref = (n: number) => get(REFERENCE, n)
const lines = [
  `## Scheduler: the issue's table, with bot-cron's column from this run`,
  ``,
  `The first four columns are the figures the performance issue was filed with (medians of 3 runs there); the last is this run's. Lateness is from the scheduled instant to the dispatch; jobs spread over 5 consecutive seconds (N/5 due in each second).`,
  ``,
  `| | croner 11 (one Cron per job) | node-cron 4 | APScheduler 3.9 (Python) | one timer over a min-heap (plain JS) | the same design, this run | bot-cron (this run) |`,
  `| --- | --- | --- | --- | --- | --- | --- |`,
  `| p99 lateness, 1 job due ~20 s after start${quick ? " (--quick: ~4 s)" : ""} | 24 ms | 23 ms | 2.1 ms | 2.1 ms | – | ${
    ms(b(1)?.p99)
  } |`,
  `| p99 lateness, 1,000 jobs | 74 ms [68–108] | 56 ms [55–92] | 74 ms | 4.3 ms | ${ms(ref(1000)?.p99)} | ${ms(b(1000)?.p99)} |`,
  `| p99 lateness, 10,000 jobs | 627 ms [441–650] | 327 ms [237–340] | 784 ms [777–906] | 11.8 ms [9.3–12.9] | ${ms(ref(10_000)?.p99)} | ${
    ms(b(10_000)?.p99)
  } |`,
  `| p99 lateness, 100,000 jobs | 22 s | 5.6 s | 18.9 s | 34.5 ms [28–42] | ${ms(ref(100_000)?.p99)} | ${ms(b(100_000)?.p99)} |`,
  `| register 10,000 / 100,000 jobs | 4.4 s / 76 s | 1.8 s / 10.9 s | 1.8 s / 20 s | 68–88 ms / 280 ms | ${ms(ref(10_000)?.registerMs)} / ${
    ms(ref(100_000)?.registerMs)
  } | ${ms(b(10_000)?.registerMs)} / ${ms(b(100_000)?.registerMs)} (after config.json's text is parsed and validated: ${
    ms(b(10_000)?.decodeMs)
  } / ${ms(b(100_000)?.decodeMs)}) |`,
  `| RSS at 10,000 / 100,000 jobs | 899 MB / 8.3 GB | 134 MB / 488 MB | 64 MB / 366 MB | 61 MB / 90 MB | ${mb(ref(10_000))} / ${
    mb(ref(100_000))
  } | ${mb(b(10_000))} / ${mb(b(100_000))} |`,
  `| idle CPU over ${IDLE_S} s, 10,000 jobs, none due | 7.4 % | 0.57 % | 0 % | 0.08 % | – | ${fmt(idleOf("bot-cron")?.idleCpuPct, 3)} % |`,
  ``,
  `"The same design, this run" is that design measured here, set up as bot-cron's column is (\`referenceScheduler\` in bench/scheduler.ts: a bare callback per job, next instants from bot-cron's nextAfter). Its RSS includes the harness: ${
    fmt(ref(10_000)?.baseRssMb, 0)
  } MB before any job.`,
  ``,
  `## Scheduler: side by side in this run`,
  ``,
  `bot-cron: config.json's text parsed and validated by the daemon's own parseConfig (its time is the "decode ms" column, not part of "register ms", which is the Scheduler taking the decoded jobs), then the real Scheduler and Runner in-process, with an Executor that records the instant the scheduler starts the attempt (where the real one spawns) and ends the run 100 ms later; croner and node-cron: their own schedulers, the instant their callback runs; ${FLOOR}: the core's design with nothing else, a FiberMap of one fiber per job running \`Effect.schedule\` of a bare callback on the job's cron Schedule (\`effectFibers\` in bench/scheduler.ts), the floor bot-cron's Scheduler stands on. Same jobs: 6-field expressions, zones in rotation (UTC, Europe/Berlin, America/New_York, Asia/Kolkata). Each case in its own process, one after another.${
    quick ? ` (--quick: no 100,000 or minute-wide cases; idle CPU over ${IDLE_S} s)` : ""
  }`,
  ``,
  `| scheduler | N | spread | p50 ms | p99 ms | max ms | fired | decode ms | register ms | RSS MB | per job over empty |`,
  `| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |`,
  ...results.map(
    (r) =>
      `| ${r.impl} | ${r.n.toLocaleString("en")} | ${r.mode === "minute" ? "60 s" : "5 s"} | ${fmt(r.p50)} | ${fmt(r.p99)} | ${
        fmt(r.max)
      } | ${r.fired}/${r.n} | ${fmt(r.decodeMs, 0)} | ${fmt(r.registerMs, 0)} | ${fmt(r.rssMb, 0)} | ${perJob(r)} |`
  ),
  ``,
  `Ratios (croner or node-cron / bot-cron, higher is better for bot-cron):`,
  ``,
  ...([[1000, "fire"], [10_000, "fire"], [10_000, "minute"]] as const).flatMap(([n, mode]) => {
    const mine = get("bot-cron", n, mode)
    if (mine === undefined) return []
    const ratio = (impl: string, key: "p99" | "registerMs") => fmt((get(impl, n, mode)?.[key] ?? NaN) / mine[key])
    const reference = get(REFERENCE, n, mode)
    const floor = (impl: string) => fmt((get(impl, n, mode)?.p99 ?? NaN) / (reference?.p99 ?? NaN))
    const fibers = get(FLOOR, n, mode)
    return [
      `- N = ${n.toLocaleString("en")}, ${mode === "minute" ? "60 s" : "5 s"} spread: p99 lateness croner ${
        ratio("croner", "p99")
      }×, node-cron ${ratio("node-cron", "p99")}×; registration croner ${ratio("croner", "registerMs")}×, node-cron ${
        ratio("node-cron", "registerMs")
      }×${
        reference === undefined
          ? ""
          : `. The plain-JS min-heap's p99 against the same: croner ${floor("croner")}×, node-cron ${
            floor("node-cron")
          }×; bot-cron's p99 is ${fmt(mine.p99 / reference.p99, 2)}× its`
      }${
        fibers === undefined
          ? ""
          : `. The design's floor (${FLOOR}): p99 ${ms(fibers.p99)}, registration ${ms(fibers.registerMs)}; bot-cron's are ${
            fmt(mine.p99 / fibers.p99, 2)
          }× and ${fmt(mine.registerMs / fibers.registerMs, 2)}× those`
      }`
    ]
  }),
  ``,
  `Idle with ${
    idleN.toLocaleString("en")
  } jobs and none due, over ${IDLE_S} s from the end of registration (the CPU of each half in brackets: ${
    quick ? "too short to see" : "the first or second holds"
  } V8's one-off shrinking of the heap registration grew, ~30 s after it), and the RSS right after registration and at the end of that window, with bytes per job over the same process before it registered anything:`,
  ``,
  `| scheduler | idle CPU % [first half, second half] | timer wake-ups a minute | RSS after registration | RSS after ${IDLE_S} s idle | per job, settled |`,
  `| --- | ---: | ---: | ---: | ---: | ---: |`,
  ...idle.map(
    (r) =>
      `| ${r.impl} | ${fmt(r.idleCpuPct, 3)} [${fmt(r.idleCpuPctHalves[0], 3)}, ${fmt(r.idleCpuPctHalves[1], 3)}] | ${
        fmt(r.wakeupsPerMinute)
      } | ${fmt(r.rssMb, 0)} MB | ${fmt(r.settledRssMb, 0)} MB | ${fmt(((r.settledRssMb - r.baseRssMb) * 1e6) / r.n / 1024)} KB |`
  ),
  ``
]
console.log(lines.join("\n"))
