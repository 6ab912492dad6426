import type { Translation } from '../types';
import type { signUp as english } from '../en/signUp';

export const signUp = {} as const satisfies Translation<typeof english>;
