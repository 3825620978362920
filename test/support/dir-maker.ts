// Makes `count` nested folders under a base, as fast as it can, and prints how many attempts
// failed: one of several concurrent makers in a test (two writers creating the same folder).
import { ensureDirSync } from "../../src/layers/files/ensure-dir.js"

const [base = ".", count = "500"] = process.argv.slice(2)
let failed = 0
for (let i = 0; i < Number(count); i++) {
  try {
    ensureDirSync(`${base}/d${i}/a/b`)
  } catch (e) {
    failed++
    if (failed === 1) process.stderr.write(`${String(e)}\n`)
  }
}
process.stdout.write(String(failed))
