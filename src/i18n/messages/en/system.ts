/** English messages for the system area. Keys start with 'system.'; the English text is the source. */
export const system = {} as const;
