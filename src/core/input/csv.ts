/** One CSV record: the line it starts on and its cells. */
export interface CsvRow {
  line: number;
  cells: string[];
}

/** Parse CSV (RFC 4180 quotes; comma, or semicolon as spreadsheets in Germany write it), skipping blank lines. */
export function parseCsv(text: string, fileName: string): CsvRow[] {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = !firstLine.includes(',') && firstLine.includes(';') ? ';' : ',';
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  let touched = false;
  const endCell = (): void => {
    cells.push(cell);
    cell = '';
  };
  const endRow = (): void => {
    endCell();
    if (touched || cells.some((c) => c.trim() !== '')) rows.push({ line: start, cells });
    cells = [];
    touched = false;
  };
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        cell += c;
      }
    } else if (c === '"' && cell.trim() === '') {
      quoted = true;
      touched = true;
      cell = '';
    } else if (c === delimiter) {
      endCell();
      touched = true;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && body[i + 1] === '\n') i++;
      endRow();
      line++;
      start = line;
    } else {
      cell += c;
    }
  }
  if (quoted) throw new Error(`${fileName} line ${start}: a quoted cell is not closed`);
  endRow();
  return rows.map((row) => ({ line: row.line, cells: row.cells }));
}
