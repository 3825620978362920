import { describe, expect, it } from "vitest"
import { cronProblem, describe as describeCron, makeCronEvaluator } from "../src/domain/cron.js"
import { makeCalendar, parseInstant } from "../src/domain/time.js"

const iso = (ms: ReadonlyArray<number>) => ms.map((m) => new Date(m).toISOString().replace(".000Z", "Z"))
const at = (s: string) => Date.parse(s)
const NY = "America/New_York"
// one evaluator for the file, as the daemon keeps one (its tables only remember answers)
const { compactStamp, formatInZone } = makeCalendar()
const { nextAfter, nextN } = makeCronEvaluator()

describe("cron evaluation", () => {
  it("an evaluator's tables only remember answers: one that forgets after each gives the same instants, DST rules included", () => {
    const forgetful = makeCronEvaluator({ memoLimit: 0 })
    const from = at("2024-01-01T00:00:00Z")
    for (
      const [cron, zone] of [["30 2 * * *", NY], ["0 9 * * MON-FRI", NY], ["0 23 * * *", "America/Nuuk"], [
        "*/15 1-3 * * *",
        "Europe/Berlin"
      ]]
    ) {
      expect(forgetful.nextN(cron!, zone!, from, 400)).toEqual(nextN(cron!, zone!, from, 400))
    }
  })

  it("0 9 * * MON-FRI in New York keeps 09:00 local across the 2026-03-08 spring-forward", () => {
    expect(iso(nextN("0 9 * * MON-FRI", NY, at("2026-03-05T00:00:00Z"), 4))).toEqual([
      "2026-03-05T14:00:00Z",
      "2026-03-06T14:00:00Z",
      "2026-03-09T13:00:00Z",
      "2026-03-10T13:00:00Z"
    ])
  })

  it("30 2 * * * runs once at the jump (03:00 EDT) on 2026-03-08, when 02:30 does not exist", () => {
    expect(iso(nextN("30 2 * * *", NY, at("2026-03-07T12:00:00Z"), 3))).toEqual([
      "2026-03-08T07:00:00Z",
      "2026-03-09T06:30:00Z",
      "2026-03-10T06:30:00Z"
    ])
  })

  it("a gap that ends at local midnight still runs the day's fire at the jump (Nuuk 2024, Pyongyang 2018)", () => {
    // America/Nuuk: 2024-03-30 23:00-02:00 jumped to 2024-03-31 00:00-01:00
    expect(nextN("30 23 * * *", "America/Nuuk", at("2024-03-30T12:00:00Z"), 2).map((m) => formatInZone(m, "America/Nuuk"))).toEqual([
      "2024-03-31T00:00:00-01:00",
      "2024-03-31T23:30:00-01:00"
    ])
    // Asia/Pyongyang: 2018-05-04 23:30+08:30 jumped to 2018-05-05 00:00+09:00
    expect(nextN("45 23 * * *", "Asia/Pyongyang", at("2018-05-04T00:00:00Z"), 2).map((m) => formatInZone(m, "Asia/Pyongyang")))
      .toEqual(["2018-05-05T00:00:00+09:00", "2018-05-05T23:45:00+09:00"])
    // before the gap, at its edge, and a job that runs every real hour: unchanged
    expect(nextN("15 23 * * *", "Asia/Pyongyang", at("2018-05-04T00:00:00Z"), 1).map((m) => formatInZone(m, "Asia/Pyongyang")))
      .toEqual(["2018-05-04T23:15:00+08:30"])
    expect(iso(nextN("30 * * * *", "America/Nuuk", at("2024-03-31T00:00:00Z"), 3))).toEqual([
      "2024-03-31T00:30:00Z",
      "2024-03-31T01:30:00Z",
      "2024-03-31T02:30:00Z"
    ])
    // a yearly fire in the gap runs at the jump that year, then on its day the next
    expect(nextN("30 23 30 3 *", "America/Nuuk", at("2024-01-01T00:00:00Z"), 2).map((m) => formatInZone(m, "America/Nuuk"))).toEqual([
      "2024-03-31T00:00:00-01:00",
      "2025-03-30T23:30:00-01:00"
    ])
  })

  it("30 1 * * * runs once on 2026-11-01, when 01:30 happens twice", () => {
    expect(iso(nextN("30 1 * * *", NY, at("2026-10-31T12:00:00Z"), 2))).toEqual([
      "2026-11-01T05:30:00Z",
      "2026-11-02T06:30:00Z"
    ])
  })

  it("0 * * * * runs every real hour across the 2026-11-01 fall-back", () => {
    expect(iso(nextN("0 * * * *", NY, at("2026-11-01T03:30:00Z"), 4))).toEqual([
      "2026-11-01T04:00:00Z",
      "2026-11-01T05:00:00Z",
      "2026-11-01T06:00:00Z",
      "2026-11-01T07:00:00Z"
    ])
  })

  it("*/20 runs every real 20 minutes across the fall-back", () => {
    const runs = nextN("*/20 * * * *", NY, at("2026-11-01T04:50:00Z"), 9)
    expect(iso(runs)[0]).toBe("2026-11-01T05:00:00Z")
    expect(runs.slice(1).map((r, i) => r - (runs[i] ?? 0))).toEqual(Array(8).fill(20 * 60_000))
  })

  it("0 and 7 are both Sunday", () => {
    const from = at("2026-11-27T00:00:00Z")
    expect(iso(nextN("0 12 * * 7", "UTC", from, 2))).toEqual(["2026-11-29T12:00:00Z", "2026-12-06T12:00:00Z"])
    expect(nextN("0 12 * * 0", "UTC", from, 2)).toEqual(nextN("0 12 * * 7", "UTC", from, 2))
  })

  it("day-of-month and day-of-week are OR-ed when both are restricted", () => {
    // December 2026: Fridays are the 4th, 11th, 18th, 25th; the 13th is a Sunday
    expect(iso(nextN("0 0 13 * FRI", "UTC", at("2026-12-01T00:00:00Z"), 5))).toEqual([
      "2026-12-04T00:00:00Z",
      "2026-12-11T00:00:00Z",
      "2026-12-13T00:00:00Z",
      "2026-12-18T00:00:00Z",
      "2026-12-25T00:00:00Z"
    ])
  })

  it("supports shorthands, seconds, L, W and #", () => {
    const from = at("2026-01-01T00:00:00Z")
    expect(iso(nextN("@daily", "UTC", from, 1))).toEqual(["2026-01-02T00:00:00Z"])
    expect(iso(nextN("@hourly", "UTC", from, 1))).toEqual(["2026-01-01T01:00:00Z"])
    expect(iso(nextN("*/2 * * * * *", "UTC", from, 2))).toEqual(["2026-01-01T00:00:02Z", "2026-01-01T00:00:04Z"])
    expect(iso(nextN("0 0 L * *", "UTC", from, 2))).toEqual(["2026-01-31T00:00:00Z", "2026-02-28T00:00:00Z"])
    expect(iso(nextN("0 0 * * 5#2", "UTC", from, 1))).toEqual(["2026-01-09T00:00:00Z"])
    expect(iso(nextN("0 0 15W * *", "UTC", from, 2))).toEqual(["2026-01-15T00:00:00Z", "2026-02-16T00:00:00Z"])
    expect(iso(nextN("0 9,17 * * MON-FRI", "UTC", from, 2))).toEqual(["2026-01-01T09:00:00Z", "2026-01-01T17:00:00Z"])
  })

  it("next is strictly after the given instant", () => {
    expect(nextAfter("0 9 * * *", "UTC", at("2026-01-01T09:00:00Z"))).toBe(at("2026-01-02T09:00:00Z"))
    expect(nextAfter("0 9 * * *", "UTC", at("2026-01-01T08:59:59.500Z"))).toBe(at("2026-01-01T09:00:00Z"))
    // memoised per second: every instant of a second gets the same answer, still strictly after it
    for (const ms of ["000", "500", "999"]) {
      expect(nextAfter("* * * * * *", "Europe/Berlin", at(`2026-01-01T09:00:00.${ms}Z`))).toBe(at("2026-01-01T09:00:01Z"))
    }
  })

  it("names the failing field and what it accepts", () => {
    expect(cronProblem("61 * * * *")).toMatch(/^minute field "61" is not valid; expected 0-59/)
    expect(cronProblem("0 9 * * FOO")).toMatch(/^day-of-week field "FOO" is not valid/)
    expect(cronProblem("0 25 * * *")).toMatch(/^hour field "25"/)
    expect(cronProblem("* * * *")).toBe(
      "has 4 fields; expected 5 (minute hour day-of-month month day-of-week) or 6 (second first)"
    )
    expect(cronProblem("0 0 0 * * * 2030")).toMatch(/^has 7 fields/)
    expect(cronProblem("@reboot")).toMatch(/^unknown shorthand "@reboot"/)
    expect(cronProblem("0 0 30 2 *")).toBe("never fires (no date matches every field)")
    expect(cronProblem("0 9 * * MON-FRI")).toBeUndefined()
  })

  it("describes expressions for people", () => {
    expect(describeCron("0 9 * * MON-FRI")).toBe("At 09:00, Monday through Friday")
    expect(describeCron("*/2 * * * * *")).toBe("Every 2 seconds")
  })

  it("formats instants with the zone's offset", () => {
    expect(formatInZone(at("2026-03-09T13:00:00Z"), NY)).toBe("2026-03-09T09:00:00-04:00")
    expect(formatInZone(at("2026-01-09T14:00:00Z"), NY)).toBe("2026-01-09T09:00:00-05:00")
    expect(formatInZone(at("2026-01-09T14:00:00Z"), "Asia/Kolkata")).toBe("2026-01-09T19:30:00+05:30")
    expect(formatInZone(at("2026-01-09T14:00:00Z"), "UTC")).toBe("2026-01-09T14:00:00+00:00")
  })

  it("formats each second and zone afresh, in any order of calls (the texts are kept per zone and second)", () => {
    const calls: Array<[string, string, string, string]> = [
      ["2026-01-09T14:00:00.250Z", NY, "2026-01-09T09:00:00-05:00", "20260109-090000"],
      ["2026-01-09T14:00:00.900Z", "UTC", "2026-01-09T14:00:00+00:00", "20260109-140000"],
      ["2026-01-09T14:00:00.999Z", NY, "2026-01-09T09:00:00-05:00", "20260109-090000"],
      ["2026-01-09T14:00:01.000Z", NY, "2026-01-09T09:00:01-05:00", "20260109-090001"],
      ["2026-03-08T07:00:00Z", NY, "2026-03-08T03:00:00-04:00", "20260308-030000"],
      ["2026-01-09T14:00:00.100Z", NY, "2026-01-09T09:00:00-05:00", "20260109-090000"]
    ]
    calls.forEach(([instant, zone, iso8601, compact], i) => {
      // one text asked for first on even calls, the other on odd ones: neither may stand in for the other
      if (i % 2 === 0) expect([formatInZone(at(instant), zone), compactStamp(at(instant), zone)]).toEqual([iso8601, compact])
      else expect([compactStamp(at(instant), zone), formatInZone(at(instant), zone)]).toEqual([compact, iso8601])
    })
  })
})

