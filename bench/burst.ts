// 1,000 jobs with 100 due in the same second, each starting a real process: lateness from the
// scheduled instant to the child running, in the whole built daemon, against a bare Node process
// spawning the same 100 children one after another at an instant. The child is a tiny C program
// that prints the wall-clock time it started running (so both sides measure the same thing).
// Usage: node scripts/bench.mjs burst [-- --quick]
import { spawn, spawnSync } from "node:child_process"
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"

const DUE = 100
const TOTAL = 1000
const dir = mkdtempSync(join(tmpdir(), "bot-cron-bench-burst-"))
writeFileSync(
  join(dir, "stamp.c"),
  "#include <stdio.h>\n#include <time.h>\nint main(void){struct timespec t;clock_gettime(CLOCK_REALTIME,&t);" +
    "printf(\"STAMP %lld\\n\",(long long)t.tv_sec*1000000000LL+t.tv_nsec);return 0;}\n"
)
if (spawnSync("cc", ["-O2", "-o", join(dir, "stamp"), join(dir, "stamp.c")]).status !== 0) throw new Error("no C compiler")
const stamp = join(dir, "stamp")

const pct = (xs: Array<number>, p: number) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN
}
const summary = (xs: Array<number>) => ({ p50: pct(xs, 50), p99: pct(xs, 99), max: Math.max(...xs), n: xs.length })

/** bot-cron: the built daemon with TOTAL jobs, `due` of them at second `at` (ms, whole second). */
const daemonRun = async (at: number, due: number) => {
  const d = new Date(at)
  const dueCron = `${d.getUTCSeconds()} ${d.getUTCMinutes()} ${d.getUTCHours()} * * *`
  const jobs = Array.from({ length: TOTAL }, (_, i) => ({
    name: `j${i}`,
    cron: i < due ? dueCron : `0 0 ${1 + (i % 28)} ${1 + (i % 12)} *`,
    execution_mode: "python_script",
    script: "unused",
    overlap: "allow"
  }))
  writeFileSync(join(dir, "config.json"), JSON.stringify({ schedules: { timezone: "UTC", python: { command: stamp }, jobs } }))
  const child = spawn(process.execPath, [
    join(process.cwd(), "dist", "bot-cron.js"),
    "daemon",
    "--no-dbus",
    "--config",
    join(dir, "config.json"),
    "--state",
    join(dir, `state-${at}`, "cron_state.json")
  ], { stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, JOURNAL_STREAM: "" } })
  let err = ""
  child.stderr.on("data", (b: Buffer) => (err += b.toString()))
  await new Promise<void>((resolve) => {
    const check = setInterval(() => {
      if ((err.match(/succeeded in/g) ?? []).length >= due) {
        clearInterval(check)
        resolve()
      }
    }, 100)
  })
  child.kill("SIGTERM")
  await new Promise((resolve) => child.once("exit", resolve))
  const logs = join(dir, `state-${at}`, "cron_logs")
  return readdirSync(logs).flatMap((f) => {
    const m = /STAMP (\d+)/.exec(readFileSync(join(logs, f), "utf8"))
    return m === null ? [] : [Number(BigInt(m[1] ?? "0") / 1000n) / 1000 - at]
  })
}

/** bare Node: at the instant, spawn `due` children one after another; each child's own start stamp. */
const bareRun = async (at: number, due: number) => {
  await new Promise((resolve) => setTimeout(resolve, at - Date.now()))
  while (Date.now() < at) { /* the last ms */ }
  const outs: Array<Promise<string>> = []
  for (let i = 0; i < due; i++) {
    const c = spawn(stamp, [], { detached: true, stdio: ["pipe", "pipe", "pipe"] })
    c.stdin.end()
    outs.push(
      new Promise((resolve) => {
        let s = ""
        c.stdout.on("data", (b: Buffer) => (s += b.toString()))
        c.once("close", () => resolve(s))
      })
    )
  }
  return (await Promise.all(outs)).map((s) => Number(BigInt(/STAMP (\d+)/.exec(s)?.[1] ?? "0") / 1000n) / 1000 - at)
}

const nextSecond = (ahead: number) => Math.ceil((Date.now() + ahead) / 1000) * 1000
const bare = summary(await bareRun(nextSecond(1000), DUE))
const ours = summary(await daemonRun(nextSecond(10_000), DUE))
// one job due alone, three times: what every run of a small schedule sees
const single = { bare: [] as Array<number>, ours: [] as Array<number> }
for (let i = 0; i < 3; i++) {
  single.bare.push(...(await bareRun(nextSecond(1000), 1)))
  single.ours.push(...(await daemonRun(nextSecond(10_000), 1)))
}
rmSync(dir, { recursive: true, force: true })
const f = (n: number) => n.toFixed(1)
console.log(`## A burst: 100 of 1,000 jobs due in one second, each starting a process

The built daemon (\`--no-dbus\`) with ${TOTAL} jobs, ${DUE} of them due in the same second, each running a tiny C program that prints the wall-clock time it started; against a bare Node process spawning the same ${DUE} children one after another at an instant. Lateness: from the instant to the child running. One run each, in ms.

| | p50 | p99 | max | children |
| --- | ---: | ---: | ---: | ---: |
| bare Node, ${DUE} spawns in a row | ${f(bare.p50)} | ${f(bare.p99)} | ${f(bare.max)} | ${bare.n} |
| bot-cron daemon | ${f(ours.p50)} | ${f(ours.p99)} | ${f(ours.max)} | ${ours.n} |

bot-cron's p99 is ${
  (ours.p99 / bare.p99).toFixed(2)
}× the bare spawns' (the target is at most 1.5×). The bare side varies by 2× from run to run on this shared machine.

One job due alone (of the same 1,000), three times, instant to child running in ms: bot-cron ${
  single.ours.map(f).join(", ")
}; a bare Node spawn ${
  single.bare.map(f).join(", ")
}. The daemon writes the run into the state file's \`in_flight\` before its process starts, so that a daemon killed meanwhile is followed by one that ends and records the run.`)
