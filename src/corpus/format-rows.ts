/** Query results as a table for reading, JSON for programs, or CSV for spreadsheets. */
export const ROW_FORMATS = ['table', 'json', 'csv'] as const;
export type RowFormat = (typeof ROW_FORMATS)[number];

export type Cell = string | number | undefined;

export function parseRowFormat(value: string | undefined): RowFormat {
  const format = (value ?? 'table') as RowFormat;
  if (!ROW_FORMATS.includes(format)) throw new Error(`unknown --format "${value}" (table, json or csv)`);
  return format;
}

function csvCell(cell: Cell): string {
  const text = cell === undefined ? '' : String(cell);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(columns: readonly string[], rows: readonly Cell[][]): string {
  return [columns, ...rows].map((row) => row.map(csvCell).join(',')).join('\n');
}

const MAX_CELL = 70;

function tableCell(cell: Cell): string {
  const text = (cell === undefined ? '' : String(cell)).replace(/\s+/g, ' ');
  return text.length > MAX_CELL ? `${text.slice(0, MAX_CELL - 1)}…` : text;
}

export function toTable(columns: readonly string[], rows: readonly Cell[][]): string {
  const cells = [columns.map(String), ...rows.map((row) => row.map(tableCell))];
  const widths = columns.map((_, i) => Math.max(...cells.map((row) => row[i]?.length ?? 0)));
  const line = (row: string[]) =>
    row
      .map((cell, i) => cell.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join(
    '\n',
  );
}

/** One of the three formats: `json` prints `data` (the full objects), the others print `rows`. */
export function formatRows(
  format: RowFormat,
  columns: readonly string[],
  rows: readonly Cell[][],
  data: unknown,
): string {
  if (format === 'json') return `${JSON.stringify(data, null, 2)}\n`;
  if (format === 'csv') return `${toCsv(columns, rows)}\n`;
  return rows.length === 0 ? 'no results\n' : `${toTable(columns, rows)}\n`;
}
