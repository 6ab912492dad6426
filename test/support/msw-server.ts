/** The one msw server for unit tests: anything a test does not handle is an error, never a real request. */
import { setupServer } from 'msw/node';

export const server = setupServer();
