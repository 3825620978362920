import { Context, Layer } from "effect"
import { type Calendar as ZoneCalendar, makeCalendar } from "../domain/time.js"

/**
 * The daemon's calendar: one `Intl.DateTimeFormat` per zone and each zone's last second
 * formatted, kept as long as the layer. Every run record, session id, log line and status
 * reply of one daemon renders its times through it, and the CronEvaluator reads zone offsets
 * through it.
 */
export class Calendar extends Context.Tag("bot-cron/Calendar")<Calendar, ZoneCalendar>() {
  static readonly layer = Layer.sync(Calendar, makeCalendar)
}
