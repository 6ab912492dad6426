import type { Translation } from '../types';
import type { mfa as english } from '../en/mfa';

export const mfa = {} as const satisfies Translation<typeof english>;
