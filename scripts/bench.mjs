// Runs the benchmarks and writes docs/BENCHMARKS.md: each bench/<name>.ts is bundled with
// esbuild and run in its own node process; what it prints on stdout is its section.
// Usage: node scripts/bench.mjs [--quick] [name ...] [-- args for each bench]
import { build } from "esbuild"
import { spawnSync } from "node:child_process"
import { existsSync, readdirSync, writeFileSync } from "node:fs"
import { cpus, totalmem } from "node:os"

const split = process.argv.indexOf("--")
const own = split < 0 ? process.argv.slice(2) : process.argv.slice(2, split)
const quick = own.includes("--quick")
const names = own.filter((a) => a !== "--quick")
const passThrough = [...(split < 0 ? [] : process.argv.slice(split + 1)), ...(quick ? ["--quick"] : [])]
const order = ["scheduler", "reload", "spawn", "burst", "state-write", "dbus", "skill-vs-script", "cold-start", "footprint"]
const all = readdirSync("bench").filter((f) => f.endsWith(".ts")).map((f) => f.slice(0, -3)).sort((a, b) =>
  order.indexOf(a) - order.indexOf(b)
)
const chosen = names.length > 0 ? names : all

if (!existsSync("dist/bot-cron.js")) spawnSync("npm", ["run", "build"], { stdio: "inherit" })
const sections = []
for (const name of chosen) {
  const outfile = `.bench/${name}.mjs`
  await build({
    entryPoints: [`bench/${name}.ts`],
    outfile,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "esm",
    mainFields: ["module", "main"],
    external: ["x11", "usocket", "fs-native-extensions"],
    banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" },
    logLevel: "warning"
  })
  process.stderr.write(`--- ${name}\n`)
  const run = spawnSync(process.execPath, ["--expose-gc", outfile, ...passThrough], {
    stdio: ["ignore", "pipe", "inherit"],
    encoding: "utf8"
  })
  process.stdout.write(run.stdout)
  if (run.status !== 0) process.exit(run.status ?? 1)
  const out = run.stdout.trim()
  sections.push(out.startsWith("## ") ? out : `## ${name}\n\n${out}`)
}
if (names.length === 0) {
  const header = [
    "# Benchmarks",
    `Written by \`npm run bench${quick ? " -- --quick" : ""}\` on ${new Date().toISOString().slice(0, 10)}: ${
      cpus()[0]?.model ?? "?"
    } (${cpus().length} cores), ${
      (totalmem() / 2 ** 30).toFixed(0)
    } GiB, Node ${process.version}. The machines are shared: figures move by tens of percent between runs.`
  ]
  writeFileSync("docs/BENCHMARKS.md", `${[...header, ...sections].join("\n\n")}\n`)
  process.stderr.write("wrote docs/BENCHMARKS.md\n")
}
