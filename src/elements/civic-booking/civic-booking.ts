// Over 350 lines on purpose: the one template that composes every step's element with the flow's state, so
// that the widget reads in one place; the steps, the flow and the backends live in their own files.
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { BookingAdapter } from '../../adapters/booking-adapter.js';
import { createAdapter, type BackendProblem } from '../../backends/registry.js';
import { isProtocolErrorCode, type BookingErrorCode } from '../../domain/booking-error.js';
import { ANY_LOCATION, estimatedMinutes } from '../../domain/selection.js';
import type { Booking, Concern, IsoDate, Slot } from '../../domain/types.js';
import { BookingFlow, type FlowError, type StepName } from '../../flow/booking-flow.js';
import { finalSteps, forwardOf } from '../../flow/journeys.js';
import type { Localization } from '../../i18n/localization.js';
import { emptyContactDraft, type ContactDraft } from '../civic-contact-form/civic-contact-form.js';
import type { CivicContactForm } from '../civic-contact-form/civic-contact-form.js';
import type { CivicCaptcha } from '../civic-captcha/civic-captcha.js';
import { TickController } from '../shared/tick-controller.js';
import { styles } from './civic-booking.styles.js';
import { LocalizedElement } from '../shared/localized-element.js';
import { languages } from '../../i18n/languages.js';
import { matchLanguage, officeFirstDayOfWeek, tellOnce } from '../../i18n/localization.js';

/** `detail` of `civic-step-change`. */
export interface StepChangeDetail {
  step: StepName;
}

/** `detail` of `civic-booked`. */
export interface BookedDetail {
  booking: Booking;
}

/** `detail` of `civic-cancelled`. */
export interface CancelledDetail {
  reference: string;
}

/** `detail` of `civic-rescheduled`. */
export interface RescheduledDetail {
  /** The booking at its new time. */
  booking: Booking;
  /** The appointment as it was. */
  previous: Pick<Booking, 'reference' | 'start' | 'end'>;
}

/** `detail` of `civic-error`. */
export interface ErrorDetail {
  code: BookingErrorCode;
  /** The message shown to the citizen, in the widget's language. */
  message: string;
}

/** `detail` of `civic-language-change`. */
export interface LanguageChangeDetail {
  /** The language the citizen chose, as a language subtag (`tr`). */
  lang: string;
}

declare global {
  interface HTMLElementEventMap {
    'civic-language-change': CustomEvent<LanguageChangeDetail>;
    'civic-step-change': CustomEvent<StepChangeDetail>;
    'civic-booked': CustomEvent<BookedDetail>;
    'civic-cancelled': CustomEvent<CancelledDetail>;
    'civic-rescheduled': CustomEvent<RescheduledDetail>;
    'civic-error': CustomEvent<ErrorDetail>;
  }
}

/**
 * The whole booking widget: concerns, location, date and time, contact, review and confirmation, against
 * the backend named by `api` and `backend`, or any adapter set as the `adapter` property.
 *
 * Paste it into a page with the script tag and `<civic-booking api="https://…/api/v1"></civic-booking>`.
 * Every attribute is reactive.
 *
 * @summary Books an appointment at a public office.
 *
 * @fires civic-step-change - `{ step }` whenever another step is shown, also for the first one.
 * @fires civic-booked - `{ booking }` once the backend accepted the booking.
 * @fires civic-cancelled - `{ reference }` once a booking was cancelled (also the old one after a change).
 * @fires civic-rescheduled - `{ booking, previous }` once a booking was moved to another time.
 * @fires civic-error - `{ code, message }` whenever an error is shown to the citizen.
 * @fires civic-language-change - `{ lang }` when the citizen switched the language with the widget's switch.
 *
 * @csspart widget - The outer frame.
 * @csspart progress - "Step 2 of 5".
 * @csspart language - The language switch.
 * @csspart heading - The step's heading.
 * @csspart error - The error message with its retry button.
 * @csspart actions - The row of back and next buttons.
 *
 * @cssprop --civic-color-accent - Buttons, links, selection. Default `#0b5cad`.
 * @cssprop --civic-color-on-accent - Text on the accent colour. Default `#ffffff`.
 * @cssprop --civic-color-text - Text. Default `#1b1b1f`.
 * @cssprop --civic-color-muted - Secondary text. Default `#54565e`.
 * @cssprop --civic-color-background - Background. Default `#ffffff`.
 * @cssprop --civic-color-surface - Panels and hover. Default `#f3f4f7`.
 * @cssprop --civic-color-border - Borders of inputs. Default `#767883`.
 * @cssprop --civic-color-danger - Errors. Default `#b3261e`.
 * @cssprop --civic-color-success - Confirmation. Default `#1e6b34`.
 * @cssprop --civic-radius - Corner radius. Default `0.375rem`.
 * @cssprop --civic-space - Base spacing. Default `1rem`.
 * @cssprop --civic-font - Font family. Default `system-ui, sans-serif`.
 * @cssprop --civic-focus-ring - Focus outline. Default `3px solid #0b5cad`.
 * @cssprop --civic-cell-size - Size of a calendar day. Default `2.75rem`.
 *
 * @tag civic-booking
 */
