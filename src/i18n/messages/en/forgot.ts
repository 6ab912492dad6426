/** English messages for the forgot area. Keys start with 'forgot.'; the English text is the source. */
export const forgot = {
  'forgot.title': 'Reset your password',
  'forgot.resetRequired': 'You need to reset your password before you can sign in.',
  'forgot.intro':
    'Enter the email you signed up with. We’ll send you a code to set a new password.',
  'forgot.send': 'Send code',
  'forgot.sending': 'Sending code…',
  'forgot.back': 'Back to sign-in',
  'forgot.reset.title': 'Choose a new password',
  'forgot.reset.sent': 'We sent a code to {destination}. Enter it with your new password.',
  'forgot.reset.submit': 'Reset password',
  'forgot.reset.busy': 'Resetting password…',
  'forgot.reset.otherEmail': 'Use a different email',
  'forgot.reset.done': 'Your password has been reset. Sign in with your new password.',
} as const;
