// The frame of every tool. Until its code has started, the page shows the tool as the server drew
// it, inert: a value typed or a choice tapped then would be lost when the tool starts, so none can
// be made (after half a second it dims, on a slow connection). If the tool fails, the reader sees
// what happened and can save their data, never an empty box.
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
  /** False while the page shows the server's drawing; true once the tool runs in the browser. */
  started?: boolean;
}

/** Catches errors from a tool's components and offers an export and a reload. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = {};

  static override getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error.message : String(error) };
  }

  override componentDidMount(): void {
    this.setState({ started: true });
  }

  override componentDidCatch(error: unknown): void {
    console.error(error);
  }

  override render() {
    if (this.state.error === undefined) {
      return (
        <div class="tool-frame" inert={this.state.started !== true}>
          {this.props.children}
        </div>
      );
    }
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
