import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Re-renders its host every few seconds while `active()` says a countdown is on screen, and reads the time
 * from an injectable clock so that tests and stories stay deterministic.
 */
export class ClockController implements ReactiveController {
  private timer?: ReturnType<typeof setInterval>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly clock: () => Date,
    private readonly active: () => boolean,
    private readonly intervalMs = 5000,
  ) {
    host.addController(this);
  }

  get now(): Date {
    return this.clock();
  }

  hostUpdated(): void {
    if (this.active() && !this.timer) {
      this.timer = setInterval(() => this.host.requestUpdate(), this.intervalMs);
    } else if (!this.active() && this.timer) {
      this.stop();
    }
  }

  hostDisconnected(): void {
    this.stop();
  }

  private stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}