export class CivicBooking extends LocalizedElement {
  static override styles = styles;

  static override properties = {
    api: { reflect: true },
    backend: { reflect: true },
    concerns: { reflect: true },
    location: { reflect: true },
    privacyUrl: { attribute: 'privacy-url', reflect: true },
    reference: { reflect: true },
    token: { reflect: true },
    languages: { reflect: true },
    adapter: { attribute: false },
    now: { attribute: false },
  };

  /** Base URL of the backend. */
  api: string | null = null;

  /** `rest` (default: the Civic Booking Protocol at `api`) or `demo` (a built-in demo office, no network). */
  backend: string | null = null;

  /** Preselected concerns: `id` or `id:count`, comma-separated. */
  concerns: string | null = null;

  /** Restricts the widget to one location id. */
  location: string | null = null;

  /** Link to the office's privacy policy, shown next to the consent checkbox. */
  privacyUrl: string | null = null;

  /** With `token`: opens an existing booking to show or cancel it. */
  reference: string | null = null;

  /** With `reference`: the booking's access token. */
  token: string | null = null;

  /**
   * The languages of the widget's own language switch, space-separated (`de en tr ar`). Absent: every language
   * the widget speaks; empty: no switch.
   */
  languages: string | null = null;

  /** Any object implementing the adapter interface; wins over `api` and `backend`. */
  adapter: BookingAdapter | null = null;

  /** The clock, for deterministic tests and stories. */
  now: () => Date = () => new Date();

  #flow = new BookingFlow();
  #contactDraft: ContactDraft = emptyContactDraft();
  #builtAdapter: { key: string; result: BookingAdapter | BackendProblem } | null = null;
  #focusAfterRender: 'heading' | 'error' | 'refused-field' | null = null;
  #stepHint: string | null = null;
  #notice = '';
  #stepShown = false;
  /** The booking shown was just confirmed through the e-mail link in the page's address. */
  #confirmedByLink = false;
  /** When a request refused with Retry-After may be tried again. */
  #retryAt: number | null = null;
  /** The citizen switched the language: say so once it is on screen. */
  #announceLanguage = false;
  /** Whether a language has been on screen yet. */
  #spoken = false;
  #releaseOnLeave = () => this.#flow.releaseHold();

  constructor() {
    super();
    // Renders again every second while a countdown (the hold, a Retry-After wait) is on screen.
    new TickController(this, () => this.#flow.state.hold !== null || this.#retryAt !== null);
    const relayed = ['change', 'step', 'booked', 'cancelled', 'rescheduled', 'error', 'activated', 'notice'] as const;
    for (const type of relayed) {
      this.#flow.addEventListener(type, this.#handleFlowEvent);
    }
  }

  /** What the flow says: a new state, a step, a booking, an error… relayed as the widget's own. */
  #handleFlowEvent = (event: Event): void => {
    const { detail } = event as CustomEvent;
    if (event.type === 'step') this.#handleFlowStep(detail as StepChangeDetail);
    else if (['booked', 'cancelled', 'rescheduled'].includes(event.type)) this.#fire(`civic-${event.type}`, detail);
    else if (event.type === 'error') this.#handleFlowError(detail as FlowError);
    else if (event.type === 'activated') {
      this.#confirmedByLink = true;
      // The link's credentials have done their work: they leave the address bar and the history entry.
      history.replaceState(history.state, '', location.pathname + location.search);
    } else if (event.type === 'notice') {
      this.#notice = this.localization.messages[(detail as { message: 'holdRenewed' | 'dayTakenMeanwhile' }).message];
    }
    this.requestUpdate();
  };

