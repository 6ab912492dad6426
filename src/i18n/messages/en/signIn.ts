/** English messages for the signIn area. Keys start with 'signIn.'; the English text is the source. */
export const signIn = {} as const;
