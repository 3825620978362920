export interface ClockSample {
  readonly wall: number
  readonly mono: number
}

export type ClockGap =
  | { readonly kind: "suspend"; readonly sleptForMs: number }
  | { readonly kind: "clock set back"; readonly byMs: number }

/** How far wall and monotonic time may drift apart between two samples before it counts. */
export const GAP_THRESHOLD_MS = 5_000

/**
 * Wall time that ran ahead of monotonic time between two samples means the machine
 * was suspended (or the clock was set forward: the same remedy); wall time that fell
 * behind means the clock was set back.
 */
export const clockGap = (previous: ClockSample, next: ClockSample, thresholdMs = GAP_THRESHOLD_MS): ClockGap | undefined => {
  const drift = next.wall - previous.wall - (next.mono - previous.mono)
  if (drift > thresholdMs) return { kind: "suspend", sleptForMs: Math.round(drift) }
  if (drift < -thresholdMs) return { kind: "clock set back", byMs: Math.round(-drift) }
  return undefined
}
