import type { Localization } from '../../i18n/localization.js';

/** The citizen's own time zone, as the browser reports it. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** The zone label to show next to a time, when the citizen's own clock would show a different time. */
export function zoneLabel(l: Localization, instant: string, timeZone: string, userTimeZone: string): string | null {
  if (l.formatDateTime(instant, timeZone) === l.formatDateTime(instant, userTimeZone)) return null;
  return l.format(l.messages.timesIn, { zone: l.formatTimeZone(timeZone, instant) });
}
