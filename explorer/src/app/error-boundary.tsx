/**
 * One error boundary per area (header, sidebar, view, details): a crash in one shows a short
 * message with a retry there and leaves the rest of the page working.
 */
import { Component, type ErrorInfo, type ReactNode } from "react";
import { i18next } from "../lib/i18n";

interface Props {
  area: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

export class AreaErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`[${this.props.area}]`, error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return (
      <div className="error-box" role="alert" data-area={this.props.area}>
        <strong>{i18next.t("status.areaFailed")}</strong>
        <p>{this.state.error.message}</p>
        <button onClick={() => this.setState({ error: null })}>{i18next.t("status.retry")}</button>
      </div>
    );
  }
}
