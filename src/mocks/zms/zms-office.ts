/**
 * A small ZMS installation for tests and demos, shaped like upstream's `/offices-and-services/` answer
 * (zmsentities/schema/citizenapi: office.json, service.json, officeServiceRelation.json, thinnedScope.json).
 * Three offices with differing scope rules; two services that combine at one office only; one that is booked
 * alone. Never part of a build.
 */

export interface ZmsScope {
  id: number;
  shortName: string;
  emailFrom: string;
  emailRequired: boolean;
  telephoneActivated: boolean;
  telephoneRequired: boolean;
  customTextfieldActivated: boolean;
  customTextfieldRequired: boolean;
  customTextfieldLabel: string | null;
  customTextfield2Activated: boolean;
  customTextfield2Required: boolean;
  customTextfield2Label: string | null;
  captchaActivatedRequired: boolean;
  infoForAppointment: string | null;
  infoForAllAppointments: string | null;
  slotsPerAppointment: string | null;
  appointmentsPerMail: string | null;
  whitelistedMails: string | null;
  reservationDuration: number;
  activationDuration: number;
  hint: string | null;
}

export interface ZmsOfficeData {
  id: number;
  name: string;
  organization: string;
  organizationUnit: string | null;
  address: { street: string; house_number: string; postal_code: string; city: string; hint: boolean };
  geo: { lat: number; lon: number };
  slotTimeInMinutes: number;
  disabledByServices: number[];
  showAlternativeLocations: boolean;
  scope: ZmsScope;
}

export interface ZmsServiceData {
  id: number;
  name: string;
  maxQuantity: number;
  combinable: Record<string, Record<string, number[]>> | [];
  public: boolean;
  parentId: number | null;
  variantId: number | null;
  showOnStartPage: boolean;
}

export interface ZmsRelationData {
  officeId: number;
  serviceId: number;
  slots: number;
  public: boolean;
  maxQuantity: number;
}

function scope(id: number, rules: Partial<ZmsScope>): ZmsScope {
  return {
    id,
    shortName: `Scope ${id}`,
    emailFrom: 'no-reply@muenchen.example',
    emailRequired: true,
    telephoneActivated: false,
    telephoneRequired: false,
    customTextfieldActivated: false,
    customTextfieldRequired: false,
    customTextfieldLabel: null,
    customTextfield2Activated: false,
    customTextfield2Required: false,
    customTextfield2Label: null,
    captchaActivatedRequired: false,
    // Upstream sends HTML here; a widget must never render it as such.
    infoForAppointment: '<p>Bitte bringen Sie Ihren <strong>Ausweis</strong> mit.</p>',
    infoForAllAppointments: null,
    slotsPerAppointment: '6',
    appointmentsPerMail: '2',
    whitelistedMails: null,
    reservationDuration: 15,
    activationDuration: 60,
    hint: null,
    ...rules,
  };
}

export const ID_CARD = 1063424;
export const PASSPORT = 1063441;
export const RESIDENCE = 1063453;
export const RUPPERTSTRASSE = 10489;
export const PASING = 10502;
export const FOREIGNERS_OFFICE = 10295;

export function zmsOfficeData(options: { captcha?: boolean } = {}): {
  offices: ZmsOfficeData[];
  services: ZmsServiceData[];
  relations: ZmsRelationData[];
} {
  const city = { postal_code: '80337', city: 'München', hint: false };
  return {
    offices: [
      {
        id: RUPPERTSTRASSE,
        name: 'Bürgerbüro Ruppertstraße',
        organization: 'Landeshauptstadt München',
        organizationUnit: 'Kreisverwaltungsreferat',
        address: { street: 'Ruppertstraße', house_number: '19', ...city },
        geo: { lat: 48.1267, lon: 11.5519 },
        slotTimeInMinutes: 10,
        disabledByServices: [],
        showAlternativeLocations: true,
        scope: scope(58, {
          telephoneActivated: true,
          captchaActivatedRequired: options.captcha ?? false,
          hint: 'Eingang über den Innenhof, Aufzug vorhanden.',
        }),
      },
      {
        id: PASING,
        name: 'Bürgerbüro Pasing',
        organization: 'Landeshauptstadt München',
        organizationUnit: 'Kreisverwaltungsreferat',
        address: {
          street: 'Landsberger Straße',
          house_number: '486',
          postal_code: '81241',
          city: 'München',
          hint: false,
        },
        geo: { lat: 48.1456, lon: 11.4614 },
        slotTimeInMinutes: 15,
        disabledByServices: [],
        showAlternativeLocations: true,
        scope: scope(59, { reservationDuration: 20, activationDuration: 30, appointmentsPerMail: '1' }),
      },
      {
        id: FOREIGNERS_OFFICE,
        name: 'Ausländerbehörde',
        organization: 'Landeshauptstadt München',
        organizationUnit: 'Kreisverwaltungsreferat',
        address: { street: 'Ruppertstraße', house_number: '19', ...city },
        geo: { lat: 48.1267, lon: 11.5519 },
        slotTimeInMinutes: 20,
        disabledByServices: [ID_CARD],
        showAlternativeLocations: false,
        scope: scope(60, { telephoneActivated: true, telephoneRequired: true, activationDuration: 120 }),
      },
    ],
    services: [
      {
        id: ID_CARD,
        name: 'Personalausweis beantragen',
        maxQuantity: 5,
        // Position -> { service: offices where both can be booked together }; the first entry is the service itself.
        combinable: { '1': { [ID_CARD]: [RUPPERTSTRASSE, PASING] }, '2': { [PASSPORT]: [RUPPERTSTRASSE] } },
        public: true,
        parentId: null,
        variantId: null,
        showOnStartPage: true,
      },
      {
        id: PASSPORT,
        name: 'Reisepass beantragen',
        maxQuantity: 3,
        combinable: { '1': { [PASSPORT]: [RUPPERTSTRASSE, PASING] }, '2': { [ID_CARD]: [RUPPERTSTRASSE] } },
        public: true,
        parentId: null,
        variantId: null,
        showOnStartPage: true,
      },
      {
        id: RESIDENCE,
        name: 'Aufenthaltstitel verlängern',
        maxQuantity: 1,
        combinable: [],
        public: true,
        parentId: null,
        variantId: null,
        showOnStartPage: true,
      },
    ],
    relations: [
      { officeId: RUPPERTSTRASSE, serviceId: ID_CARD, slots: 1, public: true, maxQuantity: 5 },
      { officeId: RUPPERTSTRASSE, serviceId: PASSPORT, slots: 2, public: true, maxQuantity: 3 },
      { officeId: PASING, serviceId: ID_CARD, slots: 1, public: true, maxQuantity: 5 },
      { officeId: PASING, serviceId: PASSPORT, slots: 1, public: true, maxQuantity: 3 },
      { officeId: FOREIGNERS_OFFICE, serviceId: RESIDENCE, slots: 2, public: true, maxQuantity: 1 },
      { officeId: FOREIGNERS_OFFICE, serviceId: ID_CARD, slots: 1, public: true, maxQuantity: 1 },
    ],
  };
}
