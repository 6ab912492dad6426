/** English messages for the home area. Keys start with 'home.'; the English text is the source. */
export const home = {} as const;
