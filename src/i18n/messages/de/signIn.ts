import type { Translation } from '../types';
import type { signIn as english } from '../en/signIn';

export const signIn = {} as const satisfies Translation<typeof english>;
