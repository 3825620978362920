// Runs benchmarks: bundles bench/<name>.ts with esbuild, then runs each in its own node process.
// Usage: node scripts/bench.mjs [name ...] [-- args passed to each bench]
import { build } from "esbuild"
import { spawnSync } from "node:child_process"
import { readdirSync } from "node:fs"

const split = process.argv.indexOf("--")
const names = (split < 0 ? process.argv.slice(2) : process.argv.slice(2, split))
const passThrough = split < 0 ? [] : process.argv.slice(split + 1)
const all = readdirSync("bench").filter((f) => f.endsWith(".ts")).map((f) => f.slice(0, -3))
for (const name of names.length > 0 ? names : all) {
  const outfile = `.bench/${name}.mjs`
  await build({
    entryPoints: [`bench/${name}.ts`],
    outfile,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "esm",
    mainFields: ["module", "main"],
    external: ["x11", "usocket"],
    banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" },
    logLevel: "warning"
  })
  const run = spawnSync(process.execPath, ["--expose-gc", outfile, ...passThrough], { stdio: "inherit" })
  if (run.status !== 0) process.exit(run.status ?? 1)
}
