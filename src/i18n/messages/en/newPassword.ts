/** English messages for the newPassword area. Keys start with 'newPassword.'; the English text is the source. */
export const newPassword = {
  'newPassword.title': 'Choose a new password',
  'newPassword.intro': 'Your account needs a new password before you can continue.',
  'newPassword.introNamed': '{name}, your account needs a new password before you can continue.',
  'newPassword.introFor': 'The account {email} needs a new password before you can continue.',
  'newPassword.submit': 'Set password and continue',
  'newPassword.busy': 'Saving…',
  'newPassword.cancel': 'Cancel sign-in',
} as const;
