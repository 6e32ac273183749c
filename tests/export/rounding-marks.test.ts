/**
 * The ※ rounding marks reach print and the workbook: the example's 表3 row 2010306 政务公开审批
 * prints 合计 1030.18 万元 while its parts print 606.27 + 423.92 = 1030.19 (golden.test.ts,
 * "reproduces the printed cells that do not foot"). That cell, and not its footing parts, carries
 * a mark in the HTML and in the xlsx, linked to a 尾差说明 note naming both figures.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { deriveReport, renderReport } from '@/lib/budget/report';
import { renderReportHtml } from '@/lib/export/html';
import { renderReportXlsx } from '@/lib/export/xlsx';
import { liulin2023Budget } from '@/prisma/seed/demo/liulin-2023';
import { reference2023 } from '@/prisma/seed/reference';

const report = renderReport(deriveReport(liulin2023Budget(reference2023)), '万元');
const EQUATION = '表3 2010306 政务公开审批：合计 = 基本支出 + 项目支出';

/** The note of the known non-footing cell; its number is what the marks must link to. */
function knownNote() {
  const note = report.roundingNotes.find((n) => n.equation === EQUATION);
  if (!note) throw new Error(`no rounding note for ${EQUATION}`);
  return note;
}

describe('rounding marks in the exports', () => {
  it('the rendered report notes the cell with the printed figures', () => {
    expect(knownNote()).toMatchObject({ displayedTotal: '1030.18', displayedSum: '1030.19', gap: '-0.01', explainedByRounding: true });
  });

  it('HTML: the 1030.18 cell links to its 尾差说明 note; the footing parts carry no mark', () => {
    const { number } = knownNote();
    const doc = renderReportHtml(report);
    const table3 = doc.slice(doc.indexOf('id="table-3"'), doc.indexOf('</section>', doc.indexOf('id="table-3"')));
    // Other equations end on the same cell (表3 = 表2 本年 + 结转 …): each adds its own ※ link.
    const row = table3.match(/<td class="code">2010306<\/td><td class="name indent-2">政务公开审批<\/td><td class="num">((?:<a class="mark" href="#rounding-\d+">※\d+<\/a>)+)1030\.18<\/td><td class="num">606\.27<\/td><td class="num">423\.92<\/td>/);
    expect(row, 'the 2010306 row with a marked 合计 and unmarked parts').not.toBeNull();
    expect(row![1]).toContain(`<a class="mark" href="#rounding-${number}">※${number}</a>`);
    expect(doc).toContain(`<li id="rounding-${number}"><strong>※${number}</strong> ${EQUATION}：显示合计 1030.18 万元，分项显示之和 1030.19 万元，差 -0.01 万元。`);
  });

  it('HTML in 元 has neither marks nor notes (every cell is exact)', () => {
    const doc = renderReportHtml(renderReport(deriveReport(liulin2023Budget(reference2023)), '元'));
    expect(doc).not.toContain('class="mark"');
    expect(doc).not.toContain('id="rounding"');
  });

  it('xlsx: the 1030.18 cell stays numeric and carries the note as a comment; a 尾差说明 sheet lists it', async () => {
    const { number } = knownNote();
    const bytes = await renderReportXlsx(report);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    const ws = wb.getWorksheet('表3 预算支出总表')!;
    let row: ExcelJS.Row | undefined;
    ws.eachRow((r) => {
      if (r.getCell(1).value === '2010306') row = r;
    });
    expect(row).toBeDefined();
    const total = row!.getCell(3);
    expect(total.value).toBe(1030.18);
    const note = typeof total.note === 'string' ? total.note : JSON.stringify(total.note);
    expect(note).toContain(`※${number} ${EQUATION}：显示合计 1030.18 万元`);
    expect(note).toContain('分项显示之和 1030.19 万元');
    expect(row!.getCell(4).note).toBeUndefined();
    expect(row!.getCell(5).note).toBeUndefined();
    const notes = wb.getWorksheet('尾差说明')!;
    expect(notes.getRow(number + 1).getCell(1).value).toBe(`※${number}`);
    expect(notes.getRow(number + 1).getCell(2).value).toBe(EQUATION);
    expect(notes.getRow(number + 1).getCell(3).value).toBe(1030.18);
  });
});
