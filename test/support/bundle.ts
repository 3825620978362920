import { build } from "esbuild"
import { mkdirSync } from "node:fs"
import { basename, join } from "node:path"
import { fileURLToPath } from "node:url"

const ROOT = fileURLToPath(new URL("../..", import.meta.url))

/**
 * Bundles a TypeScript script for a test to run as a separate node process; gives the bundle's
 * path. It is written inside the project (node_modules/.cache) so that the native addon
 * (fs-native-extensions, not bundled, as in dist/) is found from it.
 */
export const bundleScript = async (entry: URL, outfile: string): Promise<string> => {
  const dir = join(ROOT, "node_modules", ".cache", "bot-cron-tests")
  mkdirSync(dir, { recursive: true })
  const out = join(dir, `${process.pid}-${basename(outfile)}`)
  await build({
    entryPoints: [fileURLToPath(entry)],
    outfile: out,
    bundle: true,
    platform: "node",
    format: "esm",
    external: ["fs-native-extensions"],
    // CommonJS dependencies (yaml) call require(): give the ESM bundle one
    banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" },
    logLevel: "silent"
  })
  return out
}
