import { Context, Effect, Layer } from "effect"
import { type CronEvaluator as Evaluator, makeCronEvaluator } from "../domain/cron.js"
import { Calendar } from "./Calendar.js"

/**
 * The daemon's cron evaluator. Its tables (one croner Cron per expression and zone, each zone's
 * spring-forward jumps per year, the answers of the batch being fired) live as long as the
 * layer: every job fiber, run and status reply of one daemon shares them. Zone offsets come
 * from the daemon's Calendar.
 */
export class CronEvaluator extends Context.Tag("bot-cron/CronEvaluator")<CronEvaluator, Evaluator>() {
  static readonly layer = Layer.effect(CronEvaluator, Effect.map(Calendar, (calendar) => makeCronEvaluator({ calendar })))
}
