import { BookingError, toBookingError } from '../domain/booking-error.js';
import type { Hold, Slot } from '../domain/types.js';

/** What a {@link HoldKeeper} needs from the flow that owns it. */
export interface HoldKeeperHost {
  /**
   * Holds a slot (or the same slot again). A hold it `replaces` is given back only just before the new request,
   * once anything the request needs first (a captcha) is ready.
   */
  hold(slot: Slot | Hold, replaces?: Hold, signal?: AbortSignal): Promise<Hold>;
  release(hold: Hold): Promise<void>;
  now(): Date;
  /** The hold changed: a new one, a renewed one, or none (null). */
  changed(hold: Hold | null): void;
  /** A hold that ran out was renewed. */
  renewed(): void;
  /** The held slot is gone: the citizen has to choose again. */
  lost(error: BookingError): void;
}

/** How long to wait before renewing again after a passing fault, in milliseconds. */
const retryAfterFault = 15000;

/**
 * Keeps the slot held for the citizen while they type: a timer that renews a hold once it has run out (by
 * holding the same slot again, SPEC section 3), a renewal on request before it runs out (WCAG 2.2.1), and the
 * release. A passing fault is tried again shortly, so that it does not cost the citizen the slot; a slot taken
 * meanwhile is reported as lost.
 */
export class HoldKeeper {
  readonly #host: HoldKeeperHost;
  #hold: Hold | null = null;
  #timer?: ReturnType<typeof setInterval>;
  /** The renewal under way, if any, and what stops it once its hold is not the one kept any more. */
  #renewal: Promise<void> | null = null;
  #renewalAbort: AbortController | null = null;
  /** When a renewal that failed for a passing fault may be tried again. */
  #retryAt = 0;

  constructor(host: HoldKeeperHost) {
    this.#host = host;
  }

  get hold(): Hold | null {
    return this.#hold;
  }

  /** Whether a renewal is under way: the hold on hand is about to be replaced. */
  get renewing(): boolean {
    return this.#renewal !== null;
  }

  /** Settles once the renewal under way, if any, is done: renewed, lost, stopped, or failed for a while. */
  async settled(): Promise<void> {
    await this.#renewal;
  }

  /** Seconds until the hold runs out, by the host's clock; null without a hold. */
  secondsLeft(): number | null {
    const hold = this.#hold;
    return hold ? Math.max(0, Math.round((Date.parse(hold.expiresAt) - this.#host.now().getTime()) / 1000)) : null;
  }

  /** Takes a new hold to keep (or none), and watches it run out. */
  keep(hold: Hold | null): void {
    // A renewal of the hold given up stops (a ZMS one may be waiting a minute for upstream).
    if (hold !== this.#hold) this.#renewalAbort?.abort();
    this.#hold = hold;
    this.#retryAt = 0;
    if (hold && !this.#timer) this.#timer = setInterval(() => this.#check(), 1000);
    if (!hold) this.stop();
    this.#host.changed(hold);
  }

  /** Gives the held slot back without waiting: the citizen goes on at once. */
  release(): void {
    const hold = this.#hold;
    if (!hold) return;
    this.keep(null);
    this.#host.release(hold).catch(() => {
      // The hold runs out by itself; nothing the citizen needs to know.
    });
  }

  /** Keeps the held slot for another hold period, when the citizen asks for more time. */
  async extend(): Promise<void> {
    if (this.#hold && this.#hold.extendable !== false && !this.renewing) await this.#renew(this.#hold, true);
  }

  /** Stops watching, without giving anything back (the widget left the page, or the hold was booked). */
  stop(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
  }

  #check(): void {
    const hold = this.#hold;
    const now = this.#host.now().getTime();
    if (hold && !this.renewing && now >= Date.parse(hold.expiresAt) && now >= this.#retryAt) {
      void this.#renew(hold, false);
    }
  }

  #renew(hold: Hold, releaseFirst: boolean): Promise<void> {
    const abort = (this.#renewalAbort = new AbortController());
    this.#renewal = this.#tryRenewal(hold, releaseFirst, abort.signal).finally(() => (this.#renewal = null));
    return this.#renewal;
  }

  async #tryRenewal(hold: Hold, releaseFirst: boolean, signal: AbortSignal): Promise<void> {
    try {
      const renewed = await this.#host.hold(hold, releaseFirst ? hold : undefined, signal);
      if (this.#hold !== hold) {
        // The citizen moved on meanwhile: the renewal is given back.
        this.#host.release(renewed).catch(() => undefined);
        return;
      }
      this.keep(renewed);
      this.#host.renewed();
    } catch (error) {
      if (this.#hold !== hold) return;
      const { code } = toBookingError(error);
      if (code !== 'slot-taken' && code !== 'not-found' && code !== 'hold-expired') {
        this.#retryAt = this.#host.now().getTime() + retryAfterFault;
        return;
      }
      this.keep(null);
      this.#host.lost(new BookingError('hold-expired', 'The hold ran out and its slot was taken meanwhile.'));
    }
  }
}
