import type { Translation } from '../types';
import type { common as english } from '../en/common';

export const common = {
  'common.language': 'Sprache',
  'common.loading': 'Wird geladen …',
  'common.checkingSession': 'Ihre Sitzung wird geprüft …',
  'common.emailConfirmed':
    'Ihre E-Mail-Adresse ist bestätigt. Melden Sie sich an, um fortzufahren.',
  'common.tryAgain': 'Erneut versuchen',
  'common.retry': 'Wiederholen',
  'common.signInAgain': 'Erneut anmelden',
  'common.backToSignIn': 'Zurück zur Anmeldung',
  'common.goHome': 'Zur Startseite',
  'common.errorCode': 'Fehlercode:',
  'common.verify': 'Bestätigen',
  'common.verifying': 'Wird bestätigt …',
  'common.continue': 'Weiter',
  'common.continuing': 'Einen Moment …',
  'common.copy': 'Kopieren',
  'common.copied': 'Kopiert.',
  'common.localPool': 'Lokaler Pool',
  'common.openDevInbox': 'Entwickler-Posteingang öffnen',
  'common.opensInNewTab': '(öffnet in einem neuen Tab)',
} as const satisfies Translation<typeof english>;
