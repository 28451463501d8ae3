// Downloads of worksheets in core's formats: JSON that imports back exactly, CSV for spreadsheets,
// and a Markdown handout. Nothing leaves the device except as a file the reader saves.
import { exportCsv, exportFileName, exportJson, exportMarkdown } from '../../core/journey/export';
import type { Worksheet } from '../../core/journey/model';
import { downloadText } from '../shared/download';

/** The download formats offered. */
export type ExportFormat = 'json' | 'csv' | 'md';

const MIME: Record<ExportFormat, string> = { json: 'application/json', csv: 'text/csv', md: 'text/markdown' };

/** Saves one or more worksheets as a file in the chosen format. */
export function downloadWorksheets(sheets: readonly Worksheet[], format: ExportFormat): void {
  const text =
    format === 'json'
      ? exportJson(sheets)
      : format === 'csv'
        ? exportCsv(sheets)
        : sheets.map((sheet) => exportMarkdown(sheet, { siteUrl: location.origin })).join('\n\n');
  downloadText(exportFileName(sheets, format), text, MIME[format]);
}
