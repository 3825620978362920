import { Command } from "@effect/cli"
import { Clock, Console, Effect } from "effect"
import { statSync } from "node:fs"
import { type ConfigFile, resolveJobs } from "../../domain/config.js"
import { makeCronEvaluator } from "../../domain/cron.js"
import { jobOrder } from "../../domain/parse-config.js"
import { enablement, jobEnabled, overriddenByToggle, overrideWarning } from "../../domain/state.js"
import { ConfigService } from "../../layers/ConfigService.js"
import { configPath, Paths } from "../../layers/Paths.js"
import type { FileFlags } from "../layers.js"
import { failWith, reportErrors } from "./exit.js"
import { loadSkillEngine, withLayers } from "./lazy.js"
import { readState } from "./list.js"
import { configOption, filesLayer, stateOption } from "./options.js"

const kindOf = (path: string): "file" | "folder" | "other" | "missing" => {
  try {
    const s = statSync(path)
    return s.isFile() ? "file" : s.isDirectory() ? "folder" : "other"
  } catch {
    return "missing"
  }
}

/**
 * What a valid config would still fail at when a job runs: a script or working folder that is
 * not there, a skill file that is missing or invalid, a job that never fires in its own zone.
 */
const runTimeProblems = (config: ConfigFile, flags: FileFlags) =>
  Effect.gen(function*() {
    const { configDir } = yield* Paths
    const now = yield* Clock.currentTimeMillis
    const jobs = resolveJobs(config.schedules)
    const { nextAfter } = makeCronEvaluator()
    const problems: Array<string> = []
    const at = (i: number, field: string) => `schedules.jobs[${i}] (${jobs[i]?.name}).${field}`
    const skillJobs: Array<[number, string]> = []
    for (const [i, job] of jobs.entries()) {
      if (job.mode === "python_script" && job.script !== undefined) {
        const script = configPath(configDir, job.script)
        const kind = kindOf(script)
        if (kind !== "file") problems.push(`${at(i, "script")}: ${script} ${kind === "missing" ? "does not exist" : "is not a file"}`)
      }
      if (job.working_dir !== undefined) {
        const dir = configPath(configDir, job.working_dir)
        if (kindOf(dir) !== "folder") problems.push(`${at(i, "working_dir")}: ${dir} is not a folder`)
      }
      if (job.mode === "skill_direct" && job.skill !== undefined) skillJobs.push([i, job.skill])
      if (nextAfter(job.cron, job.zone, now) === undefined) {
        problems.push(`${at(i, "cron")}: "${job.cron}" never fires in ${job.zone} (no instant from now on matches it there)`)
      }
    }
    if (skillJobs.length > 0) {
      const skillProblems = yield* Effect.gen(function*() {
        const { SkillEngine } = yield* loadSkillEngine
        const engine = yield* SkillEngine
        const out: Array<string> = []
        for (const [i, skill] of skillJobs) {
          const loaded = yield* Effect.either(engine.load(skill))
          if (loaded._tag === "Left") {
            const { path } = loaded.left
            for (const p of loaded.left.problems) {
              out.push(`${at(i, "skill")}: skill "${skill}" (${path}): ${p.startsWith(`${path}: `) ? p.slice(path.length + 2) : p}`)
            }
          }
        }
        return out
      }).pipe(withLayers((l) => l.skillsLayer(flags)))
      problems.push(...skillProblems)
    }
    // job by job, in file order
    return problems.sort((a, b) => jobOrder(a) - jobOrder(b))
  })

export const validateCommand = Command.make("validate", { config: configOption, state: stateOption }, (flags) =>
  Effect.gen(function*() {
    const service = yield* ConfigService
    const config = yield* service.load.pipe(
      Effect.catchTag("ConfigInvalid", (e) => failWith(1, e.message))
    )
    const problems = yield* runTimeProblems(config, flags)
    if (problems.length > 0) {
      return yield* failWith(
        1,
        `${service.path}: ${problems.length} problem${problems.length === 1 ? "" : "s"} a run would meet\n${
          problems.map((p) => `  - ${p}`).join("\n")
        }`
      )
    }
    const jobs = config.schedules.jobs
    // enabled as the daemon sees it: a toggle in the state file wins over config.json
    const state = yield* readState
    const enabled = jobs.filter((j) => jobEnabled(state, j)).length
    const toggled = jobs.filter((j) => enablement(state, j).toggle !== null).length
    yield* Console.log(
      `${service.path}: valid (${jobs.length} job${jobs.length === 1 ? "" : "s"}, ${enabled} enabled${
        toggled === 0 ? "" : `; ${toggled} set by a toggle, see bot-cron list`
      })`
    )
    for (const job of overriddenByToggle(state, jobs)) yield* Console.error(`bot-cron: ${overrideWarning(job)}`)
  }).pipe(reportErrors, Effect.provide(filesLayer(flags)))).pipe(
    Command.withDescription(
      "Check config.json, and what a run would meet (scripts, working folders and skill files that are missing or invalid): exit 0 when valid, 1 with every problem listed on stderr"
    )
  )
