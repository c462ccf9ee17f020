import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { BookingErrorCode } from '../src/domain/booking-error.js';
import { adapterWith, demoAdapter, failing, RESIDENCE_PERMIT } from './support/fixtures.js';
import { widgetMeta } from './support/widget.js';

/**
 * Every error a backend can answer, as the citizen sees it. The widget logs each failed request with
 * console.error: the tag tells the CI check that this log line is expected here.
 */
const meta: Meta = {
  ...widgetMeta,
  title: 'Booking widget/Errors',
  tags: ['logs-backend-error'],
};
export default meta;
type Story = StoryObj;

/** The time step with availability failing: the error shows above the step, with "Try again". */
export const ErrorAtTimeStep: Story = {
  name: 'Error while loading times',
  args: { concerns: RESIDENCE_PERMIT },
  parameters: { adapter: () => adapterWith({ loadAvailability: failing('unavailable') }) },
};

function catalogError(code: BookingErrorCode): Story {
  return {
    name: `Error: ${code}`,
    parameters: { adapter: () => adapterWith({ loadCatalog: failing(code) }, demoAdapter()) },
  };
}

// One story per error code a backend can answer (section 3 of the spec, plus network and unexpected).
export const ErrorInvalidInput = catalogError('invalid-input');
export const ErrorSlotTaken = catalogError('slot-taken');
export const ErrorHoldExpired = catalogError('hold-expired');
export const ErrorLimitReached = catalogError('limit-reached');
export const ErrorTooLate = catalogError('too-late');
export const ErrorIdempotencyMismatch = catalogError('idempotency-mismatch');
export const ErrorCaptchaRequired = catalogError('captcha-required');
export const ErrorNotFound = catalogError('not-found');
export const ErrorRateLimited = catalogError('rate-limited');
export const ErrorUnavailable = catalogError('unavailable');
export const ErrorNetwork = catalogError('network');
export const ErrorUnexpected = catalogError('unexpected');
