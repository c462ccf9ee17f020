import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Renders its host again at an interval while `active()` says a countdown is on screen, and not otherwise. */
export class TickController implements ReactiveController {
  #timer?: ReturnType<typeof setInterval>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly active: () => boolean,
    private readonly intervalMs = 1000,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.active() && !this.#timer) {
      this.#timer = setInterval(() => this.host.requestUpdate(), this.intervalMs);
    } else if (!this.active() && this.#timer) {
      this.#stop();
    }
  }

  hostDisconnected(): void {
    this.#stop();
  }

  #stop(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
  }
}
