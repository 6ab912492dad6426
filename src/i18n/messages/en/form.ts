/** English messages for the form area. Keys start with 'form.'; the English text is the source. */
export const form = {} as const;
