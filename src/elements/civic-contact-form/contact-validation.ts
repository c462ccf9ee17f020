import type { FieldError } from '../../domain/booking-error.js';
import type { Contact, ContactRules } from '../../domain/types.js';

/** What the citizen has typed so far, kept as typed (untrimmed) so that nothing is ever lost. */
export interface ContactDraft {
  name: string;
  email: string;
  phone: string;
  consent: boolean;
}

/** An empty draft: nothing typed, consent not given. */
export function emptyContactDraft(): ContactDraft {
  return { name: '', email: '', phone: '', consent: false };
}

/** The fields of the contact form, in the order they are shown. */
export type ContactField = 'name' | 'email' | 'phone' | 'consent';

export const contactFields: readonly ContactField[] = ['name', 'email', 'phone', 'consent'];

/** Why a field is not accepted; `invalid` is the backend's refusal without more detail. */
export type ContactProblem = 'required' | 'email' | 'phone' | 'consent' | 'invalid';

export type ContactProblems = Partial<Record<ContactField, ContactProblem>>;

// The WHATWG definition of a valid e-mail address, which is what `<input type=email>` checks.
// https://html.spec.whatwg.org/multipage/input.html#valid-e-mail-address
const emailPattern =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;

/** Digits, spaces, `+`, `-` and parentheses, with 6 to 20 digits. */
export function isPhoneNumber(value: string): boolean {
  if (!/^[\d\s+\-()]+$/.test(value)) return false;
  const digits = value.replace(/\D/g, '').length;
  return digits >= 6 && digits <= 20;
}

export function isEmailAddress(value: string): boolean {
  return emailPattern.test(value);
}

/** The problems of a draft under the catalog's rules; an empty object when it can be sent. */
export function validateContact(draft: ContactDraft, rules: ContactRules): ContactProblems {
  const problems: ContactProblems = {};
  if (!draft.name.trim()) problems.name = 'required';

  const email = draft.email.trim();
  if (rules.email !== 'hidden') {
    if (!email) {
      if (rules.email === 'required') problems.email = 'required';
    } else if (!isEmailAddress(email)) {
      problems.email = 'email';
    }
  }

  const phone = draft.phone.trim();
  if (rules.phone !== 'hidden') {
    if (!phone) {
      if (rules.phone === 'required') problems.phone = 'required';
    } else if (!isPhoneNumber(phone)) {
      problems.phone = 'phone';
    }
  }

  if (!draft.consent) problems.consent = 'consent';
  return problems;
}

/** The contact to send: trimmed, hidden and empty optional fields left out. */
export function toContact(draft: ContactDraft, rules: ContactRules): Contact {
  const contact: Contact = { name: draft.name.trim() };
  const email = draft.email.trim();
  const phone = draft.phone.trim();
  if (rules.email !== 'hidden' && email) contact.email = email;
  if (rules.phone !== 'hidden' && phone) contact.phone = phone;
  return contact;
}

/**
 * The backend's refusals (`contact.email` …) by field: a missing value asks to fill it in, an `invalid` e-mail
 * or phone gets the format hint, anything else the general "please check this field".
 */
export function serverProblems(fieldErrors: readonly FieldError[]): ContactProblems {
  const problems: ContactProblems = {};
  for (const error of fieldErrors) {
    const field = error.field.replace(/^contact\./, '') as ContactField;
    if (!['name', 'email', 'phone'].includes(field) || problems[field]) continue;
    if (error.code === 'required' || error.code === 'missing') problems[field] = 'required';
    else if (error.code === 'invalid' && field === 'email') problems[field] = 'email';
    else if (error.code === 'invalid' && field === 'phone') problems[field] = 'phone';
    else problems[field] = 'invalid';
  }
  return problems;
}
