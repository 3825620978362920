import { Effect, FiberSet, Deferred, Scope, Fiber } from "effect"
import { performance } from "node:perf_hooks"
const N = 2000
const variants: Record<string, (eff: Effect.Effect<void>) => Effect.Effect<unknown, never, Scope.Scope>> = {
  fiberset: (e) => Effect.flatMap(FiberSet.make(), (s) => FiberSet.run(s, e)),
  forkDaemon: (e) => Effect.forkDaemon(e),
  forkScoped: (e) => Effect.forkScoped(e),
}
for (const [name, fork] of Object.entries(variants)) for (let round = 0; round < 6; round++) {
  const times: number[] = []
  let t0 = 0
  await Effect.runPromise(Effect.scoped(Effect.gen(function* () {
    const set = yield* FiberSet.make()
    const done = yield* Deferred.make<void>()
    let k = 0
    const body = Effect.suspend(() => { times.push(performance.now() - t0); if (++k === N) return Deferred.succeed(done, undefined); return Effect.void })
    t0 = performance.now()
    for (let i = 0; i < N; i++) {
      if (name === "fiberset") yield* FiberSet.run(set, body); else yield* fork(body)
    }
    yield* Deferred.await(done)
  })))
  times.sort((a,b)=>a-b)
  if (round >= 3) console.log(`${name} round ${round}: first ${times[0].toFixed(2)} p99 ${times[Math.floor(0.99*N)].toFixed(2)} max ${times.at(-1)!.toFixed(2)} ms`)
}
