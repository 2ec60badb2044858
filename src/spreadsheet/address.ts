/** Cell addresses as spreadsheets write them (`Sheet1!D14`), for the export's filters and the import's messages. */

/** The letters of a column, counted from 0: 0 -> A, 26 -> AA. */
export function columnName(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** The column index of letters such as `AB`. */
export function columnIndex(letters: string): number {
  let index = 0;
  for (const letter of letters.toUpperCase()) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index - 1;
}

/** `Sheet1!D14`, quoting a sheet name that holds anything but letters, digits and underscores. */
export function cellAddress(sheet: string, row: number, column: number): string {
  const name = /^[\p{L}\p{N}_]+$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${name}!${columnName(column)}${row + 1}`;
}
