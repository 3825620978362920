// Bundles src/main.ts into one ESM file: the unbundled CLI spends ~1.2 s importing effect.
import { build } from "esbuild"
import { chmodSync, readFileSync } from "node:fs"

const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"))

await build({
  entryPoints: ["src/main.ts"],
  outfile: "dist/bot-cron.js",
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
  // CommonJS dependencies (dbus-next, chokidar's helpers) call require(): give ESM one.
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
