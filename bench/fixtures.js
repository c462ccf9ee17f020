// A synthetic office for the benchmark: 400 concerns, and 3 locations with 40 free slots a day each.
const zone = 'Europe/Berlin';

function pad(value) {
  return String(value).padStart(2, '0');
}

export const catalog = {
  office: { name: 'Benchmark office' },
  concerns: Array.from({ length: 400 }, (_, index) => ({
    id: `concern-${index}`,
    name: `Concern ${index} ${['passport', 'residence permit', 'registration', 'driving licence'][index % 4]}`,
    description: `Description of concern ${index}`,
    category: `Category ${index % 12}`,
    durationMinutes: 10,
    maxCount: 3,
  })),
  locations: ['north', 'centre', 'south'].map((id) => ({
    id,
    name: `Office ${id}`,
    address: `${id} street 1`,
    timeZone: zone,
    concernIds: Array.from({ length: 400 }, (_, index) => `concern-${index}`),
  })),
  contact: { email: 'required', phone: 'optional' },
  holdMinutes: 10,
  bookingHorizonDays: 180,
  captcha: null,
};

/** 40 slots a day per location, 07:00 to 17:00 every 15 minutes, on every weekday of the range. */
function slotsBetween(from, to) {
  const slots = [];
  for (
    let day = new Date(`${from}T12:00:00Z`);
    day <= new Date(`${to}T12:00:00Z`);
    day.setUTCDate(day.getUTCDate() + 1)
  ) {
    const weekday = day.getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    const date = day.toISOString().slice(0, 10);
    for (let index = 0; index < 40; index += 1) {
      const minutes = 7 * 60 + index * 15;
      for (const location of catalog.locations) {
        const start = `${date}T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}:00+01:00`;
        const endMinutes = minutes + 15;
        const end = `${date}T${pad(Math.floor(endMinutes / 60))}:${pad(endMinutes % 60)}:00+01:00`;
        slots.push({ locationId: location.id, start, end });
      }
    }
  }
  return slots.sort((a, b) => a.start.localeCompare(b.start));
}

/** An adapter that answers at once, so that the figures measure the widget, not a network. */
export const benchAdapter = {
  async loadCatalog() {
    return structuredClone(catalog);
  },
  async loadAvailability({ from, to }) {
    return { from, to, slots: slotsBetween(from, to), nextAvailable: null };
  },
  async holdSlot() {
    throw new Error('not used');
  },
  async releaseHold() {},
  async book() {
    throw new Error('not used');
  },
  async getBooking() {
    throw new Error('not used');
  },
  async cancelBooking() {},
};
