/** English messages for the confirm area. Keys start with 'confirm.'; the English text is the source. */
export const confirm = {} as const;
