/** English messages for the passwordless area. Keys start with 'passwordless.'; the English text is the source. */
export const passwordless = {} as const;
