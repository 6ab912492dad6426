import type { Translation } from '../types';
import type { callback as english } from '../en/callback';

export const callback = {
  'callback.working.title': 'Sie werden angemeldet …',
  'callback.working.body':
    'Ihre Anmeldung bei Cognito wird abgeschlossen. Das dauert einen Moment.',
  'callback.failed.title': 'Die Anmeldung wurde nicht abgeschlossen',
  'callback.failed.details': 'Angaben des Anmeldedienstes',
} as const satisfies Translation<typeof english>;
