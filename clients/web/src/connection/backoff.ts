/** Reconnect delays: exponential, capped, with jitter so a restarted server is not hit by every tab at once. */
export interface BackoffOptions {
  readonly initialMs: number;
  readonly maxMs: number;
  readonly factor: number;
  /** A number in [0, 1); Math.random in the browser, fixed in tests. */
  readonly random: () => number;
}

export const defaultBackoff: BackoffOptions = { initialMs: 250, maxMs: 10_000, factor: 2, random: Math.random };

export class Backoff {
  private attempt = 0;

  constructor(private readonly options: BackoffOptions = defaultBackoff) {
    if (!(options.initialMs > 0) || !(options.maxMs >= options.initialMs) || !(options.factor >= 1)) {
      throw new RangeError("backoff needs 0 < initialMs <= maxMs and factor >= 1");
    }
  }

  /** The delay before the next attempt: a random point in the upper half of the capped exponential step. */
  next(): number {
    const { initialMs, maxMs, factor, random } = this.options;
    const ceiling = Math.min(maxMs, initialMs * factor ** this.attempt);
    this.attempt++;
    return Math.round(ceiling / 2 + (random() * ceiling) / 2);
  }

  get attempts(): number {
    return this.attempt;
  }

  reset(): void {
    this.attempt = 0;
  }
}
