/** English messages for the layout area. Keys start with 'layout.'; the English text is the source. */
export const layout = {} as const;
