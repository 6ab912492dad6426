import type { Translation } from '../types';
import type { layout as english } from '../en/layout';

export const layout = {} as const satisfies Translation<typeof english>;
