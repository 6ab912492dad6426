import type { Translation } from '../types';
import type { developer as english } from '../en/developer';

export const developer = {} as const satisfies Translation<typeof english>;
