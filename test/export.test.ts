import { execFileSync, spawnSync } from "node:child_process"
import { readdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { parse } from "yaml"
import { makeCronEvaluator } from "../src/domain/cron.js"
import { cronFields } from "../src/domain/export/cron-fields.js"
import { onCalendar } from "../src/domain/export/systemd.js"
import { ROOT, runCli, tempDir } from "./support/cli.js"

const { nextN } = makeCronEvaluator()

const dir = tempDir("bot-cron-export-")
afterAll(() => dir.remove())
const example = join(ROOT, "examples", "config.json")
const hasSystemd = spawnSync("systemd-analyze", ["--version"]).status === 0

/** The instants systemd's calendar gives for the OnCalendar= lines, after `base` (ms), merged. */
const systemdInstants = (lines: ReadonlyArray<string>, base: number, n: number): Array<number> => {
  const got = new Set<number>()
  for (const line of lines) {
    const out = execFileSync("systemd-analyze", ["calendar", `--iterations=${n}`, `--base-time=@${base / 1000}`, line], {
      encoding: "utf8",
      env: { ...process.env, TZ: "UTC" }
    })
    for (const m of out.matchAll(/(?:Next elapse|Iter\. #\d+): \w+ (\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d) UTC/g)) {
      got.add(Date.parse(`${m[1]}T${m[2]}Z`))
    }
  }
  return [...got].sort((a, b) => a - b).slice(0, n)
}

describe.skipIf(!hasSystemd)("export systemd (checked with systemd-analyze)", () => {
  it("every unit exported from examples/config.json passes systemd-analyze verify", () => {
    const out = join(dir.path, "systemd")
    const run = runCli(["export", "systemd", "--config", example, "--out", out])
    expect(run.status).toBe(0)
    const units = readdirSync(out).map((f) => join(out, f))
    expect(units).toHaveLength(10)
    const verify = spawnSync("systemd-analyze", ["verify", ...units], { encoding: "utf8" })
    expect(verify.stderr).toBe("")
    expect(verify.status).toBe(0)
    const timer = readFileSync(join(out, "bot-cron-daily_standup.timer"), "utf8")
    expect(timer).toContain("OnCalendar=Mon,Tue,Wed,Thu,Fri *-*-* 09:00:00 America/New_York\nPersistent=true\nAccuracySec=1s\n")
    const service = readFileSync(join(out, "bot-cron-daily_standup.service"), "utf8")
    expect(service).toMatch(
      /^ExecStart=".*" ".*bot-cron\.js" "run-job" "daily_standup" "--local" "--config" ".*examples\/config\.json" "--state" ".*"$/m
    )
    expect(service).toContain("RuntimeMaxSec=660\n") // timeout 600 s, one attempt, and a minute
  })

  // expression, zone: systemd's calendar must give exactly `bot-cron next`'s instants
  const cases: ReadonlyArray<readonly [string, string]> = [
    ["0 9 * * MON-FRI", "America/New_York"],
    ["*/15 * * * *", "UTC"],
    ["0 */4 * * *", "Europe/Berlin"],
    ["30 2 1,15 * FRI", "UTC"], // both day fields: two OnCalendar= lines, either day
    ["0 0 1 */3 *", "Asia/Tokyo"],
    ["*/10 * * * * *", "UTC"],
    ["@weekly", "Australia/Sydney"],
    ["5-20/5 8-18 * JAN,JUL SUN", "UTC"],
    ["0 12 * * 0,7", "America/Sao_Paulo"]
  ]
  for (const [expression, zone] of cases) {
    it(`${expression} in ${zone}: the same 20 instants as bot-cron`, () => {
      const read = cronFields(expression)
      if ("problem" in read) throw new Error(read.problem)
      const base = Date.parse("2026-01-01T00:00:00Z")
      expect(systemdInstants(onCalendar(read.fields, zone), base, 20)).toEqual(nextN(expression, zone, base, 20))
    })
  }

  it("the documented difference: a fixed time in a DST gap is skipped by systemd, run at the jump by bot-cron", () => {
    const read = cronFields("30 2 * * *")
    if ("problem" in read) throw new Error(read.problem)
    const base = Date.parse("2026-03-07T12:00:00Z")
    const systemd = systemdInstants(onCalendar(read.fields, "America/New_York"), base, 3)
    const ours = nextN("30 2 * * *", "America/New_York", base, 3)
    // 2026-03-08 02:30 does not exist in New York: bot-cron runs at 03:00 EDT (07:00Z); systemd skips that day
    expect(ours.map((t) => new Date(t).toISOString())).toEqual([
      "2026-03-08T07:00:00.000Z",
      "2026-03-09T06:30:00.000Z",
      "2026-03-10T06:30:00.000Z"
    ])
    expect(systemd.map((t) => new Date(t).toISOString())).toEqual([
      "2026-03-09T06:30:00.000Z",
      "2026-03-10T06:30:00.000Z",
      "2026-03-11T06:30:00.000Z"
    ])
  })
})

describe("export loss reports and refusals", () => {
  const config = join(dir.path, "lossy.json")
  writeFileSync(
    config,
    JSON.stringify({
      schedules: {
        timezone: "UTC",
        notifications: { slack: { webhook_url: "https://hooks.slack.com/services/T0/B0/SECRETPART" } },
        jobs: [
          { name: "last_day", cron: "0 0 L * *", execution_mode: "python_script", script: "x.py" },
          { name: "seconds", cron: "*/10 * * * * *", execution_mode: "python_script", script: "x.py" },
          {
            name: "queued",
            cron: "30 2 * * *",
            timezone: "Europe/Berlin",
            execution_mode: "python_script",
            script: "x.py",
            overlap: "queue_one",
            jitter_seconds: 30,
            notify: ["slack"]
          },
          { name: "swap", cron: "0 * * * *", execution_mode: "python_script", script: "x.py", overlap: "replace", catch_up: "skip" },
          { name: "many", cron: "0 9 * * *", skill: "s", overlap: "allow", enabled: false, retry: { max_attempts: 3, delay_seconds: 60 } }
        ]
      }
    })
  )
  writeFileSync(join(dir.path, "x.py"), "print('x')\n")

  const report = (engine: string) => {
    const run = runCli(["export", engine, "--json", "--config", config, "--out", join(dir.path, engine)])
    expect(run.status).toBe(0)
    return new Map(
      (JSON.parse(run.stdout).jobs as Array<{ job: string; losses: Array<string>; refused: string | null }>).map((j) => [j.job, j])
    )
  }

  it("systemd: L is refused with the reason; DST, overlap and catch-up differences are reported per job", () => {
    const jobs = report("systemd")
    expect(jobs.get("last_day")?.refused).toBe("\"L\" (L, W and # have no equivalent) in \"0 0 L * *\" cannot be written for this engine")
    expect(jobs.get("seconds")?.refused).toBeNull()
    expect(jobs.get("queued")?.losses).toEqual(expect.arrayContaining([
      "DST: a fixed time that falls in a spring-forward gap in Europe/Berlin is skipped by systemd (bot-cron runs it at the jump)",
      "overlap \"queue_one\": systemd never starts a service that is still running, and does not queue or replace it (it acts like \"skip\")"
    ]))
    expect(jobs.get("swap")?.losses.some((l) => l.startsWith("overlap \"replace\""))).toBe(true)
    expect(jobs.get("many")?.losses).toContain("disabled in config: the timer is written but should not be enabled until the job is wanted")
    const timer = readFileSync(join(dir.path, "systemd", "bot-cron-queued.timer"), "utf8")
    expect(timer).toContain("RandomizedDelaySec=30\n")
    expect(readFileSync(join(dir.path, "systemd", "bot-cron-swap.timer"), "utf8")).toContain("Persistent=false\n")
    // three attempts of 600 s, delays of 60 and 120 s, and a minute
    expect(readFileSync(join(dir.path, "systemd", "bot-cron-many.service"), "utf8")).toContain("RuntimeMaxSec=2040\n")
  })

  it("kubernetes: six fields and L are refused; manifests validate against the API schema and carry every mapped field", async () => {
    const jobs = report("kubernetes")
    expect(jobs.get("last_day")?.refused).toMatch(/L, W and # have no equivalent/)
    expect(jobs.get("seconds")?.refused).toBe(
      "\"*/10 * * * * *\" has a seconds field; Kubernetes schedules are five fields (minutes at best)"
    )
    expect(jobs.get("queued")?.losses).toEqual(expect.arrayContaining([
      "overlap \"queue_one\": Kubernetes has no queue; concurrencyPolicy Forbid skips a run while one is going",
      "jitter_seconds (30): CronJobs have no random delay"
    ]))
    const { CronJob } = await import("kubernetes-models/batch/v1")
    const { ConfigMap } = await import("kubernetes-models/v1")
    const out = join(dir.path, "kubernetes")
    const files = readdirSync(out).sort()
    expect(files).toEqual(["bot-cron-many.yaml", "bot-cron-queued.yaml", "bot-cron-swap.yaml", "configmap.yaml"])
    const read = (f: string) => parse(readFileSync(join(out, f), "utf8"))
    for (const f of files.filter((f) => f !== "configmap.yaml")) new CronJob(read(f)).validate()
    new ConfigMap(read("configmap.yaml")).validate()
    expect(read("bot-cron-queued.yaml").spec).toMatchObject({
      schedule: "30 2 * * *",
      timeZone: "Europe/Berlin",
      concurrencyPolicy: "Forbid",
      startingDeadlineSeconds: 3600,
      suspend: false,
      jobTemplate: { spec: { backoffLimit: 0, activeDeadlineSeconds: 660 } }
    })
    expect(read("bot-cron-swap.yaml").spec).toMatchObject({ concurrencyPolicy: "Replace" })
    expect(read("bot-cron-swap.yaml").spec.startingDeadlineSeconds).toBeUndefined() // catch_up skip
    expect(read("bot-cron-many.yaml").spec).toMatchObject({ concurrencyPolicy: "Allow", suspend: true })
    const container = read("bot-cron-queued.yaml").spec.jobTemplate.spec.template.spec.containers[0]
    expect(container.args).toEqual([
      "run-job",
      "queued",
      "--local",
      "--config",
      "/etc/bot-cron/config.json",
      "--state",
      "/var/lib/bot-cron/cron_state.json"
    ])
    expect(container.env).toContainEqual({
      name: "BOT_CRON_SLACK_WEBHOOK_URL",
      valueFrom: { secretKeyRef: { name: "bot-cron-secrets", key: "BOT_CRON_SLACK_WEBHOOK_URL", optional: true } }
    })
    // the webhook URL is in no file: the pod's config names the Secret's variable instead
    for (const f of files) expect(readFileSync(join(out, f), "utf8")).not.toContain("SECRETPART")
    const podConfig = JSON.parse(read("configmap.yaml").data["config.json"])
    expect(podConfig.schedules.notifications.slack).toEqual({ webhook_url_env: "BOT_CRON_SLACK_WEBHOOK_URL", timeout_seconds: 10 })
    expect(podConfig.schedules.jobs.find((j: { name: string }) => j.name === "queued").script).toBe("scripts/x.py")
  })
})
