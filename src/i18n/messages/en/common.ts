/** English messages used across screens. Keys start with 'common.'; the English text is the source. */
export const common = {
  'common.language': 'Language',
  'common.loading': 'Loading…',
} as const;
