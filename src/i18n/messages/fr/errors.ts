import type { Translation } from '../types';
import type { errors as english } from '../en/errors';

export const errors = {
  'errors.wrongCredentials': 'Adresse e-mail ou mot de passe incorrect.',
  'errors.sessionExpired': 'Votre session a expiré. Veuillez vous reconnecter.',
  'errors.currentPasswordWrong': 'Votre mot de passe actuel est incorrect.',
  'errors.alreadyConfirmed': 'Ce compte est déjà confirmé. Connectez-vous plutôt.',
  'errors.mfaTookTooLong': 'Cette connexion a pris trop de temps. Recommencez.',
  'errors.passkeyRejected':
    'Cette clé d’accès n’a pas été acceptée. Réessayez, ou connectez-vous plutôt avec votre mot de passe ou un code par e-mail.',
  'errors.emailCodeSpent':
    'Ce code ne peut plus être utilisé. Demandez un nouveau code ou utilisez votre mot de passe.',
  'errors.resetImpossible':
    'Nous n’avons pas pu réinitialiser le mot de passe pour cette adresse e-mail. Vérifiez-la et réessayez.',
  'errors.accountExists':
    'Un compte existe déjà avec cette adresse e-mail. Connectez-vous ou réinitialisez votre mot de passe.',
  'errors.emailTaken': 'Un autre compte utilise déjà cette adresse e-mail.',
  'errors.codeWrong': 'Ce code n’est pas le bon. Vérifiez-le et réessayez.',
  'errors.totpCodeWrong':
    'Ce code n’est pas le bon. Vérifiez l’heure de votre appareil et réessayez.',
  'errors.codeExpired': 'Ce code a expiré. Demandez-en un nouveau.',
  'errors.tooManyAttempts': 'Trop de tentatives. Patientez quelques minutes, puis réessayez.',
  'errors.busy': 'Le service de connexion est surchargé. Patientez un instant, puis réessayez.',
  'errors.passwordWeak': 'Votre mot de passe ne respecte pas les exigences.',
  'errors.passwordWeakBecause': 'Votre mot de passe ne respecte pas les exigences. {detail}',
  'errors.newPasswordWeak': 'Votre nouveau mot de passe ne respecte pas les exigences.',
  'errors.newPasswordWeakBecause':
    'Votre nouveau mot de passe ne respecte pas les exigences. {detail}',
  'errors.passwordRule.length': 'Le mot de passe n’est pas assez long.',
  'errors.passwordRule.upper': 'Le mot de passe doit contenir des majuscules.',
  'errors.passwordRule.lower': 'Le mot de passe doit contenir des minuscules.',
  'errors.passwordRule.number': 'Le mot de passe doit contenir des chiffres.',
  'errors.passwordRule.symbol': 'Le mot de passe doit contenir des caractères spéciaux.',
  'errors.checkDetails': 'Vérifiez les informations saisies et réessayez.',
  'errors.refusedBecause': 'Vos informations n’ont pas été acceptées : {detail}',
  'errors.notConfirmed': 'Confirmez votre adresse e-mail avant de vous connecter.',
  'errors.resetRequired':
    'Vous devez réinitialiser votre mot de passe avant de pouvoir vous connecter.',
  'errors.codeNotSent': 'Nous n’avons pas pu envoyer le code. Réessayez dans un instant.',
  'errors.totpNotSetUp': 'Configurez d’abord une application d’authentification.',
  'errors.mfaMethodMissing': 'Cette méthode de connexion n’est pas configurée pour votre compte.',
  'errors.misconfigured':
    'La connexion n’est pas correctement configurée pour cette application. Contactez l’administrateur du site.',
  'errors.passkeysOff': 'Les clés d’accès ne sont pas activées pour cette application.',
  'errors.passkeyRequestExpired': 'La demande de clé d’accès a expiré. Réessayez.',
  'errors.passkeyKindUnsupported':
    'Ce type de clé d’accès n’est pas pris en charge. Essayez un autre appareil ou une autre clé de sécurité.',
  'errors.passkeyCancelled':
    'La demande de clé d’accès a été fermée ou a expiré. Réessayez, ou connectez-vous plutôt avec votre mot de passe ou un code par e-mail.',
  'errors.passkeyCancelledNoneAdded':
    'La demande de clé d’accès a été fermée ou a expiré. Aucune clé d’accès n’a été ajoutée.',
  'errors.passkeyExists': 'Cet appareil possède déjà une clé d’accès pour votre compte.',
  'errors.passkeyFailed':
    'Votre appareil n’a pas pu utiliser de clé d’accès. Vous pouvez vous connecter plutôt avec votre mot de passe ou un code par e-mail.',
  'errors.passkeyCreateFailed':
    'Votre appareil n’a pas pu créer de clé d’accès. Réessayez ou utilisez un autre appareil.',
  'errors.passkeysUnsupported':
    'Ce navigateur ne peut pas utiliser de clés d’accès. Vous pouvez vous connecter plutôt avec votre mot de passe ou un code par e-mail.',
  'errors.passkeysCannotCreate':
    'Ce navigateur ne peut pas créer de clés d’accès. Utilisez une version récente de votre navigateur.',
  'errors.noPasskeyYet':
    'Ce compte n’a pas encore de clé d’accès. Vous pouvez vous connecter plutôt avec votre mot de passe ou un code par e-mail.',
  'errors.emailCodeUnavailable':
    'Nous ne pouvons pas envoyer de code de connexion à ce compte. Utilisez plutôt votre mot de passe.',
  'errors.network':
    'Impossible de joindre le service de connexion. Vérifiez votre connexion et réessayez.',
  'errors.serviceProblem':
    'Le service de connexion a rencontré un problème. Réessayez dans un instant.',
  'errors.notSignedIn': 'Vous n’êtes pas connecté.',
  'errors.stepGone': 'Cette étape n’est plus active. Recommencez.',
  'errors.unsupportedStep':
    'Ce compte exige une étape de connexion que cette application ne prend pas en charge.',
  'errors.unknown': 'Une erreur s’est produite. Réessayez.',

  'errors.hosted.accessDenied':
    'La connexion a été annulée ou le compte n’a pas été autorisé à se connecter.',
  'errors.hosted.invalidRequest':
    'Le service de connexion a refusé la demande. Réessayez ; si le problème persiste, les paramètres de connexion de l’application doivent être vérifiés.',
  'errors.hosted.unauthorizedClient':
    'Cette application n’est pas autorisée à utiliser ce mode de connexion. Les paramètres de son client d’application Cognito doivent être vérifiés.',
  'errors.hosted.unsupportedResponseType':
    'Le service de connexion n’accepte pas ce type de demande de l’application. Les paramètres du client d’application doivent être vérifiés.',
  'errors.hosted.invalidScope':
    'L’application a demandé des autorisations que son client d’application Cognito ne permet pas.',
  'errors.hosted.serverError':
    'Le service de connexion a rencontré un problème. Veuillez réessayer.',
  'errors.hosted.temporarilyUnavailable':
    'Le service de connexion est surchargé en ce moment. Veuillez réessayer dans un instant.',
  'errors.hosted.loginRequired': 'Veuillez vous connecter pour continuer.',
  'errors.hosted.invalidGrant':
    'La réponse de connexion a expiré ou a déjà été utilisée. Veuillez vous reconnecter.',
  'errors.hosted.invalidClient':
    'Le service de connexion n’a pas reconnu cette application. L’identifiant du client d’application est peut-être erroné.',
  'errors.hosted.unsupportedGrantType':
    'Le client d’application n’autorise pas le flux par code d’autorisation. Ses paramètres doivent être vérifiés.',
  'errors.hosted.noResponse':
    'Il n’y a aucune réponse de connexion à traiter ici. Si vous avez rechargé cette page, la réponse a déjà été utilisée.',
  'errors.hosted.stateMissing':
    'La réponse de connexion n’a pas d’état ; elle n’a donc pas été acceptée. Veuillez recommencer.',
  'errors.hosted.stateUnknown':
    'Cette réponse de connexion ne correspond à aucune connexion commencée dans cet onglet ; par sécurité, elle n’a pas été acceptée. Veuillez recommencer.',
  'errors.hosted.stateReused':
    'Cette réponse de connexion a déjà été utilisée ; elle n’a donc pas été acceptée une seconde fois. Veuillez recommencer.',
  'errors.hosted.transactionExpired':
    'La connexion a pris trop de temps et a expiré. Veuillez recommencer.',
  'errors.hosted.codeMissing':
    'La réponse de connexion ne contient pas de code d’autorisation. Veuillez vous reconnecter.',
  'errors.hosted.nonceMismatch':
    'La réponse de connexion n’a pas passé un contrôle de sécurité (elle n’appartient pas à cette connexion). Veuillez vous reconnecter.',
  'errors.hosted.idTokenInvalid':
    'La réponse de connexion n’a pas passé un contrôle de sécurité (son jeton d’identité n’est pas valide pour cette application). Veuillez vous reconnecter.',
  'errors.hosted.accessTokenInvalid':
    'La réponse de connexion n’a pas passé un contrôle de sécurité (son jeton d’accès n’est pas valide pour cette application). Veuillez vous reconnecter.',
  'errors.hosted.invalidTokenResponse':
    'Le service de connexion a envoyé une réponse que l’application n’a pas pu lire. Veuillez réessayer.',
  'errors.hosted.networkError':
    'Impossible de joindre le service de connexion. Vérifiez votre connexion et réessayez.',
  'errors.hosted.insecureEndpoint':
    'L’adresse de la connexion hébergée n’utilise pas HTTPS ; l’application a donc refusé de l’utiliser. VITE_COGNITO_DOMAIN doit être une URL https://.',
  'errors.hosted.sessionFailed':
    'Connexion réussie, mais la session n’a pas pu être enregistrée. Veuillez réessayer.',
  'errors.hosted.notConfigured':
    'La connexion hébergée n’est pas configurée pour cette application (VITE_COGNITO_DOMAIN n’est pas défini). Connectez-vous plutôt avec votre adresse e-mail et votre mot de passe.',
  'errors.hosted.storageUnavailable':
    'Ce navigateur bloque le stockage dont la connexion a besoin. Autorisez ce site à enregistrer des données (ou quittez la navigation privée), puis réessayez.',
  'errors.hosted.startFailed':
    'Impossible de démarrer la connexion hébergée. Ce navigateur bloque peut-être les fonctions de sécurité nécessaires.',
  'errors.hosted.unknownError': 'La connexion n’a pas abouti. Veuillez réessayer.',

  'errors.api.unauthorized': 'Votre session n’est plus acceptée. Veuillez vous reconnecter.',
  'errors.api.forbidden': 'Vous n’avez pas l’autorisation de faire cela.',
  'errors.api.notFound': 'Nous n’avons pas trouvé cet élément.',
  'errors.api.client': 'La demande n’a pas pu aboutir.',
  'errors.api.server': 'Le service a rencontré un problème. Réessayez dans un instant.',
  'errors.api.network': 'Impossible de joindre le service. Vérifiez votre connexion et réessayez.',
  'errors.api.timeout':
    'Le service a mis trop de temps à répondre. Vérifiez votre connexion et réessayez.',
  'errors.api.aborted': 'La demande a été annulée.',
  'errors.api.invalidUrl': 'Envoi des identifiants refusé vers une adresse extérieure à l’API.',
  'errors.api.invalidResponse': 'Le service a envoyé une réponse que nous n’avons pas pu lire.',
  'errors.api.failed': 'La demande a échoué. Réessayez dans un instant.',
  'errors.api.status': 'Statut {status}',
} as const satisfies Translation<typeof english>;
