import type { MoreMessages } from '../../messages.js';

/** French (Français): the texts of the rarer paths (see `MoreMessages`), checked as `../fr.ts` says. */
export const messages: MoreMessages = {
  // Manage and cancel
  doneCancelled: 'Votre rendez-vous est annulé',
  manageNotFound: 'Ce lien ne fonctionne pas',
  bookingPast: 'Ce rendez-vous est passé',
  bookNew: 'Prendre un nouveau rendez-vous',
  statusCancelled: 'Annulé',
  activationConfirmed: 'Merci ! Votre rendez-vous est confirmé.',
  cancelConfirm: 'Voulez-vous vraiment annuler ce rendez-vous ?',
  cancelYes: 'Oui, annuler',
  cancelNo: 'Non, le garder',
  cancelling: 'Annulation en cours…',
  cancelled: 'Votre rendez-vous a été annulé.',

  // The calendar file
  icsSummary: 'Rendez-vous : {concerns} – {office}',
  icsReference: 'Numéro de rendez-vous : {reference}',
  icsBring: 'Veuillez apporter : {items}',
  icsReminder: 'Rappel : votre rendez-vous a lieu demain à {time}.',

  // Changing an appointment
  rescheduleTime: 'Choisir un nouvel horaire',
  rescheduleReview: 'Vérifier le changement',
  previousAppointment: 'Ancien rendez-vous',
  newAppointment: 'Nouveau rendez-vous',
  rescheduleSubmit: 'Déplacer le rendez-vous',
  rescheduling: 'Déplacement en cours…',
  rescheduled: 'Votre rendez-vous a été déplacé',
  rescheduledReleased: 'Votre ancien rendez-vous du {when} a été annulé.',
  rescheduleOldKept: 'Votre ancien rendez-vous est maintenu.',
  rescheduleCancelOldFailed:
    'Votre nouveau rendez-vous est pris, mais votre ancien rendez-vous du {when} n’a pas pu être annulé. Vous avez donc deux rendez-vous pour le moment. Veuillez annuler l’ancien maintenant, pour que d’autres personnes puissent le prendre.',
  rescheduleCancelOldRetry: 'Annuler maintenant l’ancien rendez-vous',
  keepAppointment: 'Retour à mon rendez-vous',

  // The captcha
  captcha: {
    label: 'Vérification de sécurité',
    checking: 'Vérification en cours…',
    verified: 'Vérification réussie',
    failed: 'La vérification a échoué.',
    retry: 'Relancer la vérification',
  },

  // A page that set the widget up wrongly
  configMissingApi:
    'Ce module de rendez-vous n’est pas configuré : la page doit indiquer l’adresse d’un système de rendez-vous (api).',
  configUnknownBackend:
    'Ce module de rendez-vous n’est pas configuré correctement : le système « {backend} » est inconnu.',

  // What the backend refused
  refusals: {
    'invalid-input': 'Certaines informations n’ont pas été acceptées. Veuillez corriger les champs signalés.',
    'slot-taken':
      'Malheureusement, cet horaire vient d’être pris. Veuillez choisir un autre horaire ; vos informations sont conservées.',
    'hold-expired':
      'Votre réservation a expiré. Veuillez choisir de nouveau un horaire ; vos informations sont conservées.',
    'limit-reached':
      'Vous avez déjà pris auprès de ce service le nombre maximal de rendez-vous autorisé. Veuillez d’abord annuler un autre rendez-vous (avec le lien de votre courriel de confirmation) ou contacter le service.',
    'too-late':
      'Ce rendez-vous ne peut plus être modifié ni annulé en ligne. Veuillez contacter directement le service.',
    'idempotency-mismatch':
      'Votre rendez-vous n’a pas été pris, car vos informations ont changé pendant l’envoi. Veuillez les vérifier et prendre rendez-vous de nouveau.',
    'captcha-required':
      'La vérification de sécurité n’a pas abouti. Veuillez utiliser « Relancer la vérification », puis choisir de nouveau un horaire.',
    'not-found':
      'Nous n’avons pas trouvé ce rendez-vous. Il a peut-être été annulé, ou le lien est incomplet ou expiré. Vous pouvez prendre un nouveau rendez-vous.',
    'rate-limited': 'Le système de rendez-vous reçoit trop de demandes en ce moment. Veuillez patienter un instant.',
    unavailable:
      'La prise de rendez-vous en ligne est indisponible pour le moment en raison d’une maintenance. Veuillez réessayer plus tard.',
  },
  errorRetryIn: {
    one: 'Veuillez réessayer dans {count} seconde.',
    many: 'Veuillez réessayer dans {count} de secondes.',
    other: 'Veuillez réessayer dans {count} secondes.',
  },
};
