/** English messages for the layout area. Keys start with 'layout.'; the English text is the source. */
export const layout = {
  'layout.skipToContent': 'Skip to content',
  'layout.nav.label': 'Main',
  'layout.nav.home': 'Home',
  'layout.nav.signIn': 'Sign in',
  'layout.nav.signUp': 'Sign up',
  'layout.nav.protected': 'Protected',
  'layout.nav.account': 'Account',
  'layout.nav.admin': 'Admin',
  'layout.signedInAs': 'Signed in as {name}',
  'layout.signedIn': 'Signed in',
  'layout.signOut': 'Sign out',
  'layout.signedOut.title': 'You’re signed out',
  'layout.signedOut.tabTitle': 'Signed out',
  'layout.signedOut.here':
    'Your session on this browser has ended. Sign in again whenever you are ready.',
  'layout.signedOut.everywhere':
    'You have signed out on every device and browser. Sign in again whenever you are ready.',
  'layout.signedOut.signIn': 'Sign in',
  'layout.signedOut.home': 'Go to the home page',
} as const;
