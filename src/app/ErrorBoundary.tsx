/** Catches a crash anywhere below it and shows the error page instead of a blank screen. */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ErrorScreen } from '../screens/ErrorScreen';

interface State {
  error: unknown;
  hasError: boolean;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: undefined, hasError: false };

  static getDerivedStateFromError(error: unknown): State {
    return { error, hasError: true };
  }

  componentDidCatch(error: unknown, info: ErrorInfo): void {
    // The console is where a developer looks first; the page tells the user what to do.
    console.error('The app crashed while rendering:', error, info.componentStack);
  }

  render() {
    return this.state.hasError ? <ErrorScreen error={this.state.error} /> : this.props.children;
  }
}
