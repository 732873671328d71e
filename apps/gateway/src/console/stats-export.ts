import ExcelJS from 'exceljs';

/** The figures as an Excel workbook: one sheet, a title row, the header row in bold and frozen, then the areas. */
export async function xlsxOf(title: string, rows: (string | number)[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'suyuan-hub';
  const sheet = book.addWorksheet('统计', { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.addRow([title]).font = { bold: true, size: 13 };
  sheet.addRow(rows[0]).font = { bold: true };
  for (const r of rows.slice(1)) sheet.addRow(r);
  sheet.columns.forEach((c, i) => (c.width = i < 2 ? 16 : Math.max(10, String(rows[0][i]).length * 2)));
  return Buffer.from(await book.xlsx.writeBuffer());
}
