#!/usr/bin/env node
// dist/bot-cron.js: runs the bundle (bot-cron.cjs) from V8's compiled form of it
// (bot-cron.cjs.cache), which `npm run build` made with this Node. Compiling the bundle
// from source is ~55 ms of every start; reading the compiled form is ~20 ms. Should V8
// turn the cache down (another Node version, other V8 flags, a missing or damaged file),
// it compiles from source as usual: slower, never different. `NODE_DEBUG=bot-cron` says
// which it was. Written by scripts/build.mjs; not bundled, so it loads only node: modules.
import { readFileSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import { dirname } from "node:path"
import { fileURLToPath } from "node:url"
import { debuglog } from "node:util"
import { constants, Script } from "node:vm"

const file = fileURLToPath(new URL("./bot-cron.cjs", import.meta.url))
const cacheFile = `${file}.cache`
let cachedData
try {
  cachedData = readFileSync(cacheFile)
} catch {
  cachedData = undefined
}
const script = new Script(`(function (exports, require, module, __filename, __dirname) {${readFileSync(file, "utf8")}\n})`, {
  filename: file,
  cachedData,
  importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER
})
debuglog("bot-cron")(cachedData === undefined ? "no code cache" : script.cachedDataRejected ? "code cache rejected" : "code cache used")
// V8 has taken what it needs from the cache: the 1.9 MB buffer is not kept for the life of the daemon
cachedData = undefined
// The build sets this to write the cache once the run has compiled what `--help` needs.
if (process.env.BOT_CRON_WRITE_CODE_CACHE === "1") process.on("exit", () => writeFileSync(cacheFile, script.createCachedData()))
const module = { exports: {} }
script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file))
