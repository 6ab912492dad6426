import type { Translation } from '../types';
import type { passwordless as english } from '../en/passwordless';

export const passwordless = {} as const satisfies Translation<typeof english>;