describe("cron syntax people bring from the seed's engine", () => {
  const base = Date.parse("2026-01-01T00:00:00Z")
  const iso = (expression: string, n = 3) => nextN(expression, "UTC", base, n).map((t) => new Date(t).toISOString())

  it("start/step (0/5, 5/15) means start-max/step, as APScheduler, Quartz, croniter and systemd read it", () => {
    expect(cronProblem("0/5 * * * *")).toBeUndefined()
    expect(iso("0/5 * * * *")).toEqual(iso("0-59/5 * * * *"))
    expect(iso("5/15 * * * *")).toEqual(["2026-01-01T00:05:00.000Z", "2026-01-01T00:20:00.000Z", "2026-01-01T00:35:00.000Z"])
  })

  it("a step as large as its field is accepted in every field and matches the first value only (Vixie cron)", () => {
    for (const e of ["*/60 * * * *", "0 */24 * * *", "0 0 */32 * *", "0 0 1 */13 *"]) expect(cronProblem(e)).toBeUndefined()
    expect(iso("*/60 * * * *")).toEqual(iso("0 * * * *"))
    expect(iso("0 */24 * * *")).toEqual(iso("0 0 * * *"))
    expect(iso("0 0 */32 * *")).toEqual(iso("0 0 1 * *"))
    expect(iso("0 0 1 */13 *")).toEqual(iso("0 0 1 1 *"))
  })

  it("SUN-SUN is Sunday only; names and numbers mean the same days and months", () => {
    expect(iso("0 0 * * SUN-SUN")).toEqual(["2026-01-04T00:00:00.000Z", "2026-01-11T00:00:00.000Z", "2026-01-18T00:00:00.000Z"])
    expect(iso("0 9 * JAN-MAR MON-FRI", 10)).toEqual(iso("0 9 * 1-3 1-5", 10))
    expect(iso("0 0 * * FRI#2")).toEqual(iso("0 0 * * 5#2"))
  })

  it("an instant that does not exist is refused, never rolled over (--from 2024-02-30)", () => {
    expect(parseInstant("2024-02-30T12:00:00Z")).toBeUndefined()
    expect(parseInstant("2026-04-31T00:00:00+02:00")).toBeUndefined()
    expect(parseInstant("2026-01-01T24:00:00Z")).toBeUndefined()
    expect(parseInstant("2024-02-29T12:00:00Z")).toBe(Date.parse("2024-02-29T12:00:00Z"))
  })
})
