/**
 * English messages for the errors area: the words of the error tables (Cognito's codes in
 * src/auth/errors.ts, the hosted UI's in src/auth/hosted-ui/errors.ts, the API client's in
 * src/api/client.ts). Keys start with 'errors.'; the English text is the source.
 */
export const errors = {
  // Cognito and our own sign-in codes.
  'errors.wrongCredentials': 'Incorrect email or password.',
  'errors.sessionExpired': 'Your session has expired. Please sign in again.',
  'errors.currentPasswordWrong': 'Your current password is incorrect.',
  'errors.alreadyConfirmed': 'This account is already confirmed. Sign in instead.',
  'errors.mfaTookTooLong': 'This sign-in took too long. Start again.',
  'errors.passkeyRejected':
    "That passkey wasn't accepted. Try again, or sign in with your password or a code by email instead.",
  'errors.emailCodeSpent':
    'That code can no longer be used. Send a new code, or use your password.',
  'errors.resetImpossible':
    'We could not reset the password for that email. Check it and try again.',
  'errors.accountExists':
    'An account with this email already exists. Sign in, or reset your password.',
  'errors.emailTaken': 'Another account already uses this email address.',
  'errors.codeWrong': "That code isn't right. Check it and try again.",
  'errors.totpCodeWrong': "That code isn't right. Check the time on your device and try again.",
  'errors.codeExpired': 'That code has expired. Ask for a new one.',
  'errors.tooManyAttempts': 'Too many attempts. Wait a few minutes and try again.',
  'errors.busy': 'The sign-in service is busy. Wait a moment and try again.',
  'errors.passwordWeak': "Your password doesn't meet the requirements.",
  'errors.passwordWeakBecause': "Your password doesn't meet the requirements. {detail}",
  'errors.newPasswordWeak': "Your new password doesn't meet the requirements.",
  'errors.newPasswordWeakBecause': "Your new password doesn't meet the requirements. {detail}",
  'errors.passwordRule.length': 'Password not long enough.',
  'errors.passwordRule.upper': 'Password must have uppercase characters.',
  'errors.passwordRule.lower': 'Password must have lowercase characters.',
  'errors.passwordRule.number': 'Password must have numeric characters.',
  'errors.passwordRule.symbol': 'Password must have symbol characters.',
  'errors.checkDetails': 'Check the details you entered and try again.',
  // A pool trigger's own message, shown as its owner wrote it.
  'errors.refusedBecause': '{detail}',
  'errors.notConfirmed': 'Confirm your email address before signing in.',
  'errors.resetRequired': 'You need to reset your password before you can sign in.',
  'errors.codeNotSent': "We couldn't send the code. Try again in a moment.",
  'errors.totpNotSetUp': 'Set up an authenticator app first.',
  'errors.mfaMethodMissing': 'That sign-in method is not set up for your account.',
  'errors.misconfigured':
    "Sign-in isn't set up correctly for this app. Contact the site's administrator.",
  'errors.passkeysOff': 'Passkeys are not turned on for this app.',
  'errors.passkeyRequestExpired': 'The passkey request expired. Try again.',
  'errors.passkeyKindUnsupported':
    "This kind of passkey isn't supported. Try another device or security key.",
  'errors.passkeyCancelled':
    'The passkey prompt was closed or timed out. Try again, or sign in with your password or a code by email instead.',
  'errors.passkeyCancelledNoneAdded':
    'The passkey prompt was closed or timed out. No passkey was added.',
  'errors.passkeyExists': 'This device already has a passkey for your account.',
  'errors.passkeyFailed':
    "Your device couldn't use a passkey. You can sign in with your password or a code by email instead.",
  'errors.passkeyCreateFailed':
    "Your device couldn't create a passkey. Try again, or use another device.",
  'errors.passkeysUnsupported':
    "This browser can't use passkeys. You can sign in with your password or a code by email instead.",
  'errors.passkeysCannotCreate':
    "This browser can't create passkeys. Try a current version of your browser.",
  'errors.noPasskeyYet':
    'There is no passkey for this account yet. You can sign in with your password or a code by email instead.',
  'errors.emailCodeUnavailable':
    "We can't send a sign-in code to this account. Use your password instead.",
  'errors.network': "We couldn't reach the sign-in service. Check your connection and try again.",
  'errors.serviceProblem': 'The sign-in service had a problem. Try again in a moment.',
  'errors.notSignedIn': 'You are not signed in.',
  'errors.stepGone': 'That step is no longer active. Start again.',
  'errors.unsupportedStep': 'This account needs a sign-in step this app does not support.',
  'errors.unknown': 'Something went wrong. Try again.',

  // The hosted UI: OAuth error codes (RFC 6749, OIDC) and the callback's own checks.
  'errors.hosted.accessDenied': 'Sign-in was cancelled or the account was not allowed to sign in.',
  'errors.hosted.invalidRequest':
    'The sign-in service rejected the request. Try again; if it keeps happening, the app’s sign-in settings need attention.',
  'errors.hosted.unauthorizedClient':
    'This app is not allowed to use that way of signing in. Its Cognito app client settings need attention.',
  'errors.hosted.unsupportedResponseType':
    'The sign-in service does not accept this app’s kind of request. The app client settings need attention.',
  'errors.hosted.invalidScope':
    'The app asked for permissions its Cognito app client does not allow.',
  'errors.hosted.serverError': 'The sign-in service had a problem. Please try again.',
  'errors.hosted.temporarilyUnavailable':
    'The sign-in service is busy right now. Please try again in a moment.',
  'errors.hosted.loginRequired': 'Please sign in to continue.',
  'errors.hosted.invalidGrant':
    'The sign-in response has expired or was already used. Please sign in again.',
  'errors.hosted.invalidClient':
    'The sign-in service did not recognise this app. The app client ID may be wrong.',
  'errors.hosted.unsupportedGrantType':
    'The app client does not allow the authorization code flow. Its settings need attention.',
  'errors.hosted.noResponse':
    'There is no sign-in response to finish here. If you reloaded this page, the response was already used.',
  'errors.hosted.stateMissing':
    'The sign-in response has no state, so it was not accepted. Please start again.',
  'errors.hosted.stateUnknown':
    'This sign-in response does not match a sign-in started in this tab, so for your safety it was not accepted. Please start again.',
  'errors.hosted.stateReused':
    'This sign-in response was already used, so it was not accepted again. Please start again.',
  'errors.hosted.transactionExpired':
    'The sign-in took too long and has expired. Please start again.',
  'errors.hosted.codeMissing':
    'The sign-in response has no authorization code. Please sign in again.',
  'errors.hosted.nonceMismatch':
    'The sign-in response failed a security check (it does not belong to this sign-in). Please sign in again.',
  'errors.hosted.idTokenInvalid':
    'The sign-in response failed a security check (its ID token is not valid for this app). Please sign in again.',
  'errors.hosted.accessTokenInvalid':
    'The sign-in response failed a security check (its access token is not valid for this app). Please sign in again.',
  'errors.hosted.invalidTokenResponse':
    'The sign-in service sent a response the app could not read. Please try again.',
  'errors.hosted.networkError':
    'Could not reach the sign-in service. Check your connection and try again.',
  'errors.hosted.insecureEndpoint':
    'The hosted sign-in address is not HTTPS, so the app refused to use it. VITE_COGNITO_DOMAIN needs an https:// URL.',
  'errors.hosted.sessionFailed': 'Signed in, but the session could not be saved. Please try again.',
  'errors.hosted.notConfigured':
    'Hosted sign-in is not set up for this app (VITE_COGNITO_DOMAIN is not set). Sign in with your email and password instead.',
  'errors.hosted.storageUnavailable':
    'This browser is blocking the storage sign-in needs. Allow this site to store data (or leave private browsing) and try again.',
  'errors.hosted.startFailed':
    'Could not start the hosted sign-in. This browser may block the secure features it needs.',
  'errors.hosted.unknownError': 'Sign-in did not complete. Please try again.',

  // The API client.
  'errors.api.unauthorized': 'Your session is no longer accepted. Please sign in again.',
  'errors.api.forbidden': "You don't have permission to do that.",
  'errors.api.notFound': "We couldn't find that.",
  'errors.api.client': "The request couldn't be completed.",
  'errors.api.server': 'The service had a problem. Try again in a moment.',
  'errors.api.network': "We couldn't reach the service. Check your connection and try again.",
  'errors.api.timeout': 'The service took too long to answer. Check your connection and try again.',
  'errors.api.aborted': 'The request was cancelled.',
  'errors.api.invalidUrl': 'Refused to send credentials to an address outside the API.',
  'errors.api.invalidResponse': 'The service sent a response we could not read.',
  'errors.api.failed': 'The request failed. Try again in a moment.',
  'errors.api.status': 'Status {status}',
} as const;
