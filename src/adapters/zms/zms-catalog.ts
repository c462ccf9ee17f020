import type {
  CaptchaConfig,
  Catalog,
  Concern,
  ConcernSelection,
  ContactFieldRule,
  Location,
} from '../../domain/types.js';
import { asArray, id, isObject, malformed, positive, text, type Json } from './zms-json.js';

/** What the catalog answer says about an office, kept for availability, holds and bookings. */
export interface ZmsOffice {
  id: string;
  slotMinutes: number;
  scope: Json;
  /** Selected services that make this office unavailable. */
  disabledBy: Set<string>;
}

/** The catalog answer's facts, beyond what the domain's catalog says. */
export interface ZmsModel {
  offices: Map<string, ZmsOffice>;
  /** `${officeId}/${serviceId}` -> slots the service takes there. */
  relationSlots: Map<string, number>;
  /** serviceId -> other serviceId -> offices where the two combine. */
  combinable: Map<string, Map<string, Set<string>>>;
  captcha: boolean;
}

/** How far ahead ZMS offers appointments; upstream's own front end asks for six months. */
export const HORIZON_DAYS = 182;

/**
 * Whether `/offices-and-services/` comes from the current API generation: from upstream 2.25.00-muc47 on, every
 * office carries `sharedBookingOfficeIds`. (muc46, which brought `/available-calendar/`, has no such mark and is
 * taken for legacy, corrected by its first 404.)
 */
export function speaksCurrentApi(json: unknown): boolean | undefined {
  if (!isObject(json) || !Array.isArray(json.offices) || !json.offices.length) return undefined;
  return json.offices.some((office) => isObject(office) && 'sharedBookingOfficeIds' in office);
}

/**
 * Whether a scope requires one of its free text fields (`customTextfield`, `customTextfield2`), which the widget
 * does not ask for: upstream refuses every booking there without it (`invalidCustomTextfield`), so the office
 * is left out rather than offered for a booking that would fail after the citizen filled in the form.
 */
function requiresTextField(scope: Record<string, unknown>): boolean {
  return (
    (scope.customTextfieldActivated === true && scope.customTextfieldRequired === true) ||
    (scope.customTextfield2Activated === true && scope.customTextfield2Required === true)
  );
}

/**
 * The catalog of `/offices-and-services/` (offices, services and the relations between them) in the booking
 * domain, and the facts kept for later requests. `captcha` is the API's own challenge, offered when a scope
 * requires it.
 */
