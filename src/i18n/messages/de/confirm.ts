import type { Translation } from '../types';
import type { confirm as english } from '../en/confirm';

export const confirm = {
  'confirm.title': 'E-Mail-Adresse bestätigen',
  'confirm.sent':
    'Wir haben einen Bestätigungscode an {destination} gesendet. Geben Sie ihn unten ein, um Ihr Konto fertig einzurichten.',
  'confirm.sentToYourEmail':
    'Wir haben einen Bestätigungscode an Ihre E-Mail-Adresse gesendet. Geben Sie ihn unten ein, um Ihr Konto fertig einzurichten.',
  'confirm.codeLabel': 'Bestätigungscode',
  'confirm.submit': 'Konto bestätigen',
  'confirm.busy': 'Wird bestätigt …',
  'confirm.back': 'Zurück zur Anmeldung',
} as const satisfies Translation<typeof english>;
