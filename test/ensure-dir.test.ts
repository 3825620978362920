import { spawn } from "node:child_process"
import { statSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { ensureDirSync } from "../src/layers/files/ensure-dir.js"
import { bundleScript } from "./support/bundle.js"
import { tempDir } from "./support/cli.js"

const dir = tempDir("bot-cron-dirs-")
afterAll(() => dir.remove())
let maker = ""
beforeAll(async () => {
  maker = await bundleScript(new URL("./support/dir-maker.ts", import.meta.url), "dir-maker.mjs")
})

describe("making folders", () => {
  it("four processes making the same 1,000 nested folders at once all succeed (a folder made meanwhile is fine)", async () => {
    const run = () =>
      new Promise<string>((resolve) => {
        let out = ""
        const child = spawn(process.execPath, [maker, join(dir.path, "race"), "1000"], { stdio: ["ignore", "pipe", "inherit"] })
        child.stdout.on("data", (d: Buffer) => (out += d.toString()))
        child.once("close", () => resolve(out))
      })
    expect(await Promise.all([run(), run(), run(), run()])).toEqual(["0", "0", "0", "0"])
    expect(statSync(join(dir.path, "race", "d999", "a", "b")).mode & 0o777).toBe(0o700)
  })

  it("a file where a folder should be is an error naming it", () => {
    writeFileSync(join(dir.path, "plain"), "x")
    expect(() => ensureDirSync(join(dir.path, "plain", "sub"))).toThrow(`${join(dir.path, "plain")} is a file, not a folder`)
  })
})
