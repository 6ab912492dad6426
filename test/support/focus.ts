import { waitFor } from '@testing-library/react';
import { expect } from 'vitest';

/**
 * Focus moves in an effect after the element appears (a lazy screen's heading, say), so on a busy
 * machine the element can be found a moment before it has focus: wait for the focus itself.
 */
export async function expectFocus(element: HTMLElement): Promise<void> {
  await waitFor(() => expect(element).toHaveFocus());
}
