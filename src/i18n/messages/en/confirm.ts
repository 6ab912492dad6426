/** English messages for the confirm area. Keys start with 'confirm.'; the English text is the source. */
export const confirm = {
  'confirm.title': 'Confirm your email',
  'confirm.sent':
    'We sent a confirmation code to {destination}. Enter it below to finish creating your account.',
  'confirm.sentToYourEmail':
    'We sent a confirmation code to your email. Enter it below to finish creating your account.',
  'confirm.codeLabel': 'Confirmation code',
  'confirm.submit': 'Confirm account',
  'confirm.busy': 'Confirming…',
  'confirm.back': 'Back to sign-in',
} as const;
