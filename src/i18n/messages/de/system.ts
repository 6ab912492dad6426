import type { Translation } from '../types';
import type { system as english } from '../en/system';

export const system = {
  'system.crash.title': 'Etwas ist schiefgelaufen',
  'system.crash.body':
    'Auf der Seite ist ein unerwarteter Fehler aufgetreten. Nichts von dem, was Sie eingegeben haben, wurde an eine neue Stelle gesendet.',
  'system.crash.details': 'Technische Details',
  'system.crash.reload': 'Seite neu laden',
  'system.config.title': 'Die App ist nicht eingerichtet',
  'system.config.oneIssue':
    'Eine Einstellung muss korrigiert werden, bevor sich jemand anmelden kann.',
  'system.config.issues':
    '{count} Einstellungen müssen korrigiert werden, bevor sich jemand anmelden kann.',
  'system.config.otherBuild':
    'Dieser Build liest {file}: Tragen Sie die Werte dort ein und bauen Sie erneut. {deploy} schreibt die Datei für einen Stack, den es bereitstellt, und {provision} für einen einzelnen Pool.',
  'system.config.otherMode':
    'Dieser Modus liest {file}: Tragen Sie die Werte dort ein und starten Sie Vite neu. {deploy} schreibt die Datei für einen Stack, den es bereitstellt, und {provision} für einen einzelnen Pool.',
  'system.config.local':
    'Sie arbeiten lokal? {command} richtet den lokalen Pool ein und schreibt {file} für Sie.',
  'system.forbidden.title': 'Sie haben keinen Zugriff',
  'system.forbidden.group':
    'Sie sind angemeldet, aber diese Seite ist nur für Mitglieder der Gruppe {group}. Wenn Sie Zugriff haben sollten, bitten Sie eine Administratorin oder einen Administrator, Sie hinzuzufügen.',
  'system.forbidden.some':
    'Sie sind angemeldet, aber diese Seite ist nur für bestimmte Konten. Wenn Sie Zugriff haben sollten, bitten Sie eine Administratorin oder einen Administrator, Sie hinzuzufügen.',
  'system.forbidden.account': 'Zu Ihrem Konto',
  'system.admin.title': 'Verwaltung',
  'system.admin.intro': 'Nur Mitglieder der Gruppe „admin“ gelangen auf diese Seite.',
  'system.admin.reply': 'Nachricht des Verwaltungsdienstes',
  'system.notFound.title': 'Seite nicht gefunden',
  'system.notFound.body': 'Unter {path} gibt es keine Seite.',
  'system.language.failed':
    'Diese Sprache konnte nicht geladen werden. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
} as const satisfies Translation<typeof english>;
