import type { Translation } from '../types';
import type { newPassword as english } from '../en/newPassword';

export const newPassword = {} as const satisfies Translation<typeof english>;
