// The download buttons: the exporters (CSV, Markdown, JSON) are fetched on the first click, since
// most visits never download anything.
import type { Worksheet } from '../../core/journey/model';
import { announce } from '../shared/announce';
import type { ExportFormat } from './exports';

/** Saves worksheets as a file in the chosen format, loading the exporters first. */
export function requestDownload(sheets: readonly Worksheet[], format: ExportFormat): void {
  import('./exports')
    .then(({ downloadWorksheets }) => {
      downloadWorksheets(sheets, format);
    })
    .catch(() => {
      announce('The download could not be prepared. Check your connection and try again.');
    });
}
