import { Effect, FiberSet, Clock, PubSub } from "effect"
import { performance } from "node:perf_hooks"
const N = 2000
const pub = Effect.runSync(PubSub.unbounded<number>())
const variants: Record<string, () => Effect.Effect<unknown>> = {
  void: () => Effect.void,
  sync: () => Effect.sync(() => 1),
  sleep: () => Effect.sleep(100),
  publish_sleep: () => Effect.zipRight(PubSub.publish(pub, 1), Effect.sleep(100)),
  chain: () => Effect.flatMap(Clock.currentTimeMillis, () => Effect.zipRight(PubSub.publish(pub, 1), Effect.interruptible(Effect.sleep(100)).pipe(Effect.catchAllDefect(() => Effect.void), Effect.flatMap(() => Effect.void), Effect.onInterrupt(() => Effect.void)))).pipe(Effect.ensuring(Effect.void)),
}
for (const [name, mk] of Object.entries(variants)) {
  const res: number[] = []
  for (let round = 0; round < 8; round++) {
    await Effect.runPromise(Effect.scoped(Effect.gen(function* () {
      const set = yield* FiberSet.make()
      const fork = yield* FiberSet.runtime(set)()
      const t0 = performance.now()
      for (let i = 0; i < N; i++) fork(mk())
      res.push(performance.now() - t0)
      yield* Effect.sleep(150)
    })))
  }
  console.log(name, res.slice(3).map((x) => (x / N * 1000).toFixed(1) + "µs").join(" "))
}
