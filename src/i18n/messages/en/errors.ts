/** English messages for the errors area. Keys start with 'errors.'; the English text is the source. */
export const errors = {} as const;
