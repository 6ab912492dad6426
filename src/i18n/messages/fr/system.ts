import type { Translation } from '../types';
import type { system as english } from '../en/system';

export const system = {
  'system.crash.title': 'Une erreur s’est produite',
  'system.crash.body':
    'La page a rencontré une erreur inattendue. Rien de ce que vous avez saisi n’a été envoyé ailleurs.',
  'system.crash.details': 'Détails techniques',
  'system.crash.reload': 'Recharger la page',
  'system.config.title': 'L’application n’est pas configurée',
  'system.config.oneIssue':
    'Un paramètre doit être corrigé avant que quiconque puisse se connecter.',
  'system.config.issues':
    '{count} paramètres doivent être corrigés avant que quiconque puisse se connecter.',
  'system.config.otherBuild':
    'Ce build lit {file} : écrivez-y les valeurs et relancez le build. {deploy} l’écrit pour une pile qu’il déploie, et {provision} pour un pool seul.',
  'system.config.otherMode':
    'Ce mode lit {file} : écrivez-y les valeurs et redémarrez Vite. {deploy} l’écrit pour une pile qu’il déploie, et {provision} pour un pool seul.',
  'system.config.local':
    'Vous travaillez en local ? {command} prépare le pool local et écrit {file} pour vous.',
  'system.forbidden.title': 'Vous n’avez pas accès à cette page',
  'system.forbidden.group':
    'Vous êtes connecté, mais cette page est réservée aux membres du groupe {group}. Si vous pensez devoir y accéder, demandez à un administrateur de vous ajouter.',
  'system.forbidden.some':
    'Vous êtes connecté, mais cette page est réservée à certains comptes. Si vous pensez devoir y accéder, demandez à un administrateur de vous ajouter.',
  'system.forbidden.account': 'Aller à votre compte',
  'system.admin.title': 'Administration',
  'system.admin.intro': 'Seuls les membres du groupe « admin » accèdent à cette page.',
  'system.admin.reply': 'Message du service d’administration',
  'system.notFound.title': 'Page introuvable',
  'system.notFound.body': 'Il n’y a pas de page à l’adresse {path}.',
  'system.language.failed':
    'Cette langue n’a pas pu être chargée. Vérifiez votre connexion et réessayez.',
} as const satisfies Translation<typeof english>;
