import { Cause, HashMap, Layer, Logger } from "effect"
import { type Calendar, makeCalendar } from "../domain/time.js"

/** syslog priorities, so `journalctl -p err` finds errors */
const PRIORITY: Record<string, number> = { Fatal: 2, Error: 3, Warning: 4, Info: 6, Debug: 7, Trace: 7 }
const LABEL: Record<string, string> = { Fatal: "FATAL", Error: "ERROR", Warning: "WARN", Info: "INFO", Debug: "DEBUG", Trace: "TRACE" }

const text = (message: unknown): string =>
  Array.isArray(message) ? message.map((m) => (typeof m === "string" ? m : JSON.stringify(m))).join(" ") : String(message)

/**
 * The zone log times are written in: the schedule's (`schedules.timezone`) once a config is in
 * force, as session ids, history and `next` show times; UTC until then. Always with the offset.
 */
let logZone = "UTC"
export const setLogZone = (zone: string): void => {
  logZone = zone
}

/** `2026-03-09T09:00:00.123-04:00`: the instant in the log zone, to the millisecond, with its offset. */
const logTime = (calendar: Calendar, date: Date): string => {
  const ms = date.getTime()
  const iso = calendar.formatInZone(ms, logZone)
  return `${iso.slice(0, 19)}.${String(((ms % 1000) + 1000) % 1000).padStart(3, "0")}${iso.slice(19)}`
}

/**
 * Under journald (JOURNAL_STREAM set) each line starts with its syslog priority,
 * `<3>` … `<7>`; elsewhere a timestamp and a level. `format: "json"` prints one
 * JSON object a line. Everything goes to stderr, leaving stdout to command output.
 */
export const makeLogger = (options: { readonly journald: boolean; readonly format: "text" | "json" }) => {
  // the logger's own: it logs before any layer is built, and after the last is released
  const calendar = makeCalendar()
  return Logger.make(({ logLevel, message, cause, date, annotations }) => {
    const causeText = Cause.isEmpty(cause) ? "" : Cause.pretty(cause, { renderErrorCause: true })
    const body = [text(message), causeText].filter((s) => s !== "").join(": ")
    let line: string
    if (options.format === "json") {
      const fields = Object.fromEntries(HashMap.toEntries(annotations))
      line = JSON.stringify({ time: logTime(calendar, date), level: LABEL[logLevel._tag] ?? logLevel.label, message: body, ...fields })
    } else if (options.journald) {
      line = body
        .split("\n")
        .map((l) => `<${PRIORITY[logLevel._tag] ?? 6}>${l}`)
        .join("\n")
    } else {
      line = `${logTime(calendar, date)} ${(LABEL[logLevel._tag] ?? logLevel.label).padEnd(5)} ${body}`
    }
    process.stderr.write(`${line}\n`)
  })
}

const journald = (process.env["JOURNAL_STREAM"] ?? "") !== ""
const textLogger = makeLogger({ journald, format: "text" })
const jsonLogger = makeLogger({ journald, format: "json" })

/** Installed once by main: replaces Effect's default logger. */
export const loggingLayer = Logger.replace(Logger.defaultLogger, textLogger)

/** A command's `--log-format` choice, swapping the logger main installed. */
export const logFormatLayer = (format: "text" | "json") => format === "json" ? Logger.replace(textLogger, jsonLogger) : Layer.empty