  /**
   * The rarer paths, whose texts a booking never downloads: a booking opened, changed, cancelled or past, a
   * refusal, a widget set up wrongly. (The captcha's texts are the captcha element's to ask for.)
   */
  protected override needsMoreTexts(): boolean {
    const { journey, booking, previous, busy, error } = this.#flow.state;
    return (
      typeof this.#resolveAdapter() === 'string' ||
      journey !== 'book' ||
      previous !== null ||
      busy === 'cancelling' ||
      // A refusal, and a change that did not happen, which says the old appointment stays.
      (error !== null && (error.task === 'reschedule' || isProtocolErrorCode(error.code))) ||
      (booking !== null && !this.#isOpen(booking))
    );
  }

  #fire<T>(name: string, detail: T): void {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  // ---------------------------------------------------------------------------------------------------------
  // Configuration

  /** The adapter set, or the one built for `backend` and `api`, or why there is none. */
  #resolveAdapter(): BookingAdapter | BackendProblem {
    if (this.adapter) return this.adapter;
    const key = `${this.backend ?? ''}|${this.api ?? ''}`;
    if (this.#builtAdapter?.key === key) return this.#builtAdapter.result;
    const result = createAdapter(this.backend, {
      // A web editor may write a path (`api="/termine/api/v1"`): it is relative to the page.
      baseUrl: this.api ? new URL(this.api, document.baseURI).href : null,
      lang: this.languageWanted.locale,
      now: () => this.now(),
      solveCaptcha: this.#solveCaptcha,
    });
    this.#builtAdapter = { key, result };
    return result;
  }

  /**
   * Configures the flow on every update, also while the first language is still on its way (then nothing
   * renders yet): the catalog request starts as soon as the widget knows its backend.
   */
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    this.#configure(changed);
    return super.shouldUpdate(changed);
  }

