import type { Translation } from '../types';
import type { account as english } from '../en/account';

export const account = {} as const satisfies Translation<typeof english>;
