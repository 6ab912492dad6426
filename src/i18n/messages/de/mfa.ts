import type { Translation } from '../types';
import type { mfa as english } from '../en/mfa';

export const mfa = {
  'mfa.factor.totp': 'Authenticator-App',
  'mfa.factor.sms': 'SMS',
  'mfa.cancel': 'Anmeldung abbrechen',
  'mfa.enterCode.title': 'Bestätigungscode eingeben',
  'mfa.enterCode.smsTo': 'Wir haben einen Code per SMS an {destination} gesendet.',
  'mfa.enterCode.emailTo': 'Wir haben einen Code per E-Mail an {destination} gesendet.',
  'mfa.enterCode.sentTo': 'Wir haben einen Code an {destination} gesendet.',
  'mfa.enterCode.smsToPhone': 'Wir haben einen Code an Ihr Telefon gesendet.',
  'mfa.enterCode.totp':
    'Öffnen Sie Ihre Authenticator-App und geben Sie den 6-stelligen Code ein, den sie für dieses Konto anzeigt.',
  'mfa.select.title': 'Bestätigen Sie, dass Sie es sind',
  'mfa.select.legend': 'Wie möchten Sie Ihren Code erhalten?',
  'mfa.setup.title': 'Authenticator-App einrichten',
  'mfa.setup.intro':
    'Dieses Konto braucht bei der Anmeldung einen zweiten Schritt. Verbinden Sie eine Authenticator-App, um fortzufahren.',
  'mfa.totp.preparing': 'Ihre Authenticator-Einrichtung wird vorbereitet …',
  'mfa.totp.scanHeading': '1. QR-Code scannen',
  'mfa.totp.scanIntro':
    'Öffnen Sie Ihre Authenticator-App (etwa Google Authenticator, 1Password oder Authy) und scannen Sie:',
  'mfa.totp.qrAlt': 'QR-Code, um dieses Konto zu Ihrer Authenticator-App hinzuzufügen',
  'mfa.totp.drawing': 'QR-Code wird erstellt …',
  'mfa.totp.cantScan':
    'Scannen klappt nicht? Geben Sie stattdessen diesen Schlüssel in der App ein:',
  'mfa.totp.copyKey': 'Schlüssel kopieren',
  'mfa.totp.codeHeading': '2. Code aus der App eingeben',
  'mfa.totp.submit': 'Bestätigen und aktivieren',
} as const satisfies Translation<typeof english>;
