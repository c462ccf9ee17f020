import { expect } from '@open-wc/testing';
import { Localization, resolveLanguage } from './localization.js';

describe('Localization', () => {
  it('starts the week on Monday in German and on Sunday in US English', () => {
    expect(new Localization('de').firstDayOfWeek).to.equal(1);
    expect(new Localization('en-US').firstDayOfWeek).to.equal(7);
    expect(new Localization('de').weekdays()[0]!.long).to.equal('Montag');
  });

  it('formats a day without slipping across time zones', () => {
    expect(new Localization('de').formatDayLong('2026-12-02')).to.equal('Mittwoch, 2. Dezember 2026');
    expect(new Localization('en-GB').formatDayLong('2026-12-02')).to.equal('Wednesday, 2 December 2026');
  });

  it("formats times in the location's time zone, not the user's", () => {
    const l = new Localization('de');
    expect(l.formatTime('2026-12-02T08:30:00+01:00', 'Europe/Berlin')).to.equal('08:30');
    expect(l.formatTime('2026-12-02T08:30:00+01:00', 'America/New_York')).to.equal('02:30');
  });

  it('falls back to English messages for a language it does not speak, and knows right-to-left', () => {
    const arabic = new Localization('ar');
    expect(arabic.messagesLanguage).to.equal('en');
    expect(arabic.dir).to.equal('rtl');
    expect(new Localization('de-AT').messages.back).to.equal('Zurück');
  });

  it('formats durations in hours and minutes', () => {
    expect(new Localization('en').formatDuration(70)).to.equal('1 hour and 10 minutes');
    expect(new Localization('de').formatDuration(20)).to.equal('20 Minuten');
  });

  it('resolves the language from the nearest ancestor, across shadow roots', () => {
    const outer = document.createElement('div');
    outer.lang = 'en';
    const host = document.createElement('div');
    outer.append(host);
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(resolveLanguage(inner)).to.equal('en');
  });
});
