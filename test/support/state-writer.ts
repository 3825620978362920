// Rewrites a state-shaped file as fast as it can, until killed: the crash-safety test's victim.
import { writeFileAtomic } from "../../src/layers/files/fs-atomic.js"

const path = process.argv[2] ?? "state.json"
const history = Array.from({ length: 100 }, (_, i) => ({ job: `job${i}`, execution_id: `cron-x-${i}`, output_preview: "y".repeat(400) }))
for (let seq = 1;; seq++) {
  await writeFileAtomic(path, `${JSON.stringify({ seq, pid: process.pid, history }, null, 2)}\n`)
  if (seq === 1) process.stdout.write("writing\n")
}
