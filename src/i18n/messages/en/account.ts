/** English messages for the account area. Keys start with 'account.'; the English text is the source. */
export const account = {} as const;
