import type { Translation } from '../types';
import type { system as english } from '../en/system';

export const system = {} as const satisfies Translation<typeof english>;
