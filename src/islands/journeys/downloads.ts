// Downloads of worksheets in core's formats: JSON that imports back exactly, CSV for spreadsheets,
// and a Markdown handout. The exporters are fetched on the first click, since most visits never
// download anything. Nothing leaves the device except as a file the reader saves.
import type { Worksheet } from '../../core/journey/model';
import { base } from '../../lib/base';
import { announce } from '../shared/announce';
import { downloadText } from '../shared/download';

/** The download formats offered. */
export type ExportFormat = 'json' | 'csv' | 'md';

const MIME: Record<ExportFormat, string> = { json: 'application/json', csv: 'text/csv', md: 'text/markdown' };

/** Saves worksheets as a file in the chosen format, loading the exporters first. */
export function requestDownload(sheets: readonly Worksheet[], format: ExportFormat): void {
  Promise.all([import('../../core/journey/export'), import('../../core/journey/markdown')])
    .then(([{ exportCsv, exportFileName, exportJson }, { exportMarkdown }]) => {
      const text =
        format === 'json'
          ? exportJson(sheets)
          : format === 'csv'
            ? exportCsv(sheets)
            : sheets.map((sheet) => exportMarkdown(sheet, { siteUrl: `${location.origin}${base}` })).join('\n\n');
      downloadText(exportFileName(sheets, format), text, MIME[format]);
    })
    .catch(() => {
      announce('The download could not be prepared. Check your connection and try again.');
    });
}
