/** English messages for the callback area. Keys start with 'callback.'; the English text is the source. */
export const callback = {} as const;
