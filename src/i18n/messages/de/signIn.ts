import type { Translation } from '../types';
import type { signIn as english } from '../en/signIn';

export const signIn = {
  'signIn.title': 'Anmelden',
  'signIn.continueNote': 'Melden Sie sich an, um fortzufahren.',
  'signIn.signedIn.title': 'Sie sind angemeldet',
  'signIn.signedIn.text': 'Sie sind als {who} angemeldet.',
  'signIn.signedIn.continue': 'Weiter als {who}',
  // Only when the tokens carry neither a name nor an email: never the internal username.
  'signIn.signedIn.someone': 'dieses Konto',
  'signIn.signedIn.signOut': 'Abmelden',
  'signIn.forgot': 'Passwort vergessen?',
  'signIn.submit': 'Anmelden',
  'signIn.busy': 'Anmeldung läuft …',
  'signIn.otherMethods': 'Oder mit der E-Mail-Adresse oben',
  'signIn.passkey': 'Mit einem Passkey anmelden',
  'signIn.passkeyBusy': 'Warten auf Ihren Passkey …',
  'signIn.emailCode': 'Code per E-Mail senden',
  'signIn.emailCodeBusy': 'Code wird gesendet …',
  'signIn.newHere': 'Neu hier?',
  'signIn.createAccount': 'Konto erstellen',
  'signIn.hosted.group': 'Weitere Anmeldemöglichkeiten',
  'signIn.hosted.button': 'Weiter zur gehosteten Anmeldung',
  'signIn.hosted.provider': 'Weiter mit {provider}',
  'signIn.emailCode.title': 'Anmeldecode eingeben',
  'signIn.emailCode.sent':
    'Wir haben einen Anmeldecode an {destination} gesendet. Er ist 3 Minuten lang gültig.',
  'signIn.emailCode.hint': '{length} Ziffern',
  'signIn.emailCode.invalid': 'Geben Sie den {length}-stelligen Code aus der E-Mail ein.',
  'signIn.emailCode.back': 'Stattdessen Passwort oder Passkey verwenden',
} as const satisfies Translation<typeof english>;
