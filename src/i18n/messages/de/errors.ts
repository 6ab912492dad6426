import type { Translation } from '../types';
import type { errors as english } from '../en/errors';

export const errors = {
  'errors.wrongCredentials': 'E-Mail-Adresse oder Passwort ist falsch.',
  'errors.sessionExpired': 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.',
  'errors.currentPasswordWrong': 'Ihr aktuelles Passwort ist falsch.',
  'errors.alreadyConfirmed': 'Dieses Konto ist bereits bestätigt. Melden Sie sich stattdessen an.',
  'errors.mfaTookTooLong': 'Diese Anmeldung hat zu lange gedauert. Beginnen Sie von vorn.',
  'errors.passkeyRejected':
    'Dieser Passkey wurde nicht akzeptiert. Versuchen Sie es erneut oder melden Sie sich stattdessen mit Ihrem Passwort oder einem Code per E-Mail an.',
  'errors.emailCodeSpent':
    'Dieser Code kann nicht mehr verwendet werden. Fordern Sie einen neuen Code an oder verwenden Sie Ihr Passwort.',
  'errors.resetImpossible':
    'Für diese E-Mail-Adresse konnten wir das Passwort nicht zurücksetzen. Prüfen Sie sie und versuchen Sie es erneut.',
  'errors.accountExists':
    'Es gibt bereits ein Konto mit dieser E-Mail-Adresse. Melden Sie sich an oder setzen Sie Ihr Passwort zurück.',
  'errors.emailTaken': 'Ein anderes Konto verwendet diese E-Mail-Adresse bereits.',
  'errors.codeWrong': 'Dieser Code stimmt nicht. Prüfen Sie ihn und versuchen Sie es erneut.',
  'errors.totpCodeWrong':
    'Dieser Code stimmt nicht. Prüfen Sie die Uhrzeit auf Ihrem Gerät und versuchen Sie es erneut.',
  'errors.codeExpired': 'Dieser Code ist abgelaufen. Fordern Sie einen neuen an.',
  'errors.tooManyAttempts':
    'Zu viele Versuche. Warten Sie einige Minuten und versuchen Sie es dann erneut.',
  'errors.busy':
    'Der Anmeldedienst ist ausgelastet. Warten Sie einen Moment und versuchen Sie es erneut.',
  'errors.passwordWeak': 'Ihr Passwort erfüllt die Anforderungen nicht.',
  'errors.passwordWeakBecause': 'Ihr Passwort erfüllt die Anforderungen nicht. {detail}',
  'errors.newPasswordWeak': 'Ihr neues Passwort erfüllt die Anforderungen nicht.',
  'errors.newPasswordWeakBecause': 'Ihr neues Passwort erfüllt die Anforderungen nicht. {detail}',
  'errors.passwordRule.length': 'Das Passwort ist nicht lang genug.',
  'errors.passwordRule.upper': 'Das Passwort muss Großbuchstaben enthalten.',
  'errors.passwordRule.lower': 'Das Passwort muss Kleinbuchstaben enthalten.',
  'errors.passwordRule.number': 'Das Passwort muss Ziffern enthalten.',
  'errors.passwordRule.symbol': 'Das Passwort muss Sonderzeichen enthalten.',
  'errors.checkDetails': 'Prüfen Sie Ihre Angaben und versuchen Sie es erneut.',
  'errors.refusedBecause': 'Ihre Angaben wurden nicht angenommen: {detail}',
  'errors.notConfirmed': 'Bestätigen Sie Ihre E-Mail-Adresse, bevor Sie sich anmelden.',
  'errors.resetRequired': 'Sie müssen Ihr Passwort zurücksetzen, bevor Sie sich anmelden können.',
  'errors.codeNotSent':
    'Wir konnten den Code nicht senden. Versuchen Sie es in einem Moment erneut.',
  'errors.totpNotSetUp': 'Richten Sie zuerst eine Authenticator-App ein.',
  'errors.mfaMethodMissing': 'Diese Anmeldemethode ist für Ihr Konto nicht eingerichtet.',
  'errors.misconfigured':
    'Die Anmeldung ist für diese App nicht richtig eingerichtet. Wenden Sie sich an die Administration der Website.',
  'errors.passkeysOff': 'Passkeys sind für diese App nicht aktiviert.',
  'errors.passkeyRequestExpired': 'Die Passkey-Anfrage ist abgelaufen. Versuchen Sie es erneut.',
  'errors.passkeyKindUnsupported':
    'Diese Art von Passkey wird nicht unterstützt. Versuchen Sie es mit einem anderen Gerät oder Sicherheitsschlüssel.',
  'errors.passkeyCancelled':
    'Die Passkey-Abfrage wurde geschlossen oder ist abgelaufen. Versuchen Sie es erneut oder melden Sie sich stattdessen mit Ihrem Passwort oder einem Code per E-Mail an.',
  'errors.passkeyCancelledNoneAdded':
    'Die Passkey-Abfrage wurde geschlossen oder ist abgelaufen. Es wurde kein Passkey hinzugefügt.',
  'errors.passkeyExists': 'Dieses Gerät hat bereits einen Passkey für Ihr Konto.',
  'errors.passkeyFailed':
    'Ihr Gerät konnte keinen Passkey verwenden. Sie können sich stattdessen mit Ihrem Passwort oder einem Code per E-Mail anmelden.',
  'errors.passkeyCreateFailed':
    'Ihr Gerät konnte keinen Passkey erstellen. Versuchen Sie es erneut oder verwenden Sie ein anderes Gerät.',
  'errors.passkeysUnsupported':
    'Dieser Browser kann keine Passkeys verwenden. Sie können sich stattdessen mit Ihrem Passwort oder einem Code per E-Mail anmelden.',
  'errors.passkeysCannotCreate':
    'Dieser Browser kann keine Passkeys erstellen. Verwenden Sie eine aktuelle Version Ihres Browsers.',
  'errors.noPasskeyYet':
    'Für dieses Konto gibt es noch keinen Passkey. Sie können sich stattdessen mit Ihrem Passwort oder einem Code per E-Mail anmelden.',
  'errors.emailCodeUnavailable':
    'Wir können an dieses Konto keinen Anmeldecode senden. Verwenden Sie stattdessen Ihr Passwort.',
  'errors.network':
    'Wir konnten den Anmeldedienst nicht erreichen. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  'errors.serviceProblem':
    'Beim Anmeldedienst ist ein Problem aufgetreten. Versuchen Sie es in einem Moment erneut.',
  'errors.notSignedIn': 'Sie sind nicht angemeldet.',
  'errors.stepGone': 'Dieser Schritt ist nicht mehr aktiv. Beginnen Sie von vorn.',
  'errors.unsupportedStep':
    'Dieses Konto verlangt einen Anmeldeschritt, den diese App nicht unterstützt.',
  'errors.unknown': 'Etwas ist schiefgelaufen. Versuchen Sie es erneut.',

  'errors.hosted.accessDenied':
    'Die Anmeldung wurde abgebrochen, oder das Konto durfte sich nicht anmelden.',
  'errors.hosted.invalidRequest':
    'Der Anmeldedienst hat die Anfrage abgelehnt. Versuchen Sie es erneut; wenn es wieder passiert, müssen die Anmeldeeinstellungen der App geprüft werden.',
  'errors.hosted.unauthorizedClient':
    'Diese App darf diese Art der Anmeldung nicht verwenden. Die Einstellungen ihres Cognito-App-Clients müssen geprüft werden.',
  'errors.hosted.unsupportedResponseType':
    'Der Anmeldedienst akzeptiert diese Art von Anfrage der App nicht. Die Einstellungen des App-Clients müssen geprüft werden.',
  'errors.hosted.invalidScope':
    'Die App hat Berechtigungen angefordert, die ihr Cognito-App-Client nicht erlaubt.',
  'errors.hosted.serverError':
    'Beim Anmeldedienst ist ein Problem aufgetreten. Bitte versuchen Sie es erneut.',
  'errors.hosted.temporarilyUnavailable':
    'Der Anmeldedienst ist gerade ausgelastet. Bitte versuchen Sie es in einem Moment erneut.',
  'errors.hosted.loginRequired': 'Bitte melden Sie sich an, um fortzufahren.',
  'errors.hosted.invalidGrant':
    'Die Anmeldeantwort ist abgelaufen oder wurde bereits verwendet. Bitte melden Sie sich erneut an.',
  'errors.hosted.invalidClient':
    'Der Anmeldedienst hat diese App nicht erkannt. Die App-Client-ID ist möglicherweise falsch.',
  'errors.hosted.unsupportedGrantType':
    'Der App-Client erlaubt den Autorisierungscode-Ablauf nicht. Seine Einstellungen müssen geprüft werden.',
  'errors.hosted.noResponse':
    'Hier gibt es keine Anmeldeantwort abzuschließen. Wenn Sie diese Seite neu geladen haben, wurde die Antwort bereits verwendet.',
  'errors.hosted.stateMissing':
    'Die Anmeldeantwort enthält keinen Status und wurde deshalb nicht angenommen. Bitte beginnen Sie von vorn.',
  'errors.hosted.stateUnknown':
    'Diese Anmeldeantwort gehört zu keiner Anmeldung, die in diesem Tab begonnen wurde, und wurde zu Ihrer Sicherheit nicht angenommen. Bitte beginnen Sie von vorn.',
  'errors.hosted.stateReused':
    'Diese Anmeldeantwort wurde bereits verwendet und deshalb kein zweites Mal angenommen. Bitte beginnen Sie von vorn.',
  'errors.hosted.transactionExpired':
    'Die Anmeldung hat zu lange gedauert und ist abgelaufen. Bitte beginnen Sie von vorn.',
  'errors.hosted.codeMissing':
    'Die Anmeldeantwort enthält keinen Autorisierungscode. Bitte melden Sie sich erneut an.',
  'errors.hosted.nonceMismatch':
    'Die Anmeldeantwort hat eine Sicherheitsprüfung nicht bestanden (sie gehört nicht zu dieser Anmeldung). Bitte melden Sie sich erneut an.',
  'errors.hosted.idTokenInvalid':
    'Die Anmeldeantwort hat eine Sicherheitsprüfung nicht bestanden (ihr ID-Token ist für diese App nicht gültig). Bitte melden Sie sich erneut an.',
  'errors.hosted.accessTokenInvalid':
    'Die Anmeldeantwort hat eine Sicherheitsprüfung nicht bestanden (ihr Zugriffstoken ist für diese App nicht gültig). Bitte melden Sie sich erneut an.',
  'errors.hosted.invalidTokenResponse':
    'Der Anmeldedienst hat eine Antwort gesendet, die die App nicht lesen konnte. Bitte versuchen Sie es erneut.',
  'errors.hosted.networkError':
    'Der Anmeldedienst ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  'errors.hosted.insecureEndpoint':
    'Die Adresse der gehosteten Anmeldung verwendet kein HTTPS, deshalb hat die App sie nicht genutzt. VITE_COGNITO_DOMAIN braucht eine https://-URL.',
  'errors.hosted.sessionFailed':
    'Angemeldet, aber die Sitzung konnte nicht gespeichert werden. Bitte versuchen Sie es erneut.',
  'errors.hosted.notConfigured':
    'Die gehostete Anmeldung ist für diese App nicht eingerichtet (VITE_COGNITO_DOMAIN ist nicht gesetzt). Melden Sie sich stattdessen mit E-Mail-Adresse und Passwort an.',
  'errors.hosted.storageUnavailable':
    'Dieser Browser blockiert den Speicher, den die Anmeldung braucht. Erlauben Sie dieser Website, Daten zu speichern (oder verlassen Sie den privaten Modus), und versuchen Sie es erneut.',
  'errors.hosted.startFailed':
    'Die gehostete Anmeldung konnte nicht gestartet werden. Dieser Browser blockiert möglicherweise die dafür nötigen Sicherheitsfunktionen.',
  'errors.hosted.unknownError':
    'Die Anmeldung wurde nicht abgeschlossen. Bitte versuchen Sie es erneut.',

  'errors.api.unauthorized':
    'Ihre Sitzung wird nicht mehr akzeptiert. Bitte melden Sie sich erneut an.',
  'errors.api.forbidden': 'Dazu haben Sie keine Berechtigung.',
  'errors.api.notFound': 'Das konnten wir nicht finden.',
  'errors.api.client': 'Die Anfrage konnte nicht ausgeführt werden.',
  'errors.api.server':
    'Beim Dienst ist ein Problem aufgetreten. Versuchen Sie es in einem Moment erneut.',
  'errors.api.network':
    'Wir konnten den Dienst nicht erreichen. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  'errors.api.timeout':
    'Der Dienst hat zu lange nicht geantwortet. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  'errors.api.aborted': 'Die Anfrage wurde abgebrochen.',
  'errors.api.invalidUrl': 'Anmeldedaten werden nicht an eine Adresse außerhalb der API gesendet.',
  'errors.api.invalidResponse':
    'Der Dienst hat eine Antwort gesendet, die wir nicht lesen konnten.',
  'errors.api.failed': 'Die Anfrage ist fehlgeschlagen. Versuchen Sie es in einem Moment erneut.',
  'errors.api.status': 'Statuscode {status}',
} as const satisfies Translation<typeof english>;
