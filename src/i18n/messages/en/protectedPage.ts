/** English messages for the protectedPage area. Keys start with 'protectedPage.'; the English text is the source. */
export const protectedPage = {} as const;
