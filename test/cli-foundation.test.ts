import { copyFileSync, symlinkSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { ROOT, runCli, tempDir } from "./support/cli.js"

const dir = tempDir()
afterAll(() => dir.remove())

const write = (name: string, body: unknown) => {
  const path = join(dir.path, name)
  writeFileSync(path, typeof body === "string" ? body : JSON.stringify(body, null, 2))
  return path
}

describe("bot-cron validate (built binary)", () => {
  it("exits 0 and says so for a valid config", () => {
    const r = runCli(["validate", "--config", "examples/config.json"])
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/examples\/config\.json: valid \(5 jobs, 1 enabled\)/)
  })

  it("exits 1 and lists every problem on stderr", () => {
    const path = write("bad.json", {
      schedules: { jobs: [{ name: "a", cron: "0 25 * * *", skill: "s" }, { name: "a", cron: "0 9 * * *", skill: "s" }] }
    })
    const r = runCli(["validate", "--config", path])
    expect(r.status).toBe(1)
    expect(r.stdout).toBe("")
    expect(r.stderr).toContain(`${path}: 2 problems`)
    expect(r.stderr).toContain("schedules.jobs[0] (a).cron: invalid cron \"0 25 * * *\": hour field \"25\" is not valid")
    expect(r.stderr).toContain("schedules.jobs[1] (a).name: duplicate job name \"a\"")
  })

  it("reports malformed JSON with its position", () => {
    const r = runCli(["validate", "--config", write("broken.json", "{\"schedules\": {\"jobs\": [}}")])
    expect(r.status).toBe(1)
    expect(r.stderr).toContain("malformed JSON at line 1, column 25")
  })

  it("explains a missing file, and finds the config through $BOT_CRON_CONFIG and XDG_CONFIG_HOME", () => {
    const missing = runCli(["validate"], { XDG_CONFIG_HOME: dir.path })
    expect(missing.status).toBe(1)
    expect(missing.stderr).toContain(`${join(dir.path, "aa-workflow", "config.json")}: no such file`)
    const viaEnv = runCli(["validate"], { BOT_CRON_CONFIG: "examples/config.json" })
    expect(viaEnv.status).toBe(0)
  })
})

