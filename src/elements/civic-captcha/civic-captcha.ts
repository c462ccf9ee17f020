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
  const response = await fetch(input, { ...init, credentials: 'omit' });
  if (!response.ok) return response;
  // A challenge may carry settings for the widget (in `configuration` or the X-Altcha-Config header), such as
  // a cookie to set or another address to verify at. The widget keeps its own: no cookies, no other hosts.
  // A code to type from an image or audio (`codeChallenge`) would need an address to verify it at, which the
  // protocol does not have, and its media may come from anywhere: the check stays a proof of work, and a
  // backend that wants the code answers captcha-required.
  const challenge = (await response.json()) as Record<string, unknown>;
  delete challenge.configuration;
  delete challenge.codeChallenge;
  return Response.json(challenge);
}

/** ALTCHA's settings for this widget: no collection of pointer and scroll movements, no logo or link. */
const settings: Partial<Configuration> = {
  type: 'checkbox',
  workers: 1,
  hideLogo: true,
  hideFooter: true,
  humanInteractionSignature: false,
  credentials: 'omit',
};

/**
 * ALTCHA renders once with its defaults before it reads any setting of its element, and that first render
 * writes its footer (a link to its website) as HTML, which a page that enforces Trusted Types refuses. So
 * this widget's settings are ALTCHA's defaults while it starts, and the page's own are back once it has.
 */
function startWithSettings(): () => void {
  const defaults = globalThis.$altcha.defaults.store;
  let pageDefaults: Partial<Configuration> = {};
  defaults.subscribe((value) => (pageDefaults = value))();
  defaults.set({ ...pageDefaults, ...settings });
  return () => defaults.set(pageDefaults);
}

/**
 * The check that a person, not a program, asks to hold a time, where an office's backend asks for one
 * (catalog `captcha: { kind: "altcha" }`). It shows ALTCHA's accessible widget, which solves a small proof
 * of work by itself as soon as it appears: there is no puzzle, and nothing to do unless the backend asks for
 * a code. Its payload is good for one hold; the next hold gets a new one.
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
  #loaded!: (widget: AltchaWidgetElement) => void;
  #restoreDefaults?: () => void;
  #solving = false;
  /** The widget, once it has started and taken this element's settings. */
  #ready = new Promise<AltchaWidgetElement>((resolve) => (this.#loaded = resolve));

  /**
   * A payload for one request to the backend: the one solved ahead, or else a new one. Rejects with a
   * `captcha-required` BookingError when the check fails (no challenge, no solution, an unsupported
   * algorithm); the widget then shows why, and ticking its box tries again.
   */
  async solution(): Promise<string> {
    const payload = this.#payload;
    if (payload) {
      this.#payload = null;
      return payload;
    }
    const next = new Promise<string>((resolve, reject) => this.#waiting.push({ resolve, reject }));
    if (!this.isConnected) this.#rejectWaiting('The captcha is not on the page.');
    void this.#ready.then((widget) => {
      // A check that is running, or waits for the citizen's code, is awaited rather than started again.
      if (!this.isConnected || !this.#waiting.length || this.#solving || widget.getState() === 'code') return;
      widget.reset();
      this.#verify(widget);
    });
    return next;
  }

  #rejectWaiting(why: string): void {
    const error = new BookingError('captcha-required', why);
    this.#waiting.splice(0).forEach((waiting) => waiting.reject(error));
  }

  /** Starts one check at a time: a second would cancel the first, which then reports an error. */
  #verify(widget: AltchaWidgetElement): void {
    this.#solving = true;
    void widget.verify().finally(() => (this.#solving = false));
  }

  get #widget(): AltchaWidgetElement | null {
    return this.renderRoot.querySelector('altcha-widget');
  }

  #handleStateChange(event: CustomEvent<{ state: string; payload?: string }>): void {
    const { state, payload } = event.detail;
    if (state === 'verified' && payload) {
      const waiting = this.#waiting.shift();
      if (waiting) waiting.resolve(payload);
      else this.#payload = payload;
    } else if (state === 'error' || state === 'expired') {
      this.#payload = null;
      this.#rejectWaiting(`The captcha could not be solved (${state}).`);
    }
  }

  protected override firstUpdated(): void {
    // Lit has just created ALTCHA's element; ALTCHA starts it a moment later.
    this.#restoreDefaults = startWithSettings();
  }

  /** ALTCHA's element has its methods only once it has started. */
  async #handleLoad(): Promise<void> {
    this.#restorePageDefaults();
    const widget = this.#widget!;
    // The fetch is set here rather than in the defaults, which are the page's: the check starts only with it.
    await widget.configure({ ...settings, fetch: fetchChallenge });
    // Solved ahead, while the citizen chooses a time, so that holding it does not wait.
    this.#verify(widget);
    this.#loaded(widget);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#restorePageDefaults();
    // A check taken off the page (the citizen went back meanwhile) answers no one: nothing waits for it.
    this.#rejectWaiting('The captcha left the page before it was solved.');
  }

  #restorePageDefaults(): void {
    this.#restoreDefaults?.();
    this.#restoreDefaults = undefined;
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