  #configure(changed: PropertyValues<this>): void {
    if (this.#retryAt !== null && this.now().getTime() >= this.#retryAt) {
      this.#retryAt = null;
      // Reading may simply be tried again once the backend allows it; booking waits for the citizen.
      const task = this.#flow.state.error?.task;
      if (task === 'catalog' || task === 'availability') this.#flow.retry();
    }
    const adapter = this.#resolveAdapter();
    if (typeof adapter === 'string') return;
    this.#flow.configure({
      adapter,
      // The catalog is asked for in the language the page wants while that language's texts load, so that both
      // arrive together; in the language shown once they are here, or could not be (then German).
      lang: this.languageReady ? this.localization.locale : this.languageWanted.locale,
      concerns: this.concerns,
      location: this.location,
      reference: this.reference,
      token: this.token,
      activationLink: location.hash ? location.href : null,
      solveCaptcha: this.#solveCaptcha,
      now: () => this.now(),
    });
    // A failed request for the captcha's chunk is made again, and shown, by the hold that needs it.
    if (this.#flow.state.catalog?.captcha) this.#loadCaptcha().catch(() => undefined);
    if (changed.has('backend') || changed.has('api') || changed.has('adapter'))
      this.#contactDraft = emptyContactDraft();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A citizen who leaves the page gives the held slot back to others at once.
    window.addEventListener('pagehide', this.#releaseOnLeave);
    if (this.#left) {
      this.#left = false;
      void this.#flow.reconnect();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pagehide', this.#releaseOnLeave);
    // A widget moved on the page (taken out and put back in the same task) goes on as it was; one taken off
    // (a single-page application's route change) stops its timer and requests and gives its hold back.
    setTimeout(() => {
      if (this.isConnected || this.#left) return;
      this.#left = true;
      this.#flow.disconnect();
    });
  }

  /** Whether the widget left the page and its flow stopped. */
  #left = false;

  override updated(): void {
    if (this.#announceLanguage && this.languageReady) {
      this.#announceLanguage = false;
      const l = this.localization;
      this.#notice = l.format(l.messages.languageChanged, { language: languages[l.lang]!.name });
      this.requestUpdate();
    }
    const target = this.#focusAfterRender;
    this.#focusAfterRender = null;
    if (target === 'error') this.#errorBox?.focus();
    else if (target === 'heading') this.#heading?.focus();
    else if (target === 'refused-field') void this.#focusRefusedField();
    if (this.#revealTimes) {
      this.#revealTimes = false;
      this.#bringTimesIntoView();
    }
    // Focus moving inside a step element's shadow root does not reach this one's listeners: each is watched.
    for (const child of this.renderRoot.querySelectorAll('*')) {
      if (child.shadowRoot && !this.#watched.has(child.shadowRoot)) {
        this.#watched.add(child.shadowRoot);
        child.shadowRoot.addEventListener('focusin', this.#revealFocus as EventListener);
      }
    }
  }

  #watched = new WeakSet<ShadowRoot>();

  /** Set when a day is chosen: its times come into view once rendered. */
  #revealTimes = false;

  /** On a phone the times are below the calendar: a day's times are scrolled to when they are out of sight. */
  #bringTimesIntoView(): void {
    const times = this.renderRoot.querySelector('civic-slot-picker');
    if (!times) return;
    const { top } = times.getBoundingClientRect();
    // Less than about two rows of times showing: the citizen would not see that anything happened.
    if (top > window.innerHeight - 7 * 16) {
      const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      // To the top of the times: `block` is `start` unless said otherwise.
      times.scrollIntoView({ behavior: reduce ? 'auto' : 'smooth' });
    }
  }

  /**
   * The confirmation and manage view is a chunk, requested only once it is about to be needed: when "book" is
   * pressed (it arrives while the booking is sent) or when a booking is opened. Until it is defined, the booking
   * reference shows as plain text.
   */
  #loadDetails = () => import('../civic-booking-details/define.js').catch(() => undefined);

  /** The captcha is a chunk, requested as soon as the backend asks for one. */
  #loadCaptcha = () => import('../civic-captcha/define.js');

  /** A payload from the captcha on screen, for the flow's next hold. */
  #solveCaptcha = async (): Promise<string> => {
    await this.#loadCaptcha();
    await this.updateComplete;
    return this.renderRoot.querySelector<CivicCaptcha>('civic-captcha')!.solution();
  };

  // ---------------------------------------------------------------------------------------------------------
  // Flow events

  #handleFlowStep(detail: StepChangeDetail): void {
    if (detail.step === 'done' || detail.step === 'manage') void this.#loadDetails();
    this.#stepHint = null;
    this.#notice = '';
    // The first step shown must not steal focus from the page; later ones take it to their heading.
    if (this.#stepShown && this.#focusAfterRender !== 'error') this.#focusAfterRender = 'heading';
    this.#stepShown = true;
    this.#fire('civic-step-change', detail);
  }

  #handleFlowError(error: FlowError): void {
    // Fields the backend refused are shown at the form: the focus goes to the first, whose error it reads out.
    const refused = error.code === 'invalid-input' && this.#flow.state.fieldErrors.length > 0;
    this.#focusAfterRender = refused ? 'refused-field' : 'error';
    this.#retryAt = error.retryAfterSeconds ? this.now().getTime() + error.retryAfterSeconds * 1000 : null;
    // The message is the one the citizen reads: once a language is on screen.
    const tell = () =>
      this.#fire('civic-error', { code: error.code, message: this.#errorMessage(error, this.localization) });
    // A refusal's text may still be on its way (see `needsMoreTexts`): the event then waits for it.
    if (this.languageReady && !this.needsMoreTexts()) tell();
    else {
      this.requestUpdate();
      void this.updateComplete.then(tell);
    }
  }

  #errorMessage(error: FlowError, l: Localization): string {
    if (this.languageFailed) return '';
    const said = error.reason === 'timeout' ? l.messages.errorTimeout : l.errorText(error.code);
    // A change that did not happen leaves the old appointment as it was: the citizen is told so.
    const base = error.task === 'reschedule' ? `${said} ${l.messages.rescheduleOldKept}` : said;
    return error.retryAfterSeconds ? `${base} ${l.plural(l.messages.errorRetryIn, error.retryAfterSeconds)}` : base;
  }

  // ---------------------------------------------------------------------------------------------------------
  // User actions

  #handleBack(): void {
    const previous = this.#flow.previousStep();
    if (previous) this.#flow.goTo(previous);
    else if (this.#flow.state.journey === 'reschedule') this.#flow.stopReschedule();
  }

  /** The step's forward action, as the journey's table names it. */
  #handleForward(): void {
    const forward = forwardOf[this.#flow.state.step!];
    this.#stepHint = null;
    if (forward === 'next') {
      const hint = this.#flow.next();
      this.#stepHint = hint && this.localization.messages[hint];
    } else if (forward === 'submit') this.#contactForm?.requestSubmit();
    else if (forward === 'book') this.#handleBook();
    else if (forward === 'again') this.#flow.startOver();
    this.requestUpdate();
  }

  #handleConcernsChange(event: Event): void {
    this.#stepHint = null;
    this.#flow.selectConcerns((event.target as HTMLElement & { value: { id: string; count: number }[] }).value);
  }

  #handleLocationChange(event: Event): void {
    this.#stepHint = null;
    this.#flow.chooseLocation((event.target as HTMLElement & { value: string }).value);
  }

  #handleDateChange(event: Event): void {
    const date = (event.target as HTMLElement & { value: IsoDate | null }).value;
    if (!date) return;
    this.#revealTimes = true;
    this.#flow.selectDate(date);
  }

  #handleMonthChange(event: CustomEvent<{ month: IsoDate }>): void {
    this.#flow.showMonth(event.detail.month);
  }

  #handleSlotSelect(event: CustomEvent<{ slot: Slot }>): void {
    void this.#flow.chooseSlot(event.detail.slot);
  }

  #handleEarliest(): void {
    const { earliest } = this.#flow.state;
    if (earliest) void this.#flow.chooseSlot(earliest);
  }

  #handleLanguageChange(event: Event): void {
    const lang = (event.target as HTMLElement & { value: string }).value;
    this.#announceLanguage = true;
    // The widget's own `lang` wins over the page's (SPEC section 1); everything chosen and typed stays.
    this.setAttribute('lang', lang);
    this.#fire('civic-language-change', { lang });
  }

  #handleContactInput(event: Event): void {
    this.#contactDraft = (event.target as CivicContactForm).value;
  }

  #handleContactSubmit(event: CustomEvent<{ contact: { name: string; email?: string; phone?: string } }>) {
    this.#flow.submitContact(event.detail.contact);
  }

  #handleBook(): void {
    void this.#loadDetails();
    void this.#flow.book();
  }

  #handleEdit(event: CustomEvent<{ step: StepName }>): void {
    this.#flow.goTo(event.detail.step);
  }

  /**
   * Keeps the focused element clear of the action bar that sticks to the bottom of a phone's screen (WCAG
   * 2.4.11): the browser scrolls a focused element just into view, which may be behind the bar.
   */
  #revealFocus = (event: FocusEvent): void => {
    const target = event.composedPath()[0] as HTMLElement;
    // The browser scrolls the newly focused element into view after this event: look once it has.
    requestAnimationFrame(() => {
      const bar = this.renderRoot.querySelector<HTMLElement>('.actions');
      if (!bar || bar.contains(target) || getComputedStyle(bar).position !== 'sticky') return;
      const focused = target.getBoundingClientRect();
      const covered = bar.getBoundingClientRect();
      if (focused.bottom > covered.top && focused.top < covered.bottom) target.scrollIntoView({ block: 'center' });
    });
  };

  // ---------------------------------------------------------------------------------------------------------
  // Rendering

  get #heading(): HTMLElement | null {
    return this.renderRoot.querySelector('#step-heading');
  }

  get #errorBox(): HTMLElement | null {
    return this.renderRoot.querySelector('#error');
  }

  async #focusRefusedField(): Promise<void> {
    const form = this.#contactForm;
    await form?.updateComplete;
    if (!form?.focusFirstProblem()) this.#errorBox?.focus();
  }

  get #contactForm(): CivicContactForm | null {
    return this.renderRoot.querySelector('civic-contact-form');
  }

  override render(): TemplateResult {
    const l = this.localization;
    const m = l.messages;
    const resolved = this.#resolveAdapter();
    const { step, catalog, loading, error } = this.#flow.state;
    let content: unknown;
    if (typeof resolved === 'string') {
      const text =
        resolved === 'missing-api'
          ? m.configMissingApi
          : l.format(m.configUnknownBackend, { backend: this.backend ?? '' });
      content = html`<p role="alert" class="config-error">${text}</p>`;
    } else if (step && catalog) {
      content = this.#renderStep(step, l);
    } else {
      content = [
        error ? this.#renderError(error, l) : nothing,
        loading ? html`<p class="loading" role="status">${m.loading}</p>` : nothing,
      ];
    }
    if (this.languageFailed && !this.#spoken) return this.#renderSpeechless();
    this.#spoken = true;
    const label = catalog ? l.format(m.officeLabel, { office: catalog.office.name }) : m.widgetLabel;
    return html`<section
      part="widget"
      class="widget"
      dir=${this.#dir(l)}
      aria-label=${label}
      @focusin=${this.#revealFocus}
    >
      ${typeof resolved === 'string' ? nothing : this.#renderLanguageSwitch(l)}${content}
    </section>`;
  }

  /**
   * No language could load (offline at the start, the chunks missing): the few words the widget carries
   * itself, in German and English, and a way to try again.
   */
  #renderSpeechless(): TemplateResult {
    return html`<section part="widget" class="widget" role="alert">
      <p lang="de">Das Buchungsmodul konnte nicht geladen werden. Bitte prüfen Sie Ihre Internetverbindung.</p>
      <p lang="en">The booking widget could not be loaded. Please check your internet connection.</p>
      <button type="button" @click=${() => this.retryLanguage()}>
        <span lang="de">Erneut versuchen</span> / <span lang="en">Try again</span>
      </button>
    </section>`;
  }

  /** The languages the switch offers: the `languages` attribute's that the widget speaks, and the one shown. */
  #offeredLanguages(l: Localization): string[] {
    const asked = this.languages === null ? Object.keys(languages) : this.languages.split(/\s+/).filter(Boolean);
    const offered: string[] = [];
    for (const tag of asked) {
      const lang = matchLanguage(tag)?.lang;
      if (!lang) tellOnce(`languages: ignored "${tag}", not a language the widget speaks.`);
      else if (!offered.includes(lang)) offered.push(lang);
    }
    if (offered.length && !offered.includes(l.lang)) offered.unshift(l.lang);
    return offered;
  }

  #renderLanguageSwitch(l: Localization): TemplateResult | typeof nothing {
    const offered = this.#offeredLanguages(l);
    return offered.length < 2
      ? nothing
      : html`<civic-language-switch
          class="language"
          part="language"
          lang=${l.locale}
          .languages=${offered}
          .value=${l.lang}
          @change=${this.#handleLanguageChange}
        ></civic-language-switch>`;
  }

  /** A right-to-left language turns the widget; otherwise it follows the page's direction. */
  #dir(l: Localization) {
    return l.dir === 'rtl' ? 'rtl' : nothing;
  }

  #renderStep(step: StepName, l: Localization): TemplateResult {
    const m = l.messages;
    const { error, busy, catalog, hold } = this.#flow.state;
    const captcha = catalog!.captcha;
    const counted = this.#flow.visibleSteps().filter((name) => !finalSteps.includes(name));
    const index = counted.indexOf(step);
    return html`
      ${
        index >= 0
          ? html`<p part="progress" class="progress">
              ${l.format(m.stepOf, { current: index + 1, total: counted.length })}
            </p>`
          : nothing
      }
      <h2 id="step-heading" part="heading" tabindex="-1">${this.#headingOf(step, l)}</h2>
      ${error ? this.#renderError(error, l) : nothing}
      <div class="step">${this.#renderStepBody(step, l)}</div>
      ${
        // Shown where a slot is held, or a hold renewed.
        captcha && (step === 'time' || hold)
          ? html`<civic-captcha lang=${l.locale} challenge-url=${captcha.challengeUrl}></civic-captcha>`
          : nothing
      }
      ${this.#stepHint ? html`<p class="hint" role="alert">${this.#stepHint}</p>` : nothing}
      ${this.#renderActions(step, l)}
      <p class="visually-hidden" role="status">${busy ? l.messages[busy] : this.#notice}</p>
    `;
  }

  /** Whether the booking shown is one the citizen still has: not cancelled, not over. */
  #isOpen(booking: Booking | null): boolean {
    return !!booking && booking.status !== 'cancelled' && Date.parse(booking.end) > this.now().getTime();
  }

  /**
   * The step's heading, true to the booking's state: a cancelled booking says cancelled, one waiting for the
   * e-mail's link asks for it with its deadline, a past one says it is past, a link that finds nothing says so.
   */
  #headingOf(step: StepName, l: Localization): string {
    const m = l.messages;
    const { booking, error, journey, previousOutcome } = this.#flow.state;
    if (journey === 'reschedule' && (step === 'time' || step === 'review')) {
      return step === 'time' ? m.rescheduleTime : m.rescheduleReview;
    }
    if (!finalSteps.includes(step)) return m.steps[step];
    if (!booking) return error?.code === 'not-found' ? m.manageNotFound : m.steps[step];
    if (booking.status === 'cancelled') return m.doneCancelled;
    if (!this.#isOpen(booking)) return m.bookingPast;
    if (booking.status === 'pending-verification') {
      const minutes = booking.verifyWithinMinutes;
      return minutes ? l.plural(m.donePending, minutes) : m.donePendingNoTime;
    }
    return previousOutcome ? m.rescheduled : m.steps[step];
  }

  #renderError(error: FlowError, l: Localization): TemplateResult {
    const waiting = this.#retryAt !== null;
    return html`<div id="error" part="error" class="error" role="alert" tabindex="-1">
      <p>${this.#errorMessage(error, l)}</p>
      ${
        error.retryable
          ? html`<button
              type="button"
              aria-disabled=${waiting ? 'true' : 'false'}
              @click=${() => !waiting && this.#flow.retry()}
            >
              ${l.messages.retry}
            </button>`
          : nothing
      }
    </div>`;
  }

  #renderStepBody(step: StepName, l: Localization): TemplateResult | typeof nothing {
    const state = this.#flow.state;
    const catalog = state.catalog!;
    switch (step) {
      case 'concerns':
        return html`<civic-concern-picker
          lang=${l.locale}
          .concerns=${catalog.concerns}
          .value=${state.selection}
          .contentLang=${catalog.lang ?? null}
          @change=${this.#handleConcernsChange}
        ></civic-concern-picker>`;
      case 'location':
        return html`<civic-location-picker
          lang=${l.locale}
          .locations=${this.#flow.offeringLocations()}
          .value=${state.locationChoice}
          .contentLang=${catalog.lang ?? null}
          @change=${this.#handleLocationChange}
        ></civic-location-picker>`;
      case 'time':
        return this.#renderTime(l);
      case 'contact':
        return html`<civic-contact-form
          lang=${l.locale}
          .rules=${catalog.contact}
          .value=${this.#contactDraft}
          .privacyUrl=${this.privacyUrl}
          .fieldErrors=${state.fieldErrors}
          @input=${this.#handleContactInput}
          @civic-submit=${this.#handleContactSubmit}
          >${this.#renderHold(l)}</civic-contact-form
        >`;
      case 'review':
        return html`<civic-review
            lang=${l.locale}
            .concerns=${this.#chosenConcerns()}
            .location=${this.#locationOf(state.selectedSlot?.locationId)}
            .appointment=${state.selectedSlot}
            .contact=${state.contact}
            .estimatedMinutes=${estimatedMinutes(state.selection, catalog.concerns)}
            .contentLang=${catalog.lang ?? null}
            .hideLocationChange=${this.#flow.offeringLocations().length < 2}
            .hideConcernsChange=${state.journey === 'reschedule'}
            .previous=${state.previous}
            .previousLocation=${this.#locationOf(state.previous?.locationId)}
            @civic-edit=${this.#handleEdit}
          ></civic-review>
          ${this.#renderHold(l)}`;
      case 'done':
      case 'manage':
        return state.booking
          ? html`${this.#renderPrevious(l)}<civic-booking-details
                lang=${l.locale}
                .mode=${step}
                .booking=${state.booking}
                .location=${this.#locationOf(state.booking.locationId)}
                .concerns=${catalog.concerns}
                .officeName=${catalog.office.name}
                .contentLang=${catalog.lang ?? null}
                .cancelling=${state.busy === 'cancelling'}
                .cancellable=${this.#isOpen(state.booking)}
                .reschedulable=${this.#isOpen(state.booking) && !!state.booking.token && state.previousOutcome !== 'cancel-failed'}
                .note=${state.previousOutcome === 'released' ? this.#released(l) : null}
                .confirmedByLink=${this.#confirmedByLink}
                @civic-cancel-request=${() => this.#flow.cancel()}
                @civic-reschedule-request=${() => this.#flow.startReschedule()}
                ><p>${l.messages.reference}: ${state.booking.reference}</p></civic-booking-details
              >`
          : nothing;
    }
  }

  /** When the appointment being moved was, in its location's time zone. */
  #previousWhen(previous: Booking, l: Localization): string {
    return l.formatDateTime(previous.start, this.#flow.timeZoneOf(previous.locationId));
  }

  /** "Your previous appointment on … is released." */
  #released(l: Localization): string {
    return l.format(l.messages.rescheduledReleased, { when: this.#previousWhen(this.#flow.state.previous!, l) });
  }

  /** After a change that left the old appointment standing: what that means, and a way to cancel it. */
  #renderPrevious(l: Localization): TemplateResult | typeof nothing {
    const m = l.messages;
    const { previous, previousOutcome, busy } = this.#flow.state;
    if (!previous || (previousOutcome !== 'kept' && previousOutcome !== 'cancel-failed')) return nothing;
    const when = this.#previousWhen(previous, l);
    const failed = previousOutcome === 'cancel-failed';
    return html`<div class="previous ${previousOutcome}" part="previous" role=${failed ? 'alert' : nothing}>
      <p>
        ${failed ? l.format(m.rescheduleCancelOldFailed, { when }) : `${m.previousAppointment}: ${when}. ${m.rescheduleOldKept}`}
      </p>
      <button
        type="button"
        class=${failed ? 'primary' : nothing}
        aria-disabled=${busy === 'cancelling' ? 'true' : 'false'}
        @click=${() => void this.#flow.cancelPrevious()}
      >
        ${m.rescheduleCancelOldRetry}
      </button>
    </div>`;
  }

  #renderTime(l: Localization): TemplateResult {
    const m = l.messages;
    const state = this.#flow.state;
    const { min, max } = this.#flow.bookingWindow();
    const loading = state.availabilityStatus === 'loading';
    const earliest = state.earliest;
    return html`
      ${
        earliest
          ? html`<div class="earliest">
              <p>${l.format(m.earliestAppointment, { when: this.#describeSlot(earliest, l) })}</p>
              <button type="button" class="primary" ?disabled=${state.busy !== null} @click=${this.#handleEarliest}>
                ${m.bookEarliest}
              </button>
            </div>`
          : nothing
      }
      <div class="time">
        <civic-calendar
          lang=${l.locale}
          .value=${state.selectedDate}
          .month=${state.visibleMonth}
          .min=${min}
          .max=${max}
          .today=${min}
          .firstDayOfWeek=${officeFirstDayOfWeek(state.catalog!.locations[0]?.timeZone)}
          .bookableDates=${this.#flow.bookableDates()}
          .nextBookableDate=${state.nextAvailable}
          .loading=${loading}
          @change=${this.#handleDateChange}
          @civic-month-change=${this.#handleMonthChange}
        ></civic-calendar>
        <civic-slot-picker
          lang=${l.locale}
          .date=${state.selectedDate}
          .slots=${this.#flow.slotsOfSelectedDate()}
          .locations=${state.catalog!.locations}
          .loading=${loading || state.dayLoading}
          .value=${state.selectedSlot}
          @civic-slot-select=${this.#handleSlotSelect}
        ></civic-slot-picker>
      </div>
    `;
  }

  #renderHold(l: Localization): TemplateResult | typeof nothing {
    const { hold, busy } = this.#flow.state;
    const secondsLeft = this.#flow.holdSecondsLeft();
    if (!hold || secondsLeft === null) return nothing;
    const minutesLeft = Math.ceil(secondsLeft / 60);
    return html`<div class="hold" part="hold">
      <p>
        ${l.format(l.messages.heldUntil, { time: l.formatTime(hold.expiresAt, this.#flow.timeZoneOf(hold.locationId)) })}
      </p>
      ${
        secondsLeft > 0 && secondsLeft <= 120
          ? html`<div class="warning" role="alert">
              <p>${minutesLeft > 1 ? l.plural(l.messages.holdWarning, minutesLeft) : l.messages.holdLastMinute}</p>
              ${
                hold.extendable === false
                  ? nothing
                  : html`<button type="button" ?disabled=${busy !== null} @click=${() => this.#flow.extendHold()}>
                      ${l.messages.holdExtend}
                    </button>`
              }
            </div>`
          : nothing
      }
    </div>`;
  }

  #renderActions(step: StepName, l: Localization): TemplateResult | typeof nothing {
    const m = l.messages;
    const forward = forwardOf[step];
    const { busy, journey } = this.#flow.state;
    const booking = busy === 'booking';
    const moving = journey === 'reschedule';
    const previous = !finalSteps.includes(step) && this.#flow.previousStep();
    // Moving an appointment starts from it: its first step leads back to it.
    const back = previous ? m.back : moving && !finalSteps.includes(step) ? m.keepAppointment : null;
    if (!back && !forward) return nothing;
    // With no appointment left to look at, booking anew is the one thing to do.
    const anew = forward === 'again' && !this.#isOpen(this.#flow.state.booking);
    const label =
      forward === 'book'
        ? booking
          ? moving
            ? m.rescheduling
            : m.booking
          : moving
            ? m.rescheduleSubmit
            : m.book
        : forward === 'again'
          ? anew
            ? m.bookNew
            : m.bookAnother
          : m.next;
    const kind =
      forward === 'book' ? 'primary book' : forward === 'again' ? (anew ? 'primary again' : 'again') : 'primary next';
    return html`<div part="actions" class="actions">
      ${back ? html`<button type="button" class="back" @click=${this.#handleBack}>${back}</button>` : nothing}
      ${
        forward
          ? html`<button
              type="button"
              class=${kind}
              aria-disabled=${forward === 'book' ? (booking ? 'true' : 'false') : nothing}
              @click=${this.#handleForward}
            >
              ${label}
            </button>`
          : nothing
      }
    </div>`;
  }

  // ---------------------------------------------------------------------------------------------------------

  #chosenConcerns(): { concern: Concern; count: number }[] {
    const { catalog, selection } = this.#flow.state;
    return selection.flatMap(({ id, count }) => {
      const concern = catalog?.concerns.find((candidate) => candidate.id === id);
      return concern ? [{ concern, count }] : [];
    });
  }

  #locationOf(id: string | undefined) {
    return this.#flow.state.catalog?.locations.find((location) => location.id === id) ?? null;
  }

  #describeSlot(slot: Slot, l: Localization): string {
    const when = l.formatDateTime(slot.start, this.#flow.timeZoneOf(slot.locationId));
    const showLocation = this.#flow.state.locationChoice === ANY_LOCATION;
    return showLocation
      ? l.format(l.messages.slotAt, { time: when, location: this.#locationOf(slot.locationId)?.name ?? '' })
      : when;
  }
}