export function parseZmsCatalog(
  json: unknown,
  timeZone: string,
  captcha: CaptchaConfig,
): { catalog: Catalog; model: ZmsModel } {
  if (!isObject(json) || !Array.isArray(json.offices) || !Array.isArray(json.services)) {
    throw malformed('offices-and-services must have offices and services');
  }
  const model: ZmsModel = { offices: new Map(), relationSlots: new Map(), combinable: new Map(), captcha: false };
  const offered = new Map<string, Set<string>>();
  for (const relation of asArray(json.relations)) {
    if (!isObject(relation) || relation.public === false) continue;
    const officeId = id(relation.officeId);
    const serviceId = id(relation.serviceId);
    if (!officeId || !serviceId) continue;
    model.relationSlots.set(`${officeId}/${serviceId}`, positive(relation.slots) ?? 1);
    if (!offered.has(officeId)) offered.set(officeId, new Set());
    offered.get(officeId)!.add(serviceId);
  }

  const rules = { email: false, phoneShown: false, phoneRequired: false };
  const holdMinutes: number[] = [];
  const locations: Location[] = [];
  const organizations = new Set<string>();
  for (const office of json.offices) {
    const officeId = isObject(office) ? id(office.id) : undefined;
    if (!isObject(office) || !officeId || !text(office.name)) continue;
    const scope = isObject(office.scope) ? office.scope : {};
    const disabledBy = new Set(
      asArray(office.disabledByServices)
        .map(id)
        .filter((s): s is string => !!s),
    );
    model.offices.set(officeId, {
      id: officeId,
      slotMinutes: positive(office.slotTimeInMinutes) ?? 10,
      scope,
      disabledBy,
    });
    const concernIds = [...(offered.get(officeId) ?? [])].filter((s) => !disabledBy.has(s));
    if (!concernIds.length || requiresTextField(scope)) continue;
    rules.email ||= scope.emailRequired === true;
    rules.phoneShown ||= scope.telephoneActivated === true;
    rules.phoneRequired ||= scope.telephoneActivated === true && scope.telephoneRequired === true;
    model.captcha ||= scope.captchaActivatedRequired === true;
    const minutes = positive(scope.reservationDuration);
    if (minutes) holdMinutes.push(minutes);
    const organization = text(office.organization);
    if (organization) organizations.add(organization);
    const address = isObject(office.address) ? office.address : {};
    const street = [text(address.street), text(address.house_number)].filter(Boolean).join(' ');
    const city = [text(address.postal_code), text(address.city)].filter(Boolean).join(' ');
    const location: Location = { id: officeId, name: text(office.name)!, timeZone: timeZone, concernIds };
    const where = [street, city].filter(Boolean).join(', ');
    if (where) location.address = where;
    // `address.hint` is a flag upstream; the scope's hint is the text. infoForAppointment is HTML: left out.
    const hint = text(scope.hint) ?? text(address.hint);
    if (hint) location.hint = hint;
    locations.push(location);
  }

  const offeredAnywhere = new Set(locations.flatMap((l) => l.concernIds));
  const concerns: Concern[] = [];
  for (const service of json.services) {
    const serviceId = isObject(service) ? id(service.id) : undefined;
    if (!isObject(service) || !serviceId || !text(service.name) || !offeredAnywhere.has(serviceId)) continue;
    // `combinable` is an ordered map: position -> { serviceId: [offices where both can be booked together] }.
    const partners = new Map<string, Set<string>>();
    for (const entry of Object.values(isObject(service.combinable) ? service.combinable : {})) {
      for (const [other, offices] of Object.entries(isObject(entry) ? entry : {})) {
        const where = new Set(
          asArray(offices)
            .map(id)
            .filter((o): o is string => !!o),
        );
        if (other !== serviceId && where.size) partners.set(other, where);
      }
    }
    model.combinable.set(serviceId, partners);
    const concern: Concern = {
      id: serviceId,
      name: text(service.name)!,
      // A count below one (0.5, 5e-324) is no real one: every concern can be booked for one person.
      maxCount: Math.max(1, Math.floor(positive(service.maxQuantity) ?? 1)),
    };
    const location = locations.find((l) => l.concernIds.includes(serviceId));
    if (location) {
      const office = model.offices.get(location.id)!;
      concern.durationMinutes = model.relationSlots.get(`${location.id}/${serviceId}`)! * office.slotMinutes;
    }
    concerns.push(concern);
  }
  // ZMS decides combinability per office; our domain has one list per concern. A pair combines when upstream
  // lists it for an office that offers both; availability and holds then use only such offices
  // (#officesFor). Without a `combinable` map a service is booked alone.
  const offers = (officeId: string, serviceId: string) =>
    locations.find((l) => l.id === officeId)?.concernIds.includes(serviceId) ?? false;
  for (const concern of concerns) {
    const partners = model.combinable.get(concern.id)!;
    concern.combinableWith = concerns
      .filter((other) => [...(partners.get(other.id) ?? [])].some((o) => offers(o, concern.id) && offers(o, other.id)))
      .map((other) => other.id);
  }

  const phone: ContactFieldRule = rules.phoneRequired ? 'required' : rules.phoneShown ? 'optional' : 'hidden';
  const catalog: Catalog = {
    office: {
      name: organizations.size === 1 ? [...organizations][0]! : locations.length === 1 ? locations[0]!.name : 'Termin',
    },
    concerns,
    locations,
    // One rule for all offices: the strictest any office has.
    contact: { email: rules.email ? 'required' : 'optional', phone },
    holdMinutes: holdMinutes.length ? Math.min(...holdMinutes) : 10,
    bookingHorizonDays: HORIZON_DAYS,
    captcha: model.captcha ? captcha : null,
    // ZMS writes its offices and services in German only.
    lang: 'de',
  };
  return { catalog, model };
}

export function officesFor(model: ZmsModel, concerns: ConcernSelection[], locationId?: string): ZmsOffice[] {
  const [main, ...others] = concerns.map((c) => c.id);
  return [...model.offices.values()].filter(
    (office) =>
      (locationId === undefined || office.id === locationId) &&
      concerns.every((c) => model.relationSlots.has(`${office.id}/${c.id}`) && !office.disabledBy.has(c.id)) &&
      others.every(
        (other) =>
          model.combinable.get(main!)?.get(other)?.has(office.id) ??
          model.combinable.get(other)?.get(main!)?.has(office.id) ??
          false,
      ),
  );
}

/** Minutes the whole selection takes at an office. */
export function minutesOf(model: ZmsModel, office: ZmsOffice, concerns: ConcernSelection[]): number {
  const slots = concerns.reduce((sum, c) => sum + (model.relationSlots.get(`${office.id}/${c.id}`) ?? 1) * c.count, 0);
  return slots * office.slotMinutes;
}
