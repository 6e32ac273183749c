/**
 * The exported workbook shares one style object between cells styled alike (lib/export/xlsx.ts,
 * shareStyles: exceljs then serialises each style once). The bytes must read back exactly as the
 * workbook written without that step: every cell's value, type and style, and the merges.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { RenderedReport } from '@/lib/budget/report-wire';
import { buildWorkbook, renderReportXlsx } from '@/lib/export/xlsx';
import { demoReport } from './demo-report';
import { wireFixture } from './fixture';

async function load(bytes: Uint8Array | ArrayBuffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  await wb.xlsx.load(view.buffer.slice(view.byteOffset, view.byteOffset + view.byteLength) as ArrayBuffer);
  return wb;
}

/** Every stored cell of every sheet (empty styled cells too) as address, type, value and style. */
function cells(wb: ExcelJS.Workbook): { sheet: string; merges: string[]; cells: string[] }[] {
  return wb.worksheets.map((ws) => {
    const out: string[] = [];
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.findRow(r);
      for (let c = 1; row && c <= row.cellCount; c++) {
        const cell = row.findCell(c);
        if (cell) out.push(JSON.stringify([cell.address, cell.type, cell.value, cell.style, cell.note ?? null]));
      }
    }
    return { sheet: ws.name, merges: [...(ws.model.merges ?? [])].sort(), cells: out };
  });
}

describe('renderReportXlsx with shared styles', () => {
  const reports: [string, () => RenderedReport][] = [
    ['the wire fixture (rounding notes, comments)', wireFixture],
    ['the demo department in 万元', () => demoReport('万元')],
    ['the demo department in 元', () => demoReport('元')],
  ];
  for (const [name, report] of reports) {
    it(`reads back as the workbook written without sharing: ${name}`, async () => {
      const shared = await load(await renderReportXlsx(report()));
      const plain = await load(await buildWorkbook(report()).xlsx.writeBuffer());
      const got = cells(shared);
      expect(got).toEqual(cells(plain));
      // Not vacuous: bold headers, borders, the amount format and fills are there.
      const all = got.flatMap((s) => s.cells).join('\n');
      expect(all).toContain('"numFmt":"0.00"');
      expect(all).toContain('"bold":true');
      expect(all).toContain('"border":{');
      expect(all).toContain('"fgColor":{"argb":"FFF2F2F2"}');
    });
  }
});
