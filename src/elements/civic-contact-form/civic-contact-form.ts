import { html, nothing, type PropertyValues } from 'lit';
import { live } from 'lit/directives/live.js';
import type { FieldError } from '../../domain/booking-error.js';
import { safeHttpUrl } from '../../domain/safe-url.js';
import type { Contact, ContactRules } from '../../domain/types.js';
import type { Messages } from '../../i18n/messages.js';
import {
  contactFields,
  emptyContactDraft,
  serverProblems,
  toContact,
  validateContact,
  type ContactDraft,
  type ContactField,
  type ContactProblem,
  type ContactProblems,
} from './contact-validation.js';
import { styles } from './civic-contact-form.styles.js';
import { LocalizedElement } from '../shared/localized-element.js';

export { emptyContactDraft, type ContactDraft };

/** Detail of `civic-submit`: the contact to send, trimmed, without hidden or empty optional fields. */
export interface ContactSubmitDetail {
  contact: Contact;
}

/**
 * The citizen's name, e-mail and phone as the office's catalog asks for them, and their consent.
 *
 * Errors show as text below each field once the citizen tries to submit, and follow their corrections from
 * then on; focus moves to the first field in error. What was typed is never cleared. The element does not
 * send anything: it fires `civic-submit` with the contact when the form is valid.
 *
 * @summary Contact details and consent for a booking.
 *
 * @fires input - On every change by the citizen; `value` is already up to date.
 * @fires civic-submit - `{ contact }` when the citizen submits (Enter in a field, or `requestSubmit()`) and
 *   every field is valid.
 *
 * @slot - Shown after the fields, for example the hold countdown.
 * @slot hold - The same place, for the hold countdown by name.
 *
 * @csspart field - The wrapper of one text field with its label and error.
 * @csspart label - A field's label.
 * @csspart input - A text input.
 * @csspart error - The error text below a field.
 * @csspart consent - The wrapper of the consent checkbox, its label, the privacy link and its error.
 *
 * @cssprop --civic-color-danger - Colour of errors and invalid fields.
 * @cssprop --civic-color-border - Border of the inputs.
 * @cssprop --civic-focus-ring - Outline of the focused field.
 *
 * @tag civic-contact-form
 */
export class CivicContactForm extends LocalizedElement {
  static override styles = styles;

  static override properties = {
    rules: { attribute: false },
    value: { attribute: false },
    privacyUrl: { attribute: 'privacy-url' },
    fieldErrors: { attribute: false },
    disabled: { type: Boolean, reflect: true },
    submitted: { state: true, attribute: false },
    editedSinceServerErrors: { state: true, attribute: false },
  };

  /** Which of e-mail and phone the office asks for; the name is always required. */
  rules: ContactRules = { email: 'required', phone: 'optional' };

  /** What the citizen has typed, as typed. Updated on every change before `input` fires. */
  value: ContactDraft = emptyContactDraft();

  /** Address of the office's privacy policy, linked next to the consent; only `http(s):` becomes a link. */
  privacyUrl: string | null = null;

  /** Fields the backend refused (`contact.name`, `contact.email`, `contact.phone`), shown at the field. */
  fieldErrors: FieldError[] = [];

  /** Disables every field while the flow is busy; what was typed stays. */
  disabled = false;

  /** Whether the citizen has tried to submit: from then on errors follow their corrections. */
  private submitted = false;

  /** Fields changed since the backend refused them: their server error no longer applies. */
  private editedSinceServerErrors = new Set<ContactField>();

  /**
   * Checks every field, shows the errors and moves focus to the first field in error; fires `civic-submit`
   * and returns true when the form is valid.
   */
  requestSubmit(): boolean {
    this.submitted = true;
    if (Object.keys(this.#visibleProblems()).length > 0) {
      void this.updateComplete.then(() => this.focusFirstProblem());
      return false;
    }
    this.dispatchEvent(
      new CustomEvent<ContactSubmitDetail>('civic-submit', {
        bubbles: true,
        composed: true,
        detail: { contact: toContact(this.value, this.rules) },
      }),
    );
    return true;
  }

  /** Focuses the first field in error, or else the name field. */
  override focus(options?: FocusOptions): void {
    if (!this.focusFirstProblem(options)) this.#input('name')?.focus(options);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('fieldErrors')) this.editedSinceServerErrors = new Set();
  }

  #input(field: ContactField): HTMLInputElement | null {
    return this.renderRoot.querySelector<HTMLInputElement>(`#${field}`);
  }

  /** Focuses the first field, in the form's order, that shows an error; returns false when none does. */
  focusFirstProblem(options?: FocusOptions): boolean {
    const problems = this.#visibleProblems();
    const first = contactFields.find((field) => problems[field]);
    const input = first ? this.#input(first) : null;
    input?.focus(options);
    return Boolean(input);
  }

