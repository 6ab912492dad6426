/** English messages for the protected page. Keys start with 'protectedPage.'; the English text is the source. */
export const protectedPage = {
  'protectedPage.title': 'Protected page',
  'protectedPage.intro':
    'Only signed-in people see this page. What follows comes from the protected API, which checks who you are on every call.',
  'protectedPage.none': '—',
  'protectedPage.hello.title': 'A message for you',
  'protectedPage.me.title': 'What the API knows about you',
  'protectedPage.me.name': 'Name',
  'protectedPage.me.email': 'Email',
  'protectedPage.me.company': 'Company',
  'protectedPage.me.groups': 'Groups',
  'protectedPage.me.noGroups': 'None',
  'protectedPage.apiError.fallback': 'The request failed. Try again in a moment.',
  'protectedPage.apiError.status': 'Status {status}',
  'protectedPage.apiError.retry': 'Retry',
  'protectedPage.apiError.signInAgain': 'Sign in again',
} as const;
