/** English messages for the home area. Keys start with 'home.'; the English text is the source. */
export const home = {
  'home.signedOut.title': 'Welcome',
  'home.signedOut.intro': 'Sign in with your account to reach the protected pages.',
  'home.signedOut.signIn': 'Sign in',
  'home.signedOut.signUp': 'Create an account',
  'home.helloNamed': 'Hello, {name}',
  'home.hello': 'Hello',
  'home.welcomeNewNamed': 'Welcome, {name}',
  'home.welcomeNew': 'Welcome',
  'home.welcomeNewIntro': 'Your account is ready and you are signed in. Here is where to go next.',
  'home.signedInIntro': 'What would you like to do?',
  'home.next.protected': 'Open the protected page',
  'home.next.protectedHint': 'See what the protected API knows about you.',
  'home.next.account': 'Manage your account',
  'home.next.accountHint': 'Your name, email, password, two-step verification and passkeys.',
  'home.next.admin': 'Go to the admin page',
  'home.next.adminHint': 'Only members of the admin group can open it.',
} as const;
