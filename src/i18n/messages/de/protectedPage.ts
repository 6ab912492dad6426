import type { Translation } from '../types';
import type { protectedPage as english } from '../en/protectedPage';

export const protectedPage = {
  'protectedPage.title': 'Geschützte Seite',
  'protectedPage.intro':
    'Nur angemeldete Personen sehen diese Seite. Das Folgende kommt von der geschützten API, die bei jedem Aufruf prüft, wer Sie sind.',
  'protectedPage.none': 'nicht angegeben',
  'protectedPage.hello.title': 'Eine Nachricht für Sie',
  'protectedPage.me.title': 'Was die API über Sie weiß',
  'protectedPage.me.name': 'Name',
  'protectedPage.me.email': 'E-Mail',
  'protectedPage.me.company': 'Firma',
  'protectedPage.me.groups': 'Gruppen',
  'protectedPage.me.noGroups': 'Keine',
  'protectedPage.apiError.fallback':
    'Die Anfrage ist fehlgeschlagen. Versuchen Sie es gleich noch einmal.',
  'protectedPage.apiError.status': 'Statuscode {status}',
  'protectedPage.apiError.retry': 'Erneut versuchen',
  'protectedPage.apiError.signInAgain': 'Erneut anmelden',
} as const satisfies Translation<typeof english>;
