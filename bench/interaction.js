import { benchAdapter, catalog } from './fixtures.js';
import '/dist/civic-booking.js';

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

async function settled(element) {
  // Wait for the element and every element in its shadow tree to finish rendering.
  for (let round = 0; round < 5; round += 1) {
    const pending = [element, ...element.shadowRoot.querySelectorAll('*')].filter((node) => node.updateComplete);
    const results = await Promise.all(pending.map((node) => node.updateComplete));
    if (results.every(Boolean)) break;
  }
}

async function measure(runs, prepare, act, done) {
  const times = [];
  for (let run = 0; run < runs; run += 1) {
    await prepare?.(run);
    await nextFrame();
    const start = performance.now();
    await act(run);
    await done(run);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], max: times[times.length - 1], runs };
}

async function monthSwitchAndSlots() {
  const widget = document.createElement('civic-booking');
  widget.now = () => new Date('2026-12-01T07:00:00+01:00');
  widget.adapter = benchAdapter;
  widget.concerns = 'concern-1';
  document.body.append(widget);
  await settled(widget);
  await new Promise((resolve) => setTimeout(resolve, 50));
  // Three locations offer the concern: choose "any location" and go on.
  const locations = widget.shadowRoot.querySelector('civic-location-picker');
  locations.shadowRoot.querySelector('input[type="radio"]').click();
  widget.shadowRoot.querySelector('button.next').click();
  await new Promise((resolve) => setTimeout(resolve, 100));
  const calendar = widget.shadowRoot.querySelector('civic-calendar');
  await settled(widget);
  const slotPicker = () => widget.shadowRoot.querySelector('civic-slot-picker');
  const slotCount = () => slotPicker().shadowRoot.querySelectorAll('button').length;

  const monthSwitch = await measure(
    20,
    null,
    (run) => {
      const buttons = calendar.shadowRoot.querySelectorAll('[part~="nav-button"]');
      buttons[run % 2 === 0 ? 1 : 0].click();
    },
    async () => {
      await new Promise((resolve) => setTimeout(resolve));
      await settled(widget);
      await nextFrame();
    },
  );
  const slots = slotCount();
  widget.remove();
  return { monthSwitch, slotsOnDay: slots };
}

async function slotListRender() {
  const picker = document.createElement('civic-slot-picker');
  document.body.append(picker);
  const day = (await benchAdapter.loadAvailability({ from: '2026-12-02', to: '2026-12-02' })).slots;
  picker.locations = catalog.locations;
  picker.date = '2026-12-02';
  const result = await measure(
    20,
    async () => {
      picker.slots = [];
      await picker.updateComplete;
    },
    async () => {
      picker.slots = day;
    },
    async () => {
      await picker.updateComplete;
      await nextFrame();
    },
  );
  const buttons = picker.shadowRoot.querySelectorAll('button').length;
  picker.remove();
  return { ...result, slots: day.length, buttons };
}

async function filterLatency() {
  const picker = document.createElement('civic-concern-picker');
  picker.concerns = catalog.concerns;
  document.body.append(picker);
  await picker.updateComplete;
  const input = picker.shadowRoot.querySelector('input[type="search"]');
  const queries = ['pass', 'resid', 'registration 1', 'licence', '', 'concern 39'];
  return measure(
    24,
    null,
    async (run) => {
      input.value = queries[run % queries.length];
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    },
    async () => {
      await picker.updateComplete;
      await nextFrame();
    },
  );
}

window.benchResult = {
  ...(await monthSwitchAndSlots()),
  slotList: await slotListRender(),
  filter: await filterLatency(),
};
