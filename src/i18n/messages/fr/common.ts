import type { Translation } from '../types';
import type { common as english } from '../en/common';

export const common = {
  'common.language': 'Langue',
  'common.loading': 'Chargement…',
} as const satisfies Translation<typeof english>;
