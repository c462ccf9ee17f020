import 'altcha/external';
import 'altcha/i18n/de';
import type { AltchaWidgetElement } from 'altcha/external';
import type { Configuration } from 'altcha/types';
import { html, LitElement, type TemplateResult } from 'lit';
import { BookingError } from '../../domain/booking-error.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import { useMainThreadSolver } from './main-thread-solver.js';
import { styles } from './civic-captcha.styles.js';

useMainThreadSolver();

/** The challenge as the backend sent it, without anything that would reconfigure the widget. */
async function fetchChallenge(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  // A redirect could lead anywhere; the challenge comes from the backend itself or not at all, and in time.
  const response = await fetch(input, {
    ...init,
    credentials: 'omit',
    redirect: 'error',
    signal: AbortSignal.timeout(20_000),
  });
  if (!response.ok) return response;
  // A challenge may carry settings for the widget (in `configuration` or the X-Altcha-Config header, which a
  // new Response leaves behind), such as a cookie to set or another address to verify at, and may ask for
  // pointer and scroll movements (`his`). A code to type from an image or audio (`codeChallenge`) would need
  // an address to verify it at, which the protocol does not have. The widget keeps to the proof of work; a
  // backend that wants more answers captcha-required.
  const challenge = (await response.json()) as Record<string, unknown>;
  delete challenge.configuration;
  delete challenge.codeChallenge;
  delete challenge.his;
  return Response.json(challenge);
}

/** Whether a payload's challenge runs out within the next seconds (or is not a payload this widget made). */
function runsOutSoon(payload: string): boolean {
  try {
    const expiresAt = JSON.parse(atob(payload)).challenge?.parameters?.expiresAt;
    return typeof expiresAt === 'number' && expiresAt * 1000 < Date.now() + 5000;
  } catch {
    return true;
  }
}

/**
 * ALTCHA's settings for this widget. Everything that could set a cookie, send anything to another address,
 * collect pointer movements or start a check on its own is switched off, whatever the page's own ALTCHA
 * defaults say; no logo, no link to ALTCHA's website.
 */
const settings: Partial<Configuration> = {
  type: 'checkbox',
  display: 'standard',
  auto: 'off',
  workers: 1,
  hideLogo: true,
  hideFooter: true,
  humanInteractionSignature: false,
  credentials: 'omit',
  setCookie: null,
  verifyUrl: null,
  verifyFunction: null,
  codeChallenge: null,
  serverVerificationFields: false,
  serverVerificationTimeZone: false,
  test: false,
  mockError: false,
  debug: false,
  timeout: 90_000,
  minDuration: 500,
};

/** How many of these widgets are starting, and the page's own ALTCHA defaults from before the first did. */
const starting = { count: 0, pageDefaults: {} as Partial<Configuration> };

/**
 * ALTCHA renders once with its defaults before it reads any setting of its element, and that first render
 * writes its footer (a link to its website) as HTML, which a page that enforces Trusted Types refuses. So
 * this widget's settings are ALTCHA's defaults while it starts (within the microtasks after its element is
 * connected), and the page's own are back in the next task, once the last starting widget has started.
 */
function startWithSettings(): void {
  const defaults = globalThis.$altcha.defaults.store;
  if (starting.count++ === 0) {
    defaults.subscribe((value) => (starting.pageDefaults = value))();
    defaults.set({ ...starting.pageDefaults, ...settings });
  }
  setTimeout(() => {
    if (--starting.count === 0) defaults.set(starting.pageDefaults);
  });
}

/**
 * The check that a person, not a program, asks to hold a time, where an office's backend asks for one
 * (catalog `captcha: { kind: "altcha" }`). It shows ALTCHA's accessible widget and solves its small proof
 * of work on the device as soon as it appears: there is no puzzle and nothing to do. Should the check fail,
 * the widget says why, and ticking its box tries again. A payload is good for one hold; the next hold gets a
 * new one.
 *
 * `<civic-booking>` loads it only for a backend that asks for a captcha, and takes payloads from
 * {@link CivicCaptcha.solution}.
 *
 * @summary ALTCHA's captcha, solved on the citizen's device.
 *
 * @cssprop --civic-color-text - Text of the check.
 * @cssprop --civic-color-border - Frame of the check.
 * @cssprop --civic-color-success - The ticked box.
 *
 * @tag civic-captcha
 */
export class CivicCaptcha extends LitElement {
  static override styles = styles;

  static override properties = {
    challengeUrl: { attribute: 'challenge-url' },
  };

  /** Where ALTCHA's challenges come from: an address on the backend's own origin. */
  challengeUrl = '';

  #locale = new LocaleController(this);
  /** A payload solved ahead and not used yet. */
  #payload: string | null = null;
  #waiting: { resolve: (payload: string) => void; reject: (error: unknown) => void }[] = [];
  /** Whether a payload should be solved ahead, before anyone asks: at the start, and when one ran out. */
  #solveAhead = false;
  /** When the last payload was solved, by the real clock (ALTCHA's own). */
  #solvedAt = 0;
  /** Payloads solved ahead that ran out unused in a row; a few at most, then the next hold solves its own. */
  #unusedInARow = 0;
  /** Whether ALTCHA's element has started with this element's settings (its `load`) and not left the page. */
  #started = false;
  /** The check this element started and that still runs; ALTCHA's own (a ticked box) shows as `verifying`. */
  #check: Promise<unknown> | null = null;
  #loaded!: (widget: AltchaWidgetElement) => void;
  /** The widget, once it has first started and taken this element's settings. */
  #ready = new Promise<AltchaWidgetElement>((resolve) => (this.#loaded = resolve));

