// Builds the CLI into dist/ (the unbundled CLI spends ~1.2 s importing effect):
//   dist/bot-cron.cjs        the whole CLI, one CommonJS file;
//   dist/bot-cron.cjs.cache  V8's code cache for it, made by one `--help` run;
//   dist/bot-cron.js         the launcher (scripts/launcher.js) that runs the first from the second.
// Node 20 can load CommonJS from a code cache but not ES modules, and a CommonJS bundle of
// the sources would wrap every module in a lazy initialiser and run all of effect's index
// on start. So the sources are bundled twice: first as ES modules split at the dynamic
// imports (src/programs/cli/lazy.ts: the daemon's layers, the D-Bus client, the Runner),
// which tree-shakes the barrels; then those few chunks into one CommonJS file, where each
// lazy chunk still runs only when a command imports it. See docs/ARCHITECTURE.md, "The
// CLI's cold start".
import { build } from "esbuild"
import { spawnSync } from "node:child_process"
import { chmodSync, copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"

const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"))
// optional dependencies of dbus-next (X11 autolaunch, abstract sockets) that bot-cron never uses
// fs-native-extensions: a native addon (flock-style locks), loaded from node_modules at run time
const external = ["x11", "usocket", "fs-native-extensions"]

rmSync("dist", { recursive: true, force: true })
const split = mkdtempSync(join(tmpdir(), "bot-cron-build-"))
try {
  await build({
    entryPoints: { "bot-cron": "src/main.ts" },
    outdir: split,
    chunkNames: "chunks/[name]-[hash]",
    splitting: true,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "esm",
    // ESM entries first: jsonc-parser's UMD "main" hides its requires from the bundler.
    mainFields: ["module", "main"],
    sourcemap: "linked",
    legalComments: "none",
    external,
    define: { __BOT_CRON_VERSION__: JSON.stringify(version) },
    logLevel: "warning"
  })
  await build({
    entryPoints: [join(split, "bot-cron.js")],
    outfile: "dist/bot-cron.cjs",
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    // 3.8 MB to 2.5 MB read and kept as source on every start (~5 ms); names stay, and the map has the lines
    minifyWhitespace: true,
    sourcemap: "linked",
    legalComments: "none",
    external,
    // the sources' import.meta.url is the bundle's own file URL
    define: { "import.meta.url": "__bcImportMetaUrl" },
    banner: { js: "const __bcImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    logLevel: "warning"
  })
} finally {
  rmSync(split, { recursive: true, force: true })
}
copyFileSync("scripts/launcher.js", "dist/bot-cron.js")
chmodSync("dist/bot-cron.js", 0o755)

// One `--help` compiles the bundle's top level and the CLI's parsing and help; the launcher
// then writes what V8 compiled as the cache every later start reads.
const run = spawnSync(process.execPath, ["dist/bot-cron.js", "--help"], {
  env: { ...process.env, BOT_CRON_WRITE_CODE_CACHE: "1" },
  stdio: ["ignore", "ignore", "inherit"]
})
if (run.status !== 0 || !existsSync("dist/bot-cron.cjs.cache")) {
  process.stderr.write(`build: dist/bot-cron.js --help exited ${run.status}; no code cache was written\n`)
  process.exit(1)
}
