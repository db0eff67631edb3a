// The one error boundary of the app. Around each pane (the part list, the form, the problems list, the preview)
// and each dialog that loads code of its own (the catalog, the document list, the import dialogs) it keeps a fault
// of that part to that part: the rest of the app and the document stay alive, and the part says what happened and
// offers "Try again" and a download (FaultNotice). Around the whole app it is the last resort (FaultPage): a
// page that says what happened, offers each document for download and a reload, instead of a white page.

import { Component, type ErrorInfo, type ReactNode } from 'react';
import { FaultNotice } from './FaultNotice.tsx';
import { FaultPage } from './FaultPage.tsx';

interface Props {
  /** What the boundary holds, in words: "XML preview", "problems list"… */
  readonly area: string;
  /** 'pane' (default): a notice in place; 'dialog': the notice in a dialog that `onClose` closes; 'page': the app. */
  readonly variant?: 'pane' | 'dialog' | 'page';
  /** When it changes (another part, another document), the children are tried again. */
  readonly resetKey?: string;
  readonly onClose?: () => void;
  readonly children: ReactNode;
}

interface State {
  readonly error: unknown;
  readonly failed: boolean;
  readonly resetKey: string | undefined;
}

export class FaultBoundary extends Component<Props, State> {
  state: State = { error: null, failed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error, failed: true };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.resetKey ? null : { error: null, failed: false, resetKey: props.resetKey };
  }

  componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(`CAF Studio: the ${this.props.area} failed`, error, info.componentStack);
  }

  private retry = () => this.setState({ error: null, failed: false });

  render() {
    if (!this.state.failed) return this.props.children;
    const { area, variant = 'pane', onClose } = this.props;
    if (variant === 'page') return <FaultPage error={this.state.error} />;
    return <FaultNotice area={area} error={this.state.error} retry={this.retry} onClose={variant === 'dialog' ? onClose : undefined} />;
  }
}
