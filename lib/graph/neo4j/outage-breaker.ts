/**
 * Once the database has been found unreachable, reads fail at once for a short while instead of each waiting for its
 * own connection timeout: during an outage every request would otherwise hold a socket and a client for seconds.
 */
export class OutageBreaker {
  private openUntil = 0;

  constructor(
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Whether reads should fail without trying the database. */
  isOpen(): boolean {
    return this.now() < this.openUntil;
  }

  trip(): void {
    this.openUntil = this.now() + this.windowMs;
  }
}
