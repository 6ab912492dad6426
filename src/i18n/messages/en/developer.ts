/** English messages for the developer area. Keys start with 'developer.'; the English text is the source. */
export const developer = {} as const;
