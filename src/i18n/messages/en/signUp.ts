/** English messages for the signUp area. Keys start with 'signUp.'; the English text is the source. */
export const signUp = {} as const;
