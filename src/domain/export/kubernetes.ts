import type { ConfigFile, ResolvedJob } from "../config.js"
import { cronFields, cronTexts } from "./cron-fields.js"
import { runBound } from "./systemd.js"

/** Where the container finds config.json (a ConfigMap) and keeps its state (the pod's own, per run). */
export const CONFIG_DIR = "/etc/bot-cron"
export const STATE_PATH = "/var/lib/bot-cron/cron_state.json"
export const CONFIGMAP = "bot-cron-config"
/** The Secret the user creates: every secret is a reference to one of its keys, never a value. */
export const SECRET = "bot-cron-secrets"

/** A Kubernetes object name: lowercase letters, digits and '-', short enough for the Jobs a CronJob makes. */
export const resourceName = (job: string): string =>
  `bot-cron-${job.toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/^-+|-+$/g, "")}`.slice(0, 52).replace(/-+$/, "")

export interface KubernetesJob {
  readonly job: string
  readonly name: string
  /** the CronJob, as plain JSON */
  readonly cronJob?: Record<string, unknown>
  readonly losses: ReadonlyArray<string>
  readonly refused?: string
}

/** The expression in the form Kubernetes' cron parser takes (five fields, no L/W/#), or why not. */
const kubernetesSchedule = (expression: string): { readonly schedule: string } | { readonly problem: string } => {
  const texts = cronTexts(expression)
  if (texts.length === 6) return { problem: `"${expression}" has a seconds field; Kubernetes schedules are five fields (minutes at best)` }
  const read = cronFields(expression)
  if ("problem" in read) return read
  return { schedule: expression.trim() }
}

const CONCURRENCY: Record<ResolvedJob["overlap"], string> = { skip: "Forbid", allow: "Allow", replace: "Replace", queue_one: "Forbid" }

/** The environment variables a job's container takes from the Secret: what config names, and the Claude CLI's credentials. */
export const secretVariables = (config: ConfigFile, job: ResolvedJob): ReadonlyArray<string> => {
  const n = config.schedules.notifications
  return [
    ...(n.slack === undefined ? [] : [n.slack.webhook_url_env ?? "BOT_CRON_SLACK_WEBHOOK_URL"]),
    ...(n.email?.password_env === undefined ? [] : [n.email.password_env]),
    ...(job.mode === "claude_cli" ? ["ANTHROPIC_API_KEY", "CLAUDE_CODE_OAUTH_TOKEN"] : [])
  ]
}

/** A job as a batch/v1 CronJob running `bot-cron run-job JOB --local` in the image the Containerfile builds. */
export const cronJobFor = (config: ConfigFile, job: ResolvedJob, image: string): KubernetesJob => {
  const name = resourceName(job.name)
  const schedule = kubernetesSchedule(job.cron)
  if ("problem" in schedule) return { job: job.name, name, losses: [], refused: schedule.problem }
  const deadline = runBound(job)
  const cronJob = {
    apiVersion: "batch/v1",
    kind: "CronJob",
    metadata: { name, labels: { "app.kubernetes.io/name": "bot-cron", "bot-cron/job": name } },
    spec: {
      schedule: schedule.schedule,
      timeZone: job.zone,
      concurrencyPolicy: CONCURRENCY[job.overlap],
      ...(job.catch_up === "latest" ? { startingDeadlineSeconds: Math.max(10, Math.round(job.misfire_grace_seconds)) } : {}),
      suspend: !job.enabled,
      successfulJobsHistoryLimit: 3,
      failedJobsHistoryLimit: 3,
      jobTemplate: {
        spec: {
          // retries are bot-cron's, inside the pod (Schedule.exponential, within the job's next instant)
          backoffLimit: 0,
          activeDeadlineSeconds: deadline,
          template: {
            metadata: { labels: { "bot-cron/job": name } },
            spec: {
              restartPolicy: "Never",
              containers: [{
                name: "bot-cron",
                image,
                args: ["run-job", job.name, "--local", "--config", `${CONFIG_DIR}/config.json`, "--state", STATE_PATH],
                env: [
                  { name: "TZ", value: job.zone },
                  ...secretVariables(config, job).map((v) => ({
                    name: v,
                    valueFrom: { secretKeyRef: { name: SECRET, key: v, optional: true } }
                  }))
                ],
                volumeMounts: [
                  { name: "config", mountPath: CONFIG_DIR, readOnly: true },
                  { name: "state", mountPath: "/var/lib/bot-cron" }
                ]
              }],
              volumes: [
                { name: "config", configMap: { name: CONFIGMAP } },
                { name: "state", emptyDir: {} }
              ]
            }
          }
        }
      }
    }
  }
  const losses = [
    ...(job.overlap === "queue_one"
      ? [`overlap "queue_one": Kubernetes has no queue; concurrencyPolicy Forbid skips a run while one is going`]
      : []),
    ...(job.catch_up === "skip"
      ? ["catch_up \"skip\": Kubernetes starts a missed run when the controller sees it; there is no way to skip it"]
      : [
        `catch_up: a missed run starts if the controller sees it within startingDeadlineSeconds (${
          Math.max(10, Math.round(job.misfire_grace_seconds))
        } s); the catch-up spread is not carried`
      ]),
    ...(job.jitter_seconds > 0 ? [`jitter_seconds (${job.jitter_seconds}): CronJobs have no random delay`] : []),
    ...(job.notify.includes("memory") ? ["notify memory: the memory log is written inside the pod and goes with it"] : []),
    "history: each run's history lives in its pod (kubectl logs, kubectl get jobs); the state file is the pod's own and goes with it",
    "D-Bus control, `bot-cron list/status/costs` across runs, budgets across runs and sleep/wake catch-up are not carried"
  ]
  return { job: job.name, name, cronJob, losses }
}
