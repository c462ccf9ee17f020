/**
 * What the widget and the demo office accept as an e-mail address and a phone number: one set of rules, so
 * that nothing the form lets through is refused by the office, and nothing is refused without saying why.
 */

/** Why an e-mail address is not one. */
export type EmailProblem = 'emailMissingAt' | 'emailMissingDomain' | 'emailInvalid';

/** Why a phone number is not one. */
export type PhoneProblem = 'phoneCharacters' | 'phoneLength';

// The WHATWG definition of a valid e-mail address (what `<input type=email>` checks), with at least one dot
// in the domain: backends refuse `name@localhost`, and a citizen who typed it meant more.
// https://html.spec.whatwg.org/multipage/input.html#valid-e-mail-address
const emailPattern =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+$/;

/** Why an e-mail address is not one, or null when it is. */
export function emailProblem(value: string): EmailProblem | null {
  if (emailPattern.test(value)) return null;
  const at = value.lastIndexOf('@');
  if (at < 0) return 'emailMissingAt';
  return value.slice(at + 1).includes('.') ? 'emailInvalid' : 'emailMissingDomain';
}

/**
 * Why a phone number is not one, or null when it is. Numbers are taken as people write them: digits with
 * spaces, `-`, `/`, `.` and brackets, a `+` in front; E.164 numbers have at most 15 digits, and backends want 7
 * at least.
 */
export function phoneProblem(value: string): PhoneProblem | null {
  if (!/^\+?[\d\s\-/().]+$/.test(value)) return 'phoneCharacters';
  const digits = value.replace(/\D/g, '').length;
  return digits < 7 || digits > 15 ? 'phoneLength' : null;
}
