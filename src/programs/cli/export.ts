import { Command, Options } from "@effect/cli"
import { Console, Effect } from "effect"
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { basename, isAbsolute, join, relative, resolve } from "node:path"
import { stringify } from "yaml"
import { type ConfigFile, resolveJobs } from "../../domain/config.js"
import { UnknownJob } from "../../domain/errors.js"
import { CONFIGMAP, cronJobFor, type KubernetesJob, SECRET, secretVariables } from "../../domain/export/kubernetes.js"
import { type JobExport, systemdUnits } from "../../domain/export/systemd.js"
import { ConfigService } from "../../layers/ConfigService.js"
import { Paths } from "../../layers/Paths.js"
import { VERSION } from "../../version.js"
import { reportErrors } from "./exit.js"
import { configOption, filesLayer, jsonOption, stateOption } from "./options.js"

const jobsOption = Options.text("job").pipe(
  Options.withDescription("only this job (repeat for more); default: every job"),
  Options.repeated
)
const outOption = (engine: string) =>
  Options.text("out").pipe(
    Options.withDescription(`the folder to write the files into (default: ./bot-cron-${engine}); it is created if missing`),
    Options.withDefault(`bot-cron-${engine}`)
  )

interface Report {
  readonly job: string
  readonly files: ReadonlyArray<string>
  readonly losses: ReadonlyArray<string>
  readonly refused: string | null
}

const pick = (config: ConfigFile, names: ReadonlyArray<string>) =>
  Effect.gen(function*() {
    const jobs = resolveJobs(config.schedules)
    for (const name of names) {
      if (!jobs.some((j) => j.name === name)) return yield* new UnknownJob({ job: name, known: jobs.map((j) => j.name) })
    }
    return names.length === 0 ? jobs : jobs.filter((j) => names.includes(j.name))
  })

const printReports = (reports: ReadonlyArray<Report>, out: string, json: boolean, footer: ReadonlyArray<string>) =>
  json
    ? Console.log(JSON.stringify({ out, jobs: reports, notes: footer }, null, 2))
    : Console.log(
      [
        ...reports.flatMap((r) => [
          r.refused === null ? `${r.job}: ${r.files.join(", ")}` : `${r.job}: NOT EXPORTED: ${r.refused}`,
          ...r.losses.map((l) => `  - ${l}`)
        ]),
        ...footer
      ].join("\n")
    )

const write = (out: string, name: string, text: string) => {
  mkdirSync(out, { recursive: true })
  writeFileSync(join(out, name), text)
}

const systemdCommand = Command.make(
  "systemd",
  { job: jobsOption, out: outOption("systemd"), json: jsonOption, config: configOption, state: stateOption },
  (flags) =>
    Effect.gen(function*() {
      const configService = yield* ConfigService
      const config = yield* configService.load
      const paths = yield* Paths
      const target = {
        node: process.execPath,
        bin: resolve(process.argv[1] ?? "bot-cron"),
        config: resolve(configService.path),
        state: resolve(paths.state)
      }
      const exported: ReadonlyArray<JobExport> = (yield* pick(config, flags.job)).map((job) => systemdUnits(job, target))
      for (const e of exported) for (const f of e.files) write(flags.out, f.name, f.text)
      const timers = exported.filter((e) => e.refused === undefined).map((e) => `bot-cron-${e.job}.timer`)
      yield* printReports(
        exported.map((e) => ({ job: e.job, files: e.files.map((f) => f.name), losses: e.losses, refused: e.refused ?? null })),
        flags.out,
        flags.json,
        flags.json ? [] : [
          "",
          `Install: cp ${join(flags.out, "*")} ~/.config/systemd/user/ && systemctl --user daemon-reload`,
          `Start:   systemctl --user enable --now ${timers.join(" ") || "…"}`,
          "Check:   systemctl --user list-timers 'bot-cron-*'; journalctl --user -u 'bot-cron-*'"
        ]
      )
    }).pipe(reportErrors, Effect.provide(filesLayer(flags)))
).pipe(Command.withDescription("Write a .service and a .timer per job (run-job --local under systemd), and say what systemd cannot carry"))

