// CSV that opens cleanly in a spreadsheet: RFC 4180 quoting, CRLF line ends, a BOM so Excel reads
// UTF-8, and no cell that a spreadsheet would run as a formula.

/** A cell value; numbers are written as plain digits, empty values as empty cells. */
export type CsvCell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** Escapes one cell: neutralises formula triggers and quotes when needed. */
export function escapeCsvCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  let text = String(cell);
  // A leading apostrophe stops Excel and Sheets from evaluating user text such as "=HYPERLINK(...)".
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Serialises a header row and data rows into a CSV document. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(escapeCsvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
