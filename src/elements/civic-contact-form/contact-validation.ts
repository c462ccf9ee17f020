import type { FieldError } from '../../domain/booking-error.js';
import { emailProblem, phoneProblem, type EmailProblem, type PhoneProblem } from '../../domain/contact-rules.js';
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

/** Why a field is not accepted, each with its own message; `invalid` is the backend's refusal without more detail. */
export type ContactProblem = EmailProblem | PhoneProblem | 'required' | 'consent' | 'invalid';

export type ContactProblems = Partial<Record<ContactField, ContactProblem>>;

export const isEmailAddress = (value: string) => emailProblem(value) === null;
export const isPhoneNumber = (value: string) => phoneProblem(value) === null;

const checks = { email: emailProblem, phone: phoneProblem };

/** The problems of a draft under the catalog's rules; an empty object when it can be sent. */
export function validateContact(draft: ContactDraft, rules: ContactRules): ContactProblems {
  const problems: ContactProblems = {};
  if (!draft.name.trim()) problems.name = 'required';
  for (const field of ['email', 'phone'] as const) {
    const text = draft[field].trim();
    if (rules[field] === 'hidden') continue;
    if (!text) {
      if (rules[field] === 'required') problems[field] = 'required';
    } else {
      const problem = checks[field](text);
      if (problem) problems[field] = problem;
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
          ? field === 'email'
            ? 'emailInvalid'
            : 'phoneLength'
          : 'invalid';
  }
  return problems;
}
