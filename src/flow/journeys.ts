/**
 * The journeys a citizen takes through the widget, as data: which steps each has, in order, and what each step
 * offers to go on with. The flow moves along them; `<civic-booking>` renders a step's actions from the same
 * table, so that no step decision is written twice.
 */

/** The steps of the widget, as `civic-step-change` names them. */
export type StepName = 'concerns' | 'location' | 'time' | 'contact' | 'review' | 'done' | 'manage';

/** `book`: a new appointment, from the concerns to the confirmation; `manage`: a booking opened from a link. */
export type JourneyName = 'book' | 'manage';

export const journeys: Record<JourneyName, readonly StepName[]> = {
  book: ['concerns', 'location', 'time', 'contact', 'review', 'done'],
  manage: ['manage'],
};

/**
 * How a step goes on: `next` (its choice is made; the flow decides where to), `submit` (its form is sent),
 * `book` (the booking is made), `again` (a new booking starts), or nothing (choosing is going on: a time).
 */
export type Forward = 'next' | 'submit' | 'book' | 'again' | null;

export interface StepRule {
  forward: Forward;
  /** Whether "back" is offered, when there is a step before. */
  back: boolean;
  /** Whether showing the step gives a held time back: the citizen is choosing again. */
  releasesHold: boolean;
  /** Whether the step counts in "step 2 of 5". */
  counted: boolean;
}

export const stepRules: Record<StepName, StepRule> = {
  concerns: { forward: 'next', back: true, releasesHold: true, counted: true },
  location: { forward: 'next', back: true, releasesHold: true, counted: true },
  time: { forward: null, back: true, releasesHold: true, counted: true },
  contact: { forward: 'submit', back: true, releasesHold: false, counted: true },
  review: { forward: 'book', back: true, releasesHold: false, counted: true },
  done: { forward: 'again', back: false, releasesHold: false, counted: false },
  manage: { forward: null, back: false, releasesHold: false, counted: false },
};
