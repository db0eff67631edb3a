// Keeps a part that cannot be drawn from taking the page down: its form is replaced by a message, the rest of
// the editor works on. Only damaged saved data gets here (a large saved document is checked after the first
// screen, stored-check.ts, and closed when it fails); choosing another part or document tries again.

import { Component, type ErrorInfo, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';

interface Props {
  /** The shown part and document: when it changes, the form is tried again. */
  readonly resetKey: string;
  readonly children: ReactNode;
}

interface State {
  readonly error: Error | null;
  readonly resetKey: string;
}

export class PartBoundary extends Component<Props, State> {
  state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.resetKey ? null : { error: null, resetKey: props.resetKey };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('CAF Studio: a part could not be shown', error, info.componentStack);
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <Alert severity="error" data-testid="part-unavailable">
        This part cannot be shown: {this.state.error.message}. Its saved data may be damaged; the other parts and
        documents can still be edited.
      </Alert>
    );
  }
}
