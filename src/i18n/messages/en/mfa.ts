/** English messages for the mfa area (the second step at sign-in, pairing an authenticator app). */
export const mfa = {
  'mfa.factor.totp': 'Authenticator app',
  'mfa.factor.sms': 'Text message (SMS)',
  'mfa.cancel': 'Cancel sign-in',
  'mfa.enterCode.title': 'Enter your verification code',
  'mfa.enterCode.smsTo': 'We sent a code by text message to {destination}.',
  'mfa.enterCode.emailTo': 'We sent a code by email to {destination}.',
  'mfa.enterCode.sentTo': 'We sent a code to {destination}.',
  'mfa.enterCode.smsToPhone': 'We sent a code to your phone.',
  'mfa.enterCode.totp':
    'Open your authenticator app and enter the 6-digit code it shows for this account.',
  'mfa.select.title': 'Verify it’s you',
  'mfa.select.legend': 'How do you want to get your code?',
  'mfa.setup.title': 'Set up an authenticator app',
  'mfa.setup.intro':
    'This account needs a second step at sign-in. Pair an authenticator app to continue.',
  'mfa.totp.preparing': 'Preparing your authenticator setup…',
  'mfa.totp.scanHeading': '1. Scan the QR code',
  'mfa.totp.scanIntro':
    'Open your authenticator app (such as Google Authenticator, 1Password or Authy) and scan:',
  'mfa.totp.qrAlt': 'QR code for adding this account to your authenticator app',
  'mfa.totp.drawing': 'Drawing the QR code…',
  'mfa.totp.cantScan': 'Can’t scan it? Enter this key in the app instead:',
  'mfa.totp.copyKey': 'Copy key',
  'mfa.totp.codeHeading': '2. Enter the code the app shows',
  'mfa.totp.submit': 'Verify and turn on',
} as const;
