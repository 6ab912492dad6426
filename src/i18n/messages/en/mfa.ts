/** English messages for the mfa area. Keys start with 'mfa.'; the English text is the source. */
export const mfa = {} as const;
