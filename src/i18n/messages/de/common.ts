import type { Translation } from '../types';
import type { common as english } from '../en/common';

export const common = {
  'common.language': 'Sprache',
  'common.loading': 'Wird geladen …',
} as const satisfies Translation<typeof english>;
