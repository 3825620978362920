import { build } from "esbuild"
import { fileURLToPath } from "node:url"

/** Bundles a TypeScript script for a test to run as a separate node process. */
export const bundleScript = (entry: URL, outfile: string) =>
  build({
    entryPoints: [fileURLToPath(entry)],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    // CommonJS dependencies (yaml) call require(): give the ESM bundle one
    banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" },
    logLevel: "silent"
  })
