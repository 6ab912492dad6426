import type { Translation } from '../types';
import type { forgot as english } from '../en/forgot';

export const forgot = {} as const satisfies Translation<typeof english>;
