// The worksheets on this device, ways to start a new one, and import. The empty state says how to begin.
import type { JourneyCollection } from '../../core/journey/format';
import { ImportPanel } from './ImportPanel';
import { TemplatePicker } from './TemplatePicker';
import { requestDownload } from './downloads';
import { domId, plural } from './labels';
import { deleteSheet, duplicateSheet } from './sheet-actions';
import type { TemplateOffer } from './types';

interface Props {
  collection: JourneyCollection;
  templates: TemplateOffer[];
  onOpen: (id: string, focusName?: boolean) => void;
}

// Built on first use: a page's first use of Intl is slow, and an empty list shows no date.
let when: Intl.DateTimeFormat | undefined;
const changed = (iso: string) => {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  when ??= new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  return ` · changed ${when.format(date)}`;
};

/** The list of worksheets, the templates and the import panel. */
export function WorksheetList({ collection, templates, onOpen }: Props) {
  // Newest first; a worksheet brought back by Undo keeps its creation date, so it returns to its place.
  const sheets = [...collection.worksheets].sort(
    (a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || (a.id < b.id ? -1 : 1),
  );
  return (
    <>
      <section aria-labelledby={domId.listHeading}>
        <h2 id={domId.listHeading} tabIndex={-1}>
          Your worksheets
        </h2>
        {sheets.length === 0 ? (
          <p class="empty">
            You have no worksheets yet. Start a blank one or begin from a template below, then add the stages of the
            journey and the moments in each. You can also import a file exported from Accueil.
          </p>
        ) : (
          <>
            <ul class="sheet-list">
              {sheets.map((sheet) => (
                <li key={sheet.id} class="card sheet-item">
                  <h3>{sheet.name}</h3>
                  {sheet.customer !== '' && <p class="sheet-customer">{sheet.customer}</p>}
                  <p class="muted">
                    {plural(sheet.stages.length, 'stage')} · {plural(sheet.moments.length, 'moment')}
                    {changed(sheet.updatedAt)}
                  </p>
                  <p class="actions">
                    <button
                      type="button"
                      id={domId.sheetOpen(sheet.id)}
                      onClick={() => {
                        onOpen(sheet.id);
                      }}
                    >
                      Open<span class="visually-hidden"> “{sheet.name}”</span>
                    </button>
                    <button
                      type="button"
                      class="secondary"
                      onClick={() => {
                        duplicateSheet(sheet);
                      }}
                    >
                      Duplicate<span class="visually-hidden"> “{sheet.name}”</span>
                    </button>
                    <button
                      type="button"
                      class="secondary"
                      onClick={() => {
                        deleteSheet(sheet);
                      }}
                    >
                      Delete<span class="visually-hidden"> “{sheet.name}”</span>
                    </button>
                  </p>
                </li>
              ))}
            </ul>
            <p class="actions" role="group" aria-label="Download every worksheet">
              <button
                type="button"
                class="secondary"
                onClick={() => {
                  requestDownload(sheets, 'json');
                }}
              >
                Download all as JSON
              </button>
              <button
                type="button"
                class="secondary"
                onClick={() => {
                  requestDownload(sheets, 'csv');
                }}
              >
                Download all as CSV
              </button>
            </p>
          </>
        )}
      </section>
      <TemplatePicker templates={templates} onOpen={onOpen} />
      <ImportPanel collection={collection} />
    </>
  );
}
