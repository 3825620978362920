// Bundles src/main.ts into dist/bot-cron.js (the unbundled CLI spends ~1.2 s importing effect),
// with what only some commands load (the daemon's layers, the D-Bus client: see
// src/programs/cli/lazy.ts) split into dist/chunks/, so that `--help` compiles a third less.
import { build } from "esbuild"
import { chmodSync, readFileSync, rmSync } from "node:fs"

const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"))

rmSync("dist", { recursive: true, force: true })
await build({
  entryPoints: { "bot-cron": "src/main.ts" },
  outdir: "dist",
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
  // optional dependencies of dbus-next (X11 autolaunch, abstract sockets) that bot-cron never uses
  external: ["x11", "usocket"],
  define: { __BOT_CRON_VERSION__: JSON.stringify(version) },
  // CommonJS dependencies (dbus-next, chokidar's helpers) call require(): give ESM one (in every
  // file: a chunk is a module of its own). The #! line is allowed at the start of any module.
  banner: {
    js: [
      "#!/usr/bin/env node",
      "import { createRequire as __bcCreateRequire } from 'node:module';",
      "const require = __bcCreateRequire(import.meta.url);"
    ].join("\n")
  },
  logLevel: "warning"
})
chmodSync("dist/bot-cron.js", 0o755)