  /** The errors to show now: the form's own after a submit attempt, else the backend's until edited. */
  #visibleProblems(): ContactProblems {
    const own = this.submitted ? validateContact(this.value, this.rules) : {};
    const server = serverProblems(this.fieldErrors);
    const problems: ContactProblems = {};
    for (const field of contactFields) {
      if (this.rules[field as 'email' | 'phone'] === 'hidden') continue;
      const problem = own[field] ?? (this.editedSinceServerErrors.has(field) ? undefined : server[field]);
      if (problem) problems[field] = problem;
    }
    return problems;
  }

  #handleInput(event: Event): void {
    const target = event.target as HTMLInputElement;
    // The checkbox reports through `change`; the native `input` would reach the page as a second event.
    event.stopPropagation();
    if (target.type === 'checkbox') return;
    this.#changeField(target.name as ContactField, target.value);
  }

  #handleChange(event: Event): void {
    const target = event.target as HTMLInputElement;
    if (target.type === 'checkbox') this.#changeField('consent', target.checked);
  }

  #changeField(field: ContactField, fieldValue: string | boolean): void {
    this.value = { ...this.value, [field]: fieldValue };
    if (this.fieldErrors.length > 0) this.editedSinceServerErrors = new Set([...this.editedSinceServerErrors, field]);
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }

  #handleKeydown(event: KeyboardEvent): void {
    const target = event.target as HTMLInputElement;
    // With several text fields and no submit button, browsers do not submit on Enter themselves.
    // https://html.spec.whatwg.org/multipage/form-control-infrastructure.html#implicit-submission
    if (event.key !== 'Enter' || event.isComposing || target.localName !== 'input' || target.type === 'checkbox') {
      return;
    }
    event.preventDefault();
    this.requestSubmit();
  }

  #handleSubmit(event: SubmitEvent): void {
    event.preventDefault();
    this.requestSubmit();
  }

  #renderError(field: ContactField, problem: ContactProblem | undefined, m: Messages) {
    const text: Record<ContactProblem, string> = {
      required: m.fieldRequired,
      emailMissingAt: m.emailMissingAt,
      emailMissingDomain: m.emailMissingDomain,
      emailInvalid: m.emailInvalid,
      phoneCharacters: m.phoneCharacters,
      phoneLength: m.phoneLength,
      consent: m.consentRequired,
      invalid: m.fieldInvalid,
    };
    return problem ? html`<p class="error" part="error" id="${field}-error">${text[problem]}</p>` : nothing;
  }

  #renderTextField(field: 'name' | 'email' | 'phone', problems: ContactProblems, m: Messages) {
    const rule = field === 'name' ? 'required' : this.rules[field];
    if (rule === 'hidden') return nothing;
    const problem = problems[field];
    const label = { name: m.contactName, email: m.contactEmail, phone: m.contactPhone }[field];
    const mark =
      rule === 'required'
        ? html`<span class="mark" aria-hidden="true">*</span>`
        : html`<span class="mark">(${m.optional})</span>`;
    // The type is also the inputmode, and the autocomplete token of all but the name.
    const type = field === 'name' ? 'text' : field === 'email' ? 'email' : 'tel';
    return html`
      <div class="field" part="field">
        <label part="label" for=${field}>${label} ${mark}</label>
        <input
          part="input"
          id=${field}
          name=${field}
          type=${type}
          autocomplete=${field === 'name' ? 'name' : type}
          inputmode=${type}
          spellcheck="false"
          autocapitalize=${field === 'name' ? 'words' : 'off'}
          ?required=${rule === 'required'}
          ?disabled=${this.disabled}
          aria-invalid=${problem ? 'true' : nothing}
          aria-describedby=${problem ? `${field}-error` : nothing}
          .value=${live(this.value[field])}
        />
        ${this.#renderError(field, problem, m)}
      </div>
    `;
  }

  protected override render() {
    const m = this.localization.messages;
    const problems = this.#visibleProblems();
    // A relative address is resolved against the page.
    const privacyUrl = safeHttpUrl(this.privacyUrl, document.baseURI);
    return html`
      <form
        novalidate
        @submit=${this.#handleSubmit}
        @input=${this.#handleInput}
        @change=${this.#handleChange}
        @keydown=${this.#handleKeydown}
      >
        <p class="hint">${m.requiredHint}</p>
        ${this.#renderTextField('name', problems, m)} ${this.#renderTextField('email', problems, m)}
        ${this.#renderTextField('phone', problems, m)}
        <div class="consent" part="consent">
          <div class="check">
            <input
              id="consent"
              name="consent"
              type="checkbox"
              required
              ?disabled=${this.disabled}
              aria-invalid=${problems.consent ? 'true' : nothing}
              aria-describedby=${problems.consent ? 'consent-error' : nothing}
              .checked=${live(this.value.consent)}
            />
            <label for="consent">${m.consent} <span class="mark" aria-hidden="true">*</span></label>
          </div>
          ${
            privacyUrl
              ? html`<a class="privacy" href=${privacyUrl} target="_blank" rel="noopener noreferrer"
                  >${m.privacyPolicyNewWindow}</a
                >`
              : nothing
          }
          ${this.#renderError('consent', problems.consent, m)}
        </div>
        <div class="hold"><slot name="hold"></slot><slot></slot></div>
      </form>
    `;
  }
}
