/**
 * deflateStoredZip (lib/export/zip-deflate.ts): exceljs writes the workbook stored, Node's zlib
 * compresses it. Read back here by walking the local headers from the start (the code under test
 * walks the central directory): every entry inflates to the stored bytes, with the CRC-32 and
 * size its headers give, and the central directory points at each local header.
 */
import { crc32, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildWorkbook } from '@/lib/export/xlsx';
import { deflateStoredZip } from '@/lib/export/zip-deflate';
import { demoReport } from './demo-report';

interface Read {
  name: string;
  method: number;
  crc: number;
  offset: number;
  content: Buffer;
}

/** The entries in file order, each inflated (method 8) or as stored (0). */
function readLocal(zip: Uint8Array): Read[] {
  const buf = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  const out: Read[] = [];
  let at = 0;
  while (buf.readUInt32LE(at) === 0x04034b50) {
    const method = buf.readUInt16LE(at + 8);
    const crc = buf.readUInt32LE(at + 14);
    const packed = buf.readUInt32LE(at + 18);
    const size = buf.readUInt32LE(at + 22);
    const nameLength = buf.readUInt16LE(at + 26);
    const start = at + 30 + nameLength + buf.readUInt16LE(at + 28);
    const raw = buf.subarray(start, start + packed);
    const content = method === 8 ? inflateRawSync(raw) : Buffer.from(raw);
    expect(content.byteLength).toBe(size);
    out.push({ name: buf.toString('utf8', at + 30, at + 30 + nameLength), method, crc, offset: at, content });
    at = start + packed;
  }
  return out;
}

/** Name → local header offset, from the central directory. */
function centralOffsets(zip: Uint8Array): Map<string, number> {
  const buf = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = buf.byteLength - 22;
  expect(buf.readUInt32LE(end)).toBe(0x06054b50);
  const offsets = new Map<string, number>();
  let at = buf.readUInt32LE(end + 16);
  for (let i = 0; i < buf.readUInt16LE(end + 10); i++) {
    expect(buf.readUInt32LE(at)).toBe(0x02014b50);
    const nameLength = buf.readUInt16LE(at + 28);
    offsets.set(buf.toString('utf8', at + 46, at + 46 + nameLength), buf.readUInt32LE(at + 42));
    at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  return offsets;
}

describe('deflateStoredZip', () => {
  it('compresses every entry of a stored workbook to the same content, CRC-32 and names', async () => {
    const stored = new Uint8Array(await buildWorkbook(demoReport()).xlsx.writeBuffer({ zip: { compression: 'STORE' } }));
    const zipped = await deflateStoredZip(stored);
    const before = readLocal(stored);
    const after = readLocal(zipped);
    expect(before.length).toBeGreaterThan(20);
    expect(before.every((e) => e.method === 0)).toBe(true);
    expect(after.map((e) => e.name)).toEqual(before.map((e) => e.name));
    after.forEach((entry, i) => {
      expect(entry.content.equals(before[i]!.content)).toBe(true);
      expect(entry.crc).toBe(crc32(entry.content));
    });
    // The worksheets shrink (XML compresses well), and the whole file to well under half.
    expect(after.filter((e) => e.method === 8).map((e) => e.name)).toContain('xl/worksheets/sheet2.xml');
    expect(zipped.byteLength).toBeLessThan(stored.byteLength / 2);
    expect(centralOffsets(zipped)).toEqual(new Map(after.map((e) => [e.name, e.offset])));
  });

  it('refuses a zip whose entries are compressed already (never a silently broken file)', async () => {
    const deflated = new Uint8Array(await buildWorkbook(demoReport()).xlsx.writeBuffer());
    await expect(deflateStoredZip(deflated)).rejects.toThrow(/compressed already/);
  });
});
