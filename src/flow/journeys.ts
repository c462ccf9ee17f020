/**
 * The journeys a citizen takes through the widget, as data: which steps each has, in order, and what each step
 * offers to go on with. The flow moves along them; `<civic-booking>` renders a step's actions from the same
 * table, so that no step decision is written twice.
 */

/** The steps of the widget, as `civic-step-change` names them. */
export type StepName = 'concerns' | 'location' | 'time' | 'contact' | 'review' | 'done' | 'manage';

/**
 * `book`: a new appointment, from the concerns to the confirmation; `manage`: a booking opened from a link;
 * `reschedule`: that booking moved to another time (the contact step only where the new time is booked anew).
 */
export type JourneyName = 'book' | 'manage' | 'reschedule';

export const journeys: Record<JourneyName, readonly StepName[]> = {
  book: ['concerns', 'location', 'time', 'contact', 'review', 'done'],
  manage: ['manage'],
  reschedule: ['location', 'time', 'contact', 'review', 'done'],
};

/**
 * How a step goes on: `next` (its choice is made; the flow decides where to), `submit` (its form is sent),
 * `book` (the booking is made), `again` (a new booking starts), or nothing (choosing is going on: a time).
 */
export type Forward = 'next' | 'submit' | 'book' | 'again' | null;

/** What each step goes on with; a step not named has no forward action (choosing a time is one). */
export const forwardOf: Partial<Record<StepName, Forward>> = {
  concerns: 'next',
  location: 'next',
  contact: 'submit',
  review: 'book',
  done: 'again',
  manage: 'again',
};

/** Steps where the citizen chooses again: showing one gives a held time back. */
export const choosingSteps: readonly StepName[] = ['concerns', 'location', 'time'];

/** Steps that end a journey: no "back" from them, and not counted in "step 2 of 5". */
export const finalSteps: readonly StepName[] = ['done', 'manage'];
