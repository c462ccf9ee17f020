import type { BookingMessages } from '../messages.js';

/**
 * French (Français). Translated from the German and English texts with machine help;
 * not yet checked by a native speaker.
 */
export const messages: BookingMessages = {
  widgetLabel: 'Prendre rendez-vous',
  officeLabel: 'Prise de rendez-vous : {office}',
  loading: 'Chargement…',
  stepOf: 'Étape {current} sur {total}',
  back: 'Retour',
  next: 'Suivant',
  retry: 'Réessayer',
  change: 'Modifier',
  steps: {
    concerns: 'De quoi s’agit-il ?',
    location: 'Où ?',
    time: 'Date et heure',
    contact: 'Vos coordonnées',
    review: 'Vérifier et prendre rendez-vous',
    done: 'Votre rendez-vous est pris',
    manage: 'Votre rendez-vous',
  },
  language: 'Langue',
  languageChanged: 'Langue choisie : {language}.',

  concernFilterLabel: 'Rechercher une démarche',
  concernFilterNoMatch:
    'Aucune démarche ne correspond à « {query} ». Vérifiez l’orthographe ou effacez la recherche pour voir toutes les démarches.',
  concernFilterClear: 'Effacer la recherche',
  concernMatches: {
    one: '{count} démarche trouvée',
    many: '{count} de démarches trouvées',
    other: '{count} démarches trouvées',
  },
  concernNone: 'Ce service ne propose pas de rendez-vous en ligne pour le moment.',
  concernPersons: 'Nombre de personnes',
  concernPersonsFor: 'Nombre de personnes pour {name}',
  concernMoreInfo: 'Plus d’informations',
  concernMoreInfoNewWindow: 'Plus d’informations sur {name} (s’ouvre dans une nouvelle fenêtre)',
  concernNotCombinable: 'Incompatible avec les démarches choisies',
  concernSelected: {
    one: '{count} démarche choisie',
    many: '{count} de démarches choisies',
    other: '{count} démarches choisies',
  },
  concernOtherCategory: 'Autres',
  estimatedDuration: 'Durée prévue : {duration}',
  chooseConcernFirst: 'Veuillez choisir au moins une démarche.',
  noLocationForSelection:
    'Aucun lieu ne propose toutes ces démarches ensemble. Veuillez prendre un rendez-vous pour chacune.',

  locationLegend: 'Choisir un lieu',
  locationAny: 'Premier rendez-vous disponible, tous lieux confondus',
  locationAnyHint: 'Nous affichons les horaires disponibles de tous les lieux qui proposent vos démarches.',
  chooseLocationFirst: 'Veuillez choisir un lieu.',

  previousMonth: 'Mois précédent',
  nextMonth: 'Mois suivant',
  dayBookable: 'rendez-vous disponibles',
  dayNotBookable: 'aucun rendez-vous',
  nextBookableDate: 'Prochain jour disponible : {date}',
  noBookableDate: 'Aucun rendez-vous n’est disponible dans les prochaines semaines.',
  noSlotsThisMonth: 'Aucun rendez-vous n’est disponible ce mois-ci.',
  calendarLoading: 'Chargement des jours disponibles…',
  earliestAppointment: 'Premier rendez-vous disponible : {when}',
  bookEarliest: 'Choisir le premier rendez-vous',
  slotsFor: 'Horaires du {date}',
  chooseDayFirst: 'Choisissez un jour pour voir les horaires.',
  noSlotsThisDay: 'Aucun horaire n’est disponible ce jour-là.',
  slotsLoading: 'Chargement des horaires disponibles…',
  dayTakenMeanwhile:
    'Finalement, aucun horaire n’est disponible ce jour-là pour votre choix. Veuillez choisir un autre jour.',
  partsOfDay: { morning: 'Matin', afternoon: 'Après-midi', evening: 'Soir' },
  timesIn: 'Fuseau horaire : {zone}',
  slotAt: '{time}, {location}',

  holding: 'Réservation de l’horaire…',
  heldUntil: 'Horaire réservé pour vous jusqu’à {time}.',
  holdExtend: 'Prolonger la réservation',
  holdWarning: {
    one: 'Votre réservation prend fin dans {count} minute.',
    many: 'Votre réservation prend fin dans {count} de minutes.',
    other: 'Votre réservation prend fin dans {count} minutes.',
  },
  holdLastMinute: 'Votre réservation prend fin dans moins d’une minute.',
  holdRenewed: 'Votre horaire est de nouveau réservé.',

  contactName: 'Prénom et nom',
  contactEmail: 'Courriel',
  contactPhone: 'Téléphone',
  optional: 'facultatif',
  requiredHint: 'Les champs marqués d’un * sont obligatoires.',
  consent: 'J’accepte que mes données soient traitées pour organiser ce rendez-vous.',
  privacyPolicyNewWindow: 'Politique de confidentialité (s’ouvre dans une nouvelle fenêtre)',
  fieldInvalid: 'Veuillez vérifier ce champ.',
  fieldRequired: 'Veuillez remplir ce champ.',
  emailMissingAt:
    'Il manque le signe @ dans l’adresse électronique. Veuillez la saisir en entier, par exemple name@example.org.',
  emailMissingDomain:
    'Après le @, il manque le domaine complet avec un point, par exemple @example.org. Veuillez vérifier l’adresse.',
  emailInvalid: 'Cette adresse électronique n’est pas valide. Veuillez la vérifier. Exemple : name@example.org.',
  phoneCharacters:
    'Le numéro de téléphone ne peut contenir que des chiffres, des espaces et les signes + - / ( ), par exemple +49 251 492-0.',
  phoneLength: 'Le numéro de téléphone doit comporter de 7 à 15 chiffres, par exemple +49 251 492-0 ou 0176 1234567.',
  consentRequired: 'Veuillez donner votre accord pour que nous puissions enregistrer votre rendez-vous.',

  reviewConcerns: 'Démarches',
  reviewLocation: 'Lieu',
  reviewTime: 'Date et heure',
  reviewContact: 'Coordonnées',
  changeConcerns: 'Modifier les démarches',
  changeLocation: 'Modifier le lieu',
  changeTime: 'Modifier la date et l’heure',
  changeContact: 'Modifier les coordonnées',
  book: 'Prendre rendez-vous',
  booking: 'Prise de rendez-vous…',
  persons: { one: '{count} personne', many: '{count} de personnes', other: '{count} personnes' },

  donePending: {
    one: 'Veuillez confirmer votre rendez-vous par courriel sous {count} minute',
    many: 'Veuillez confirmer votre rendez-vous par courriel sous {count} de minutes',
    other: 'Veuillez confirmer votre rendez-vous par courriel sous {count} minutes',
  },
  donePendingNoTime: 'Veuillez confirmer votre rendez-vous par courriel',
  bringHeading: 'Veuillez apporter',
  addressHeading: 'Adresse',
  changeOrCancelHeading: 'Modifier ou annuler',
  changeOrCancelText:
    'Vous pouvez modifier ou annuler le rendez-vous avec le lien de votre courriel de confirmation. Veuillez avoir votre numéro de rendez-vous à portée de main.',
  reference: 'Numéro de rendez-vous',
  statusLabel: 'Statut',
  statusConfirmed: 'Confirmé',
  statusPending: 'En attente de votre confirmation',
  pendingVerification: {
    one: 'Veuillez consulter votre messagerie et confirmer le rendez-vous sous {count} minute. Sinon, l’horaire sera libéré.',
    many: 'Veuillez consulter votre messagerie et confirmer le rendez-vous sous {count} de minutes. Sinon, l’horaire sera libéré.',
    other:
      'Veuillez consulter votre messagerie et confirmer le rendez-vous sous {count} minutes. Sinon, l’horaire sera libéré.',
  },
  pendingVerificationNoTime:
    'Veuillez consulter votre messagerie et confirmer le rendez-vous avec le lien que vous avez reçu.',
  addToCalendar: 'Ajouter au calendrier (.ics)',
  print: 'Imprimer',
  cancelBooking: 'Annuler le rendez-vous',
  bookAnother: 'Prendre un autre rendez-vous',
  rescheduleStart: 'Déplacer le rendez-vous',

  errors: {
    network: 'Pas de connexion au système de rendez-vous. Veuillez vérifier votre connexion Internet et réessayer.',
    unexpected:
      'Une erreur s’est produite. Veuillez réessayer. Si le problème persiste, veuillez contacter le service.',
  },
  errorTimeout: 'Le système de rendez-vous ne répond pas. Veuillez réessayer.',
};

/** The texts of the rarer paths, fetched only when one of them is shown. */
export const more = () => import('./more/fr.js');