/** config.json as the pod reads it: secrets as references to the Secret, files it needs beside it. */
const podConfig = (config: ConfigFile, configDir: string, jobs: ReadonlyArray<{ readonly name: string }>) => {
  const notes: Array<string> = []
  const files: Array<{ readonly key: string; readonly path: string; readonly text: string }> = []
  const schedules = JSON.parse(JSON.stringify(config.schedules)) as Record<string, unknown> & {
    notifications: Record<string, Record<string, unknown> | undefined>
    jobs: Array<Record<string, unknown>>
    skills_dir: string
  }
  const slack = schedules.notifications["slack"]
  if (slack !== undefined) {
    if (slack["webhook_url"] !== undefined || slack["webhook_url_file"] !== undefined || slack["webhook_url_env"] === undefined) {
      delete slack["webhook_url"]
      delete slack["webhook_url_file"]
      slack["webhook_url_env"] = "BOT_CRON_SLACK_WEBHOOK_URL"
      notes.push(`slack: the webhook URL is read from Secret ${SECRET}, key BOT_CRON_SLACK_WEBHOOK_URL (never written into the manifests)`)
    }
  }
  const email = schedules.notifications["email"]
  if (email?.["password_file"] !== undefined) {
    delete email["password_file"]
    email["password_env"] = "BOT_CRON_SMTP_PASSWORD"
    notes.push(`email: the SMTP password is read from Secret ${SECRET}, key BOT_CRON_SMTP_PASSWORD`)
  }
  // the skills and scripts the jobs use, carried in the ConfigMap beside config.json
  const skillsDir = resolve(configDir, config.schedules.skills_dir)
  if (existsSync(skillsDir)) {
    for (const f of readdirSync(skillsDir).filter((f) => /\.ya?ml$/.test(f))) {
      files.push({ key: `skill--${f}`, path: `skills/${f}`, text: readFileSync(join(skillsDir, f), "utf8") })
    }
  }
  schedules.skills_dir = "skills"
  schedules.jobs = schedules.jobs.filter((j) => jobs.some((k) => k.name === j["name"]))
  for (const j of schedules.jobs) {
    const script = j["script"]
    if (typeof script !== "string") continue
    const full = isAbsolute(script) ? script : resolve(configDir, script)
    const inside = relative(configDir, full)
    if (inside.startsWith("..") || isAbsolute(inside) || !existsSync(full)) {
      notes.push(`${String(j["name"])}: its script ${script} is outside config.json's folder (or missing): build it into the image`)
      continue
    }
    const path = `scripts/${basename(full)}`
    files.push({ key: `script--${basename(full)}`, path, text: readFileSync(full, "utf8") })
    j["script"] = path
  }
  return { text: `${JSON.stringify({ ...config, schedules }, null, 2)}\n`, files, notes }
}

const imageOption = Options.text("image").pipe(
  Options.withDescription(`the container image the CronJobs run, built from the repository's Containerfile (default: bot-cron:${VERSION})`),
  Options.withDefault(`bot-cron:${VERSION}`)
)

const kubernetesCommand = Command.make(
  "kubernetes",
  { job: jobsOption, out: outOption("kubernetes"), image: imageOption, json: jsonOption, config: configOption, state: stateOption },
  (flags) =>
    Effect.gen(function*() {
      const configService = yield* ConfigService
      const config = yield* configService.load
      const configDir = resolve(configService.path, "..")
      const jobs = yield* pick(config, flags.job)
      const exported: ReadonlyArray<KubernetesJob> = jobs.map((job) => cronJobFor(config, job, flags.image))
      const carried = podConfig(config, configDir, jobs)
      const configMap = {
        apiVersion: "v1",
        kind: "ConfigMap",
        metadata: { name: CONFIGMAP, labels: { "app.kubernetes.io/name": "bot-cron" } },
        data: { "config.json": carried.text, ...Object.fromEntries(carried.files.map((f) => [f.key, f.text])) }
      }
      write(flags.out, "configmap.yaml", stringify(configMap, { lineWidth: 0 }))
      const items = [{ key: "config.json", path: "config.json" }, ...carried.files.map((f) => ({ key: f.key, path: f.path }))]
      for (const e of exported) {
        if (e.cronJob === undefined) continue
        // the ConfigMap's keys go to their paths (skills/…, scripts/…) under the config folder
        const spec = e.cronJob["spec"] as { jobTemplate: { spec: { template: { spec: { volumes: Array<Record<string, unknown>> } } } } }
        spec.jobTemplate.spec.template.spec.volumes[0] = { name: "config", configMap: { name: CONFIGMAP, items } }
        write(flags.out, `${e.name}.yaml`, stringify(e.cronJob, { lineWidth: 0 }))
      }
      const keys = [...new Set(jobs.flatMap((j) => secretVariables(config, j)))]
      const size = Buffer.byteLength(JSON.stringify(configMap.data))
      yield* printReports(
        exported.map((e) => ({
          job: e.job,
          files: e.cronJob === undefined ? [] : [`${e.name}.yaml`],
          losses: e.losses,
          refused: e.refused ?? null
        })),
        flags.out,
        flags.json,
        [
          "",
          `configmap.yaml: config.json${carried.files.length === 0 ? "" : ` and ${carried.files.length} file(s) it uses`} (${size} bytes)`,
          ...(size > 1_000_000 ? ["  - over the 1 MiB a ConfigMap may hold: move the skills and scripts into the image"] : []),
          ...carried.notes.map((n) => `  - ${n}`),
          `Secret (create it yourself; no value is in these files): kubectl create secret generic ${SECRET} ${
            keys.map((k) => `--from-literal=${k}=…`).join(" ")
          }`,
          `Image: build the repository's Containerfile as ${flags.image}, then kubectl apply -f ${flags.out}`
        ]
      )
    }).pipe(reportErrors, Effect.provide(filesLayer(flags)))
).pipe(
  Command.withDescription(
    "Write a batch/v1 CronJob per job and a ConfigMap with config.json (secrets as Secret references), and say what Kubernetes cannot carry"
  )
)

export const exportCommand = Command.make("export").pipe(
  Command.withDescription("Hand the schedule to an engine built for shared infrastructure: systemd timers or Kubernetes CronJobs"),
  Command.withSubcommands([systemdCommand, kubernetesCommand])
)
