import type { Translation } from '../types';
import type { account as english } from '../en/account';

export const account = {
  'account.title': 'Ihr Konto',
  'account.intro': 'Angemeldet als {name}.',
  'account.sectionsNav': 'Bereiche des Kontos',
  'account.none': 'nicht angegeben',
  'account.cancel': 'Abbrechen',
  'account.saving': 'Wird gespeichert …',

  'account.profile.title': 'Profil',
  'account.profile.name': 'Name',
  'account.profile.email': 'E-Mail',
  'account.profile.company': 'Firma',
  'account.profile.companyOptional': 'Firma (optional)',
  'account.profile.edit': 'Name und Firma bearbeiten',
  'account.profile.save': 'Profil speichern',
  'account.profile.saved': 'Ihr Profil ist gespeichert.',
  'account.profile.nameRequired': 'Geben Sie Ihren Namen ein.',

  'account.email.change': 'E-Mail-Adresse ändern',
  'account.email.hint': 'Eine neue Adresse muss mit einem Code bestätigt werden, bevor sie gilt.',
  'account.email.same': 'Das ist bereits Ihre E-Mail-Adresse.',
  'account.email.sending': 'Code wird gesendet …',
  'account.email.changed': 'Ihre E-Mail-Adresse ist geändert.',
  'account.email.codeSent': 'Wir haben einen Bestätigungscode an {email} gesendet.',
  'account.email.codeLabel': 'Bestätigungscode',
  'account.email.verify': 'E-Mail-Adresse bestätigen',
  'account.email.verifying': 'Wird bestätigt …',
  'account.email.verified': 'Ihre neue E-Mail-Adresse ist bestätigt.',

  'account.security.title': 'Sicherheit',
  'account.password.title': 'Passwort',
  'account.password.change': 'Passwort ändern',
  'account.password.current': 'Aktuelles Passwort',
  'account.password.currentRequired': 'Geben Sie Ihr aktuelles Passwort ein.',
  'account.password.changing': 'Passwort wird geändert …',
  'account.password.changed': 'Ihr Passwort ist geändert.',

  'account.mfa.title': 'Zwei-Schritt-Verifizierung',
  'account.mfa.checking': 'Ihre Einstellungen werden geprüft …',
  'account.mfa.app': 'Authenticator-App:',
  'account.mfa.on': 'Ein',
  'account.mfa.off': 'Aus',
  'account.mfa.setUp': 'Authenticator-App einrichten',
  'account.mfa.turnOff': 'Authenticator-App ausschalten',
  'account.mfa.turningOff': 'Wird ausgeschaltet …',
  'account.mfa.turnedOff': 'Die Authenticator-App ist ausgeschaltet.',
  'account.mfa.turnedOn':
    'Die Authenticator-App ist eingeschaltet. Bei der Anmeldung werden Sie nach einem Code gefragt.',
  'account.mfa.cancelSetup': 'Einrichtung abbrechen',

  'account.passkeys.title': 'Passkeys',
  'account.passkeys.intro':
    'Melden Sie sich mit Fingerabdruck, Gesicht oder Bildschirmsperre an statt mit einem Passwort.',
  'account.passkeys.loading': 'Ihre Passkeys werden geladen …',
  'account.passkeys.none': 'Sie haben noch keine Passkeys.',
  'account.passkeys.addedOn': 'hinzugefügt am {date}',
  'account.passkeys.add': 'Passkey hinzufügen',
  'account.passkeys.waiting': 'Warten auf Ihr Gerät …',
  'account.passkeys.added':
    'Passkey hinzugefügt. Sie können sich beim nächsten Mal damit anmelden.',
  'account.passkeys.remove': 'Entfernen',
  'account.passkeys.removeLabel': '{name} entfernen',
  'account.passkeys.confirmLabel': '{name} entfernen?',
  'account.passkeys.confirm':
    'Diesen Passkey entfernen? Danach können Sie sich nicht mehr damit anmelden.',
  'account.passkeys.removing': 'Wird entfernt …',
  'account.passkeys.keep': 'Behalten',
  'account.passkeys.removed': '„{name}“ wurde entfernt. Damit ist keine Anmeldung mehr möglich.',

  'account.sessions.title': 'Sitzungen',
  'account.sessions.signedInWith': 'Angemeldet mit',
  'account.sessions.method.password': 'E-Mail-Adresse und Passwort',
  'account.sessions.method.hostedUi': 'Gehostete Anmeldung',
  'account.sessions.method.passkey': 'Passkey',
  'account.sessions.method.emailCode': 'Code per E-Mail',
  'account.sessions.everywhereHint':
    '„Überall abmelden“ beendet auch Ihre Sitzungen auf anderen Geräten und in anderen Browsern.',
  'account.sessions.signOut': 'Abmelden',
  'account.sessions.signOutEverywhere': 'Überall abmelden',
  'account.sessions.signingOut': 'Abmeldung läuft …',
} as const satisfies Translation<typeof english>;