  /**
   * A payload for one request to the backend: the one solved ahead, or else a new one. Rejects with a
   * `captcha-required` BookingError when the check fails (no challenge, no solution, an algorithm it does not
   * run) or leaves the page before it is done.
   */
  async solution(): Promise<string> {
    const payload = this.#payload;
    this.#payload = null;
    this.#unusedInARow = 0;
    if (payload && !runsOutSoon(payload)) return payload;
    const next = new Promise<string>((resolve, reject) => this.#waiting.push({ resolve, reject }));
    if (this.isConnected) void this.#ready.then((widget) => this.#checkFor(widget));
    else this.#rejectWaiting('The captcha is not on the page.');
    return next;
  }

  /**
   * Starts a check when someone waits for a payload and none runs. Two at once would cancel each other: ALTCHA
   * then reports the first one as failed.
   */
  #checkFor(widget: AltchaWidgetElement): void {
    const wanted = this.#waiting.length > 0 || (this.#solveAhead && !this.#payload);
    if (!this.#started || !wanted || this.#check || widget.getState() === 'verifying') return;
    widget.reset();
    const check = widget.verify().finally(() => {
      if (this.#check !== check) return;
      this.#check = null;
      // Whoever still waits (a second request) gets a check of its own.
      setTimeout(() => this.#checkFor(widget));
    });
    this.#check = check;
  }

  #rejectWaiting(why: string): void {
    const error = new BookingError('captcha-required', why);
    this.#waiting.splice(0).forEach((waiting) => waiting.reject(error));
  }

  get #widget(): AltchaWidgetElement | null {
    return this.renderRoot.querySelector('altcha-widget');
  }

  #handleStateChange(event: CustomEvent<{ state: string; payload?: string }>): void {
    const { state, payload } = event.detail;
    if (state === 'verified' && payload) {
      this.#solveAhead = false;
      this.#solvedAt = Date.now();
      const waiting = this.#waiting.shift();
      if (waiting) waiting.resolve(payload);
      else this.#payload = payload;
    } else if (state === 'error') {
      this.#solveAhead = false;
      this.#payload = null;
      this.#rejectWaiting('The captcha could not be solved.');
    } else if (state === 'expired') {
      // A payload solved ahead ran out before it was used: a fresh one is solved quietly, so that the next
      // hold does not wait and no "expired" message interrupts the citizen. Challenges that run out as soon as
      // they are solved (a clock far off) end like a failure instead of asking the backend again and again.
      this.#payload = null;
      const soon = Date.now() - this.#solvedAt < 1000;
      this.#solveAhead = !soon && !this.#waiting.length && ++this.#unusedInARow <= 3;
      if (soon || this.#waiting.length) this.#rejectWaiting('The captcha ran out before it was used.');
    }
    // A check that ended without a payload (cancelled, or ALTCHA's own after a ticked box) leaves whoever
    // waits to the next one.
    if (state !== 'verifying') {
      const widget = this.#widget;
      if (widget) setTimeout(() => this.#ready.then((ready) => ready === widget && this.#checkFor(widget)));
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasUpdated) return;
    // Put back on the page a task or more after it left, ALTCHA starts its element again from its defaults
    // and says so with `load`. Put back at once, it keeps its element as it was: then the widget goes on.
    startWithSettings();
    setTimeout(() => {
      const widget = this.#widget;
      if (this.#started || !this.isConnected || typeof widget?.verify !== 'function') return;
      this.#started = true;
      this.#solveAhead = true;
      this.#checkFor(widget);
    });
  }

  protected override firstUpdated(): void {
    // Lit has just created ALTCHA's element; ALTCHA starts it a moment later.
    startWithSettings();
  }

  /** ALTCHA's element has its methods only once it has started, and again after it was started anew. */
  #handleLoad(): void {
    const widget = this.#widget!;
    // The fetch is set here rather than in the page-wide defaults; then the first payload is solved ahead,
    // while the citizen chooses a time.
    void widget.configure({ ...settings, fetch: fetchChallenge });
    this.#started = true;
    this.#solveAhead = true;
    this.#loaded(widget);
    this.#checkFor(widget);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A check taken off the page (the citizen went back meanwhile) answers no one: nothing waits for it.
    this.#rejectWaiting('The captcha left the page before it was solved.');
    this.#payload = null;
    this.#check = null;
    this.#started = false;
    // Stops a check still running and ALTCHA's expiry timer, which would report to this element later.
    this.#widget?.reset?.();
  }

  protected override render(): TemplateResult {
    return html`<altcha-widget
      language=${this.#locale.value.messagesLanguage}
      challenge=${this.challengeUrl}
      @load=${this.#handleLoad}
      @statechange=${this.#handleStateChange}
    ></altcha-widget>`;
  }
}
