import type { Translation } from '../types';
import type { form as english } from '../en/form';

export const form = {} as const satisfies Translation<typeof english>;
