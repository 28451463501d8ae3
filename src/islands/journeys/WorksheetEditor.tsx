// One worksheet: its name and customer, downloads, and the four views. Everything saves as you type.
import { useEffect, useState } from 'preact/hooks';
import { describeCustomer, renameWorksheet } from '../../core/journey/worksheet';
import { LIMITS } from '../../core/journey/limits';
import type { Worksheet } from '../../core/journey/model';
import { changeWorksheet } from '../../stores/journeys';
import { JourneyColumns } from './JourneyColumns';
import { PrintSheet } from './PrintSheet';
import { TextField } from './TextField';
import { ViewTabs } from './ViewTabs';
import { requestDownload } from './downloads';
import { domId, plural } from './labels';
import { lazyComponent } from '../shared/lazy';
import { initialView, rememberView } from './route';
import type { WorksheetView } from './types';

// The other views load the first time they are opened; the journey columns come with the page.
const FeelingCurve = lazyComponent(() => import('./FeelingCurve').then((m) => m.FeelingCurve), {
  what: 'the feeling curve',
});
const ImpactMatrix = lazyComponent(() => import('./ImpactMatrix').then((m) => m.ImpactMatrix), { what: 'the grid' });
const Shortlist = lazyComponent(() => import('./Shortlist').then((m) => m.Shortlist), { what: 'the shortlist' });
// The team scoring session (issue 20) loads when a worksheet opens, never with the list of worksheets.
const SessionPanel = lazyComponent(() => import('./SessionPanel').then((m) => m.SessionPanel), {
  what: 'the team scoring session',
});

interface Props {
  sheet: Worksheet;
  /** Back to the list of worksheets. */
  onClose: () => void;
  /** Where focus goes when the worksheet opens: the heading, the name field (a new blank worksheet) or nowhere (page load). */
  focusOnOpen: 'none' | 'heading' | 'name';
}

/** The editor for one worksheet. */
export function WorksheetEditor({ sheet, onClose, focusOnOpen }: Props) {
  const [view, setView] = useState<WorksheetView>(initialView);
  useEffect(() => {
    if (focusOnOpen === 'none') return;
    const target = document.getElementById(focusOnOpen === 'name' ? domId.sheetName : domId.sheetHeading);
    target?.focus();
    if (target instanceof HTMLInputElement) target.select();
    // Once, when the worksheet opens (the editor is keyed by worksheet), not on every edit.
  }, []);
  const panels: Record<WorksheetView, () => preact.JSX.Element> = {
    journey: () => <JourneyColumns sheet={sheet} />,
    curve: () => <FeelingCurve sheet={sheet} />,
    matrix: () => <ImpactMatrix sheet={sheet} />,
    shortlist: () => <Shortlist sheet={sheet} />,
  };
  return (
    <section class="editor" aria-labelledby={domId.sheetHeading}>
      <p class="no-print">
        <button type="button" class="secondary" onClick={onClose}>
          <span aria-hidden="true">← </span>All worksheets
        </button>
      </p>
      <div class="screen-only">
        <h2 id={domId.sheetHeading} tabIndex={-1}>
          {sheet.name}
        </h2>
        <p class="muted">
          {plural(sheet.stages.length, 'stage')} · {plural(sheet.moments.length, 'moment')} · saved on this device as
          you type.
        </p>
        <div class="details">
          <TextField
            id={domId.sheetName}
            label="Worksheet name"
            value={sheet.name}
            limit={LIMITS.worksheetName}
            onSave={(name) => {
              const result = changeWorksheet(sheet.id, (current, ctx) => renameWorksheet(current, name, ctx));
              return result.ok ? undefined : result.message;
            }}
          />
          <TextField
            id={domId.sheetCustomer}
            label="Who the customer is"
            hint="A role or a situation, e.g. “A guest on a short work trip”. No names or personal details."
            multiline
            value={sheet.customer}
            limit={LIMITS.customer}
            onSave={(customer) => {
              const result = changeWorksheet(sheet.id, (current, ctx) => describeCustomer(current, customer, ctx));
              return result.ok ? undefined : result.message;
            }}
          />
        </div>
        <div class="downloads" role="group" aria-label="Download or print this worksheet">
          <button
            type="button"
            class="secondary"
            onClick={() => {
              requestDownload([sheet], 'json');
            }}
          >
            Download JSON<span class="visually-hidden"> (to import again later)</span>
          </button>
          <button
            type="button"
            class="secondary"
            onClick={() => {
              requestDownload([sheet], 'csv');
            }}
          >
            Download CSV<span class="visually-hidden"> (one row per moment, for a spreadsheet)</span>
          </button>
          <button
            type="button"
            class="secondary"
            onClick={() => {
              requestDownload([sheet], 'md');
            }}
          >
            Download Markdown<span class="visually-hidden"> (a handout)</span>
          </button>
          <button type="button" class="secondary" onClick={print}>
            Print for the wall
          </button>
        </div>
        <ViewTabs
          view={view}
          onView={(next) => {
            setView(next);
            rememberView(next);
          }}
        >
          {panels[view]()}
        </ViewTabs>
        <SessionPanel sheet={sheet} />
      </div>
      <PrintSheet sheet={sheet} />
    </section>
  );
}
