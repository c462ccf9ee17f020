import { html, nothing, type TemplateResult } from 'lit';
import { BookingError } from '../../domain/booking-error.js';
import { encodePayload, readChallenge, solveChallenge, type Challenge } from './proof-of-work.js';
import { styles } from './civic-captcha.styles.js';
import { LocalizedElement } from '../shared/localized-element.js';

/** What the check shows: a check running, a payload solved (or nothing to do), or a failure to retry. */
export type CaptchaState = 'checking' | 'verified' | 'failed';

/** A payload solved ahead and not used yet, and when its challenge runs out (ms since the epoch). */
interface SolvedPayload {
  payload: string;
  expiresAt: number;
}

interface WaitingRequest {
  resolve: (payload: string) => void;
  reject: (error: unknown) => void;
}

/** The backend's challenge, from its own address only, without cookies and in time. */
async function fetchChallenge(url: string, check: AbortController): Promise<Challenge> {
  const timer = setTimeout(() => check.abort(new Error('No challenge within 20 s.')), 20_000);
  try {
    // A redirect could lead anywhere: the challenge comes from the backend itself or not at all.
    const response = await fetch(url, { credentials: 'omit', redirect: 'error', signal: check.signal });
    if (!response.ok) throw new Error(`The challenge answered ${response.status}.`);
    return readChallenge(await response.json());
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The check that a person, not a program, asks to hold a time, where an office's backend asks for one
 * (catalog `captcha: { kind: "altcha" }`). The citizen's device solves the backend's small ALTCHA proof of
 * work by itself as soon as the check appears: there is no puzzle and nothing to do. The check says what it
 * is doing in a live region (checking, done, failed); when it failed, a button tries again. A payload is
 * good for one request; the next one gets a new payload.
 *
 * `<civic-booking>` loads it only for a backend that asks for a captcha, and takes payloads from
 * {@link CivicCaptcha.solution}.
 *
 * @summary A proof-of-work captcha (ALTCHA's format), solved on the citizen's device.
 *
 * @csspart check - The box with the state, its text and the retry button.
 * @csspart retry - The button that tries again after a failure.
 *
 * @cssprop --civic-color-text - Text of the check.
 * @cssprop --civic-color-border - Frame of the check.
 * @cssprop --civic-color-success - The mark of a solved check.
 * @cssprop --civic-color-danger - The mark and text of a failed check.
 * @cssprop --civic-color-accent - The retry button.
 *
 * @tag civic-captcha
 */
export class CivicCaptcha extends LocalizedElement {
  static override styles = styles;

  static override properties = {
    challengeUrl: { attribute: 'challenge-url' },
  };

  /** Where the challenges come from: an address on the backend's own origin. */
  challengeUrl = '';

  #state: CaptchaState = 'checking';
  /** The payload solved ahead, while the citizen chooses a time. */
  #solved: SolvedPayload | null = null;
  #expiryTimer?: ReturnType<typeof setTimeout>;
  #waiting: WaitingRequest[] = [];
  /** The check that runs now; one at a time, so that two requests do not slow each other down. */
  #check: AbortController | null = null;
  /** Whether a payload should be solved before anyone asks: at the start, and when one ran out unused. */
  #solveAhead = false;
  /** Payloads solved ahead that ran out unused in a row; a few at most, then the next request solves its own. */
  #unusedInARow = 0;

  /**
   * A payload for one request to the backend: the one solved ahead, or else a new one. Rejects with a
   * `captcha-required` BookingError when the check fails (no challenge, no solution, an algorithm it does not
   * run) or leaves the page before it is done.
   */
  solution(): Promise<string> {
    const solved = this.#solved;
    this.#dropSolved();
    this.#unusedInARow = 0;
    if (solved && solved.expiresAt > Date.now() + 5000) return Promise.resolve(solved.payload);
    const answer = new Promise<string>((resolve, reject) => this.#waiting.push({ resolve, reject }));
    if (this.isConnected) this.#startCheck();
    else this.#rejectWaiting('The captcha is not on the page.');
    return answer;
  }

  /** Its texts are among the rarer ones: an office that asks for no captcha never downloads them. */
  protected override needsMoreTexts(): boolean {
    return true;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#solveAhead = true;
    this.#unusedInARow = 0;
    this.#startCheck();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A check taken off the page (the citizen went back meanwhile) answers no one: nothing waits for it.
    this.#check?.abort();
    this.#check = null;
    this.#dropSolved();
    this.#rejectWaiting('The captcha left the page before it was solved.');
  }

  #startCheck(): void {
    const wanted = this.#waiting.length > 0 || (this.#solveAhead && !this.#solved);
    if (wanted && !this.#check && this.isConnected) void this.#runCheck(new AbortController());
  }

  async #runCheck(check: AbortController): Promise<void> {
    this.#check = check;
    this.#setState('checking');
    let solved: SolvedPayload;
    try {
      // The first check starts with the element; its address is set by the time it has rendered.
      await this.updateComplete;
      if (!this.challengeUrl) throw new Error('No challenge-url.');
      const challenge = await fetchChallenge(this.challengeUrl, check);
      const solution = await solveChallenge(challenge, { signal: check.signal });
      const { expiresAt } = challenge.parameters;
      solved = { payload: encodePayload(challenge, solution), expiresAt: expiresAt ? expiresAt * 1000 : Infinity };
      // Challenges that have run out by the time they are solved (a clock far off) end like a failure, rather
      // than asking the backend again and again.
      if (solved.expiresAt < Date.now() + 1000) throw new Error('The challenge ran out before it was solved.');
    } catch (error) {
      if (this.#check !== check) return;
      this.#check = null;
      this.#solveAhead = false;
      this.#setState('failed');
      this.#rejectWaiting(`The captcha could not be solved: ${String(error)}`);
      return;
    }
    if (this.#check !== check) return;
    this.#check = null;
    this.#solveAhead = false;
    this.#setState('verified');
    const waiting = this.#waiting.shift();
    if (waiting) waiting.resolve(solved.payload);
    else this.#keep(solved);
    // Whoever still waits (a second request at once) gets a check of its own.
    this.#startCheck();
  }

  #keep(solved: SolvedPayload): void {
    this.#solved = solved;
    const untilExpiry = solved.expiresAt - Date.now();
    // Longer than setTimeout can wait (24 days) counts as never.
    if (untilExpiry < 2 ** 31) this.#expiryTimer = setTimeout(() => this.#handleExpiry(), untilExpiry);
  }

  /**
   * A payload solved ahead ran out before it was used: a fresh one is solved quietly, so that the next hold
   * does not wait; after a few in a row the next request solves its own.
   */
  #handleExpiry(): void {
    this.#solved = null;
    this.#solveAhead = ++this.#unusedInARow <= 3;
    this.#startCheck();
  }

  #dropSolved(): void {
    this.#solved = null;
    clearTimeout(this.#expiryTimer);
  }

  #rejectWaiting(why: string): void {
    const error = new BookingError('captcha-required', why);
    this.#waiting.splice(0).forEach((waiting) => waiting.reject(error));
  }

  #setState(state: CaptchaState): void {
    this.#state = state;
    this.requestUpdate();
  }

  #handleRetry(event: Event): void {
    const hadFocus = this.shadowRoot!.activeElement === event.currentTarget;
    this.#solveAhead = true;
    this.#unusedInARow = 0;
    this.#startCheck();
    // The button goes while the check runs; the focus stays in the check, on what it says, not on the page.
    if (hadFocus) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.status')?.focus());
  }

  protected override render(): TemplateResult {
    const texts = this.localization.messages.captcha;
    const state = this.#state;
    return html`<div part="check" class="check" data-state=${state} role="group" aria-labelledby="label">
      <span class="mark" aria-hidden="true"></span>
      <p class="text">
        <span id="label" class="label">${texts.label}</span>
        <span class="status" role="status" tabindex="-1">${texts[state]}</span>
      </p>
      ${
        state === 'failed'
          ? html`<button type="button" part="retry" @click=${this.#handleRetry}>${texts.retry}</button>`
          : nothing
      }
    </div>`;
  }
}
