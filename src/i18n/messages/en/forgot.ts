/** English messages for the forgot area. Keys start with 'forgot.'; the English text is the source. */
export const forgot = {} as const;
