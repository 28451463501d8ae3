// If a tool fails, the reader sees what happened and can save their data, never an empty box.
import { Component, type ComponentChildren } from 'preact';
import { readAllData } from '../../stores/all-data';
import { downloadText, todayStamp } from './download';
import { ReloadButton } from './lazy';

interface Props {
  /** The tool's name, used in the message. */
  tool: string;
  children: ComponentChildren;
}

interface State {
  error?: string;
}

/** Catches errors from a tool's components and offers an export and a reload. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = {};

  static override getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error.message : String(error) };
  }

  override componentDidCatch(error: unknown): void {
    console.error(error);
  }

  override render() {
    if (this.state.error === undefined) return this.props.children;
    return (
      <div class="card tool-error" role="alert">
        <h2>Something went wrong in the {this.props.tool}</h2>
        <p>
          The tool stopped because of an error: <code>{this.state.error}</code>. What you entered is still saved on this
          device. Save a copy now, then reload the page.
        </p>
        <p class="actions">
          <button
            type="button"
            onClick={() => {
              downloadText(`accueil-data-${todayStamp()}.json`, JSON.stringify(readAllData(), null, 2));
            }}
          >
            Save a copy of my data
          </button>{' '}
          <ReloadButton />
        </p>
      </div>
    );
  }
}
