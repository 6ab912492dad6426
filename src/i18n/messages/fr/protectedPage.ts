import type { Translation } from '../types';
import type { protectedPage as english } from '../en/protectedPage';

export const protectedPage = {
  'protectedPage.title': 'Page protégée',
  'protectedPage.intro':
    'Seules les personnes connectées voient cette page. Ce qui suit vient de l’API protégée, qui vérifie qui vous êtes à chaque appel.',
  'protectedPage.none': 'non renseigné',
  'protectedPage.hello.title': 'Un message pour vous',
  'protectedPage.me.title': 'Ce que l’API sait de vous',
  'protectedPage.me.name': 'Nom',
  'protectedPage.me.email': 'Adresse e-mail',
  'protectedPage.me.company': 'Entreprise',
  'protectedPage.me.groups': 'Groupes',
  'protectedPage.me.noGroups': 'Aucun',
  'protectedPage.apiError.fallback': 'La requête a échoué. Réessayez dans un instant.',
  'protectedPage.apiError.status': 'Statut {status}',
  'protectedPage.apiError.retry': 'Réessayer',
  'protectedPage.apiError.signInAgain': 'Se reconnecter',
} as const satisfies Translation<typeof english>;
