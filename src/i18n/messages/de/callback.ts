import type { Translation } from '../types';
import type { callback as english } from '../en/callback';

export const callback = {} as const satisfies Translation<typeof english>;
