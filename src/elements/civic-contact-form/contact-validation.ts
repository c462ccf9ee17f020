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

const checks = { email: isEmailAddress, phone: isPhoneNumber };

/** The problems of a draft under the catalog's rules; an empty object when it can be sent. */
export function validateContact(draft: ContactDraft, rules: ContactRules): ContactProblems {
  const problems: ContactProblems = {};
  if (!draft.name.trim()) problems.name = 'required';
  for (const field of ['email', 'phone'] as const) {
    const text = draft[field].trim();
    if (rules[field] === 'hidden') continue;
    if (!text) {
      if (rules[field] === 'required') problems[field] = 'required';
    } else if (!checks[field](text)) {
      problems[field] = field;
    }
  }
  if (!draft.consent) problems.consent = 'consent';
  return problems;
}

/** The contact to send: trimmed, hidden and empty optional fields left out. */
export function toContact(draft: ContactDraft, rules: ContactRules): Contact {
  const contact: Contact = { name: draft.name.trim() };
  for (const field of ['email', 'phone'] as const) {
    const text = draft[field].trim();
    if (rules[field] !== 'hidden' && text) contact[field] = text;
  }
  return contact;
}

/**
 * The backend's refusals (`contact.email` …) by field: a missing value asks to fill it in, an `invalid` e-mail
 * or phone gets the format hint, anything else the general "please check this field".
 */
export function serverProblems(fieldErrors: readonly FieldError[]): ContactProblems {
  const problems: ContactProblems = {};
  for (const { field: name, code } of fieldErrors) {
    const field = name.replace(/^contact\./, '') as ContactField;
    if (!['name', 'email', 'phone'].includes(field) || problems[field]) continue;
    problems[field] =
      code === 'required' || code === 'missing'
        ? 'required'
        : code === 'invalid' && field !== 'name'
          ? (field as 'email' | 'phone')
          : 'invalid';
  }
  return problems;
}
