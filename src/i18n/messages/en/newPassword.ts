/** English messages for the newPassword area. Keys start with 'newPassword.'; the English text is the source. */
export const newPassword = {} as const;