describe("bot-cron next (built binary)", () => {
  const config = write("next.json", {
    schedules: {
      timezone: "America/New_York",
      jobs: [
        { name: "standup", cron: "0 9 * * MON-FRI", skill: "coffee" },
        { name: "berlin", cron: "30 2 * * *", skill: "x", timezone: "Europe/Berlin", enabled: false }
      ]
    }
  })

  it("--json prints {job, enabled, toggle, timezone, description (config's), cron_text, runs} with the zone's offset", () => {
    const r = runCli(["next", "--json", "--count", "3", "--from", "2026-03-06T15:00:00Z", "--config", config])
    expect(r.status).toBe(0)
    expect(JSON.parse(r.stdout)).toEqual([
      {
        job: "standup",
        cron: "0 9 * * MON-FRI",
        enabled: true,
        toggle: null,
        timezone: "America/New_York",
        description: null,
        cron_text: "At 09:00, Monday through Friday",
        runs: ["2026-03-09T09:00:00-04:00", "2026-03-10T09:00:00-04:00", "2026-03-11T09:00:00-04:00"]
      },
      {
        job: "berlin",
        cron: "30 2 * * *",
        enabled: false,
        toggle: null,
        timezone: "Europe/Berlin",
        description: null,
        cron_text: "At 02:30",
        runs: ["2026-03-07T02:30:00+01:00", "2026-03-08T02:30:00+01:00", "2026-03-09T02:30:00+01:00"]
      }
    ])
  })

  it("shows one job in a readable form", () => {
    const r = runCli(["next", "standup", "-n", "1", "--from", "2026-03-06T15:00:00Z", "--config", config])
    expect(r.status).toBe(0)
    expect(r.stdout).toBe("standup  0 9 * * MON-FRI  At 09:00, Monday through Friday (America/New_York)\n  2026-03-09T09:00:00-04:00\n")
  })

  it("exits 2 for an unknown job or a bad --from, naming the fix", () => {
    const unknown = runCli(["next", "nope", "--config", config])
    expect(unknown.status).toBe(2)
    expect(unknown.stderr).toContain("no job named \"nope\" (known jobs: standup, berlin)")
    const badFrom = runCli(["next", "--from", "tomorrow", "--config", config])
    expect(badFrom.status).toBe(2)
    expect(badFrom.stderr).toContain("--from must be an ISO 8601 instant")
  })

  it("has --help and --version", () => {
    const help = runCli(["next", "--help"])
    expect(help.status).toBe(0)
    expect(help.stdout).toContain("Show the upcoming fire instants")
    expect(runCli(["--version"]).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/)
    expect(runCli(["frobnicate"]).status).toBe(2)
  })

  it("help reads like a Unix tool's: usage starts with bot-cron and the command, every option and argument is described, defaults shown, no wizard", () => {
    const commands = [
      ["list"],
      ["history"],
      ["next"],
      ["config", "set"],
      ["config", "get"],
      ["enable"],
      ["scheduler"],
      ["run-job"],
      [
        "notify",
        "test"
      ],
      ["skills", "check"],
      ["export", "kubernetes"],
      ["daemon"],
      ["validate"]
    ]
    for (const command of commands) {
      const help = runCli([...command, "--help"])
      expect(help.status).toBe(0)
      expect(help.stdout).toMatch(new RegExp(`^bot-cron \\d+\\.\\d+\\.\\d+\\n\\nUSAGE\\n\\n\\$ bot-cron ${command.join(" ")}( |\\n)`))
      for (
        const boilerplate of [
          "A user-defined piece of text.",
          "A true or false value.",
          "An integer.",
          "This setting is optional.",
          "--wizard"
        ]
      ) {
        expect(help.stdout).not.toContain(boilerplate)
      }
      // each option and argument heading is followed by what it is for
      const blocks = help.stdout.split("\n\n")
      for (const [i, block] of blocks.entries()) {
        if (/^(--|<|\(-)/.test(block)) expect(blocks[i + 1]).toMatch(/^ {2}\S/)
      }
    }
    expect(runCli(["history", "--help"]).stdout).toContain("(default: 20)")
    expect(runCli(["next", "--help"]).stdout).toContain("(default: 5)")
    expect(runCli(["--help"]).stdout).not.toContain("wizard")
    const wizard = runCli(["list", "--wizard"])
    expect(wizard.status).toBe(2)
    expect(wizard.stderr).toBe("bot-cron: unknown option --wizard (bot-cron --help lists the commands)\n")
  })

  it("the seed's --run-job NAME works anywhere on the line", () => {
    for (const args of [["--run-job", "nope", "--config", config], ["--config", config, "--run-job", "nope"]]) {
      const r = runCli(args)
      expect(r.status).toBe(2)
      expect(r.stderr).toContain("no job named \"nope\" (known jobs: standup, berlin)")
    }
  })
})

describe("the launcher (dist/bot-cron.js)", () => {
  const debug = { NODE_DEBUG: "bot-cron" }
  const help = runCli(["--help"]).stdout

  it("runs the bundle from the code cache the build made with this Node", () => {
    const r = runCli(["--help"], debug)
    expect(r.status).toBe(0)
    expect(r.stderr).toMatch(/BOT-CRON \d+: code cache used/)
    expect(r.stdout).toContain("A per-user cron daemon for AI workflow jobs")
  })

  it("compiles from source, with the same output, when the cache is missing or damaged", () => {
    const copy = tempDir("bot-cron-launcher-")
    try {
      for (const name of ["bot-cron.js", "bot-cron.cjs"]) copyFileSync(join(ROOT, "dist", name), join(copy.path, name))
      // the bundle's one runtime dependency outside it: the native lock addon
      symlinkSync(join(ROOT, "node_modules"), join(copy.path, "node_modules"))
      writeFileSync(join(copy.path, "package.json"), JSON.stringify({ type: "module" }))
      const bin = join(copy.path, "bot-cron.js")
      const missing = runCli(["--help"], debug, undefined, bin)
      expect(missing.stderr).toMatch(/BOT-CRON \d+: no code cache/)
      expect(missing.stdout).toBe(help)
      writeFileSync(join(copy.path, "bot-cron.cjs.cache"), "not a code cache")
      const damaged = runCli(["--help"], debug, undefined, bin)
      expect(damaged.stderr).toMatch(/BOT-CRON \d+: code cache rejected/)
      expect(damaged.stdout).toBe(help)
    } finally {
      copy.remove()
    }
  })
})
