/**
 * Compresses a zip whose entries are stored (method 0, as exceljs writes with `compression:
 * 'STORE'`) with Node's zlib, off the main thread (the libuv pool): exceljs would compress them
 * with pako, in JavaScript on the one thread that serves every request — about half the CPU of an
 * xlsx export (docs/benchmarks.md, "Report cache miss", fourth round). Every header field is kept
 * as written (names, dates, CRC-32 of the content, flags, attributes); only the method (8,
 * deflate), the compressed sizes and the offsets change. An entry that does not shrink stays
 * stored. Reads only what this writer needs: one disk, no zip64, sizes in the local headers (no
 * data descriptors) — anything else throws, never a silently broken file.
 */
import { promisify } from 'node:util';
import { deflateRaw } from 'node:zlib';

const deflate = promisify(deflateRaw);

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const LOCAL_SIZE = 30;
const CENTRAL_SIZE = 46;
const END_SIZE = 22;
const STORED = 0;
const DEFLATED = 8;
const DATA_DESCRIPTOR = 0x0008;

interface Entry {
  /** The central directory record (copied, then patched). */
  central: Uint8Array;
  /** The local header with name and extra field (copied, then patched). */
  local: Uint8Array;
  data: Uint8Array;
}

function fail(why: string): never {
  throw new Error(`zip-deflate: ${why}`);
}

function entries(zip: Uint8Array): Entry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.byteLength - END_SIZE; // exceljs writes no archive comment
  if (end < 0 || view.getUint32(end, true) !== END) fail('no end of central directory record');
  const count = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  let at = view.getUint32(end + 16, true);
  if (view.getUint16(end + 4, true) !== 0 || view.getUint16(end + 8, true) !== count || at + directorySize !== end) fail('not a single-disk zip');
  const out: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== CENTRAL) fail('bad central directory record');
    const recordSize = CENTRAL_SIZE + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const offset = view.getUint32(at + 42, true);
    if (view.getUint16(at + 10, true) !== STORED) fail('an entry is compressed already');
    if (view.getUint16(at + 8, true) & DATA_DESCRIPTOR) fail('an entry has a data descriptor');
    if (view.getUint32(offset, true) !== LOCAL) fail('bad local header');
    const size = view.getUint32(offset + 18, true);
    if (size !== view.getUint32(offset + 22, true) || size !== view.getUint32(at + 20, true)) fail('sizes differ');
    const dataAt = offset + LOCAL_SIZE + view.getUint16(offset + 26, true) + view.getUint16(offset + 28, true);
    out.push({ central: zip.slice(at, at + recordSize), local: zip.slice(offset, dataAt), data: zip.subarray(dataAt, dataAt + size) });
    at += recordSize;
  }
  return out;
}

/** The same zip with every stored entry deflated (Node's zlib, default level). */
export async function deflateStoredZip(zip: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  const list = entries(zip);
  const packed = await Promise.all(list.map(async ({ data }) => {
    const deflated = await deflate(data);
    return deflated.byteLength < data.byteLength ? { method: DEFLATED, bytes: deflated } : { method: STORED, bytes: data };
  }));
  let size = END_SIZE;
  list.forEach((e, i) => (size += e.local.byteLength + packed[i]!.bytes.byteLength + e.central.byteLength));
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  let at = 0;
  const offsets: number[] = [];
  list.forEach((e, i) => {
    const { method, bytes } = packed[i]!;
    offsets.push(at);
    out.set(e.local, at);
    view.setUint16(at + 8, method, true);
    view.setUint32(at + 18, bytes.byteLength, true);
    at += e.local.byteLength;
    out.set(bytes, at);
    at += bytes.byteLength;
  });
  const directory = at;
  list.forEach((e, i) => {
    const { method, bytes } = packed[i]!;
    out.set(e.central, at);
    view.setUint16(at + 10, method, true);
    view.setUint32(at + 20, bytes.byteLength, true);
    view.setUint32(at + 42, offsets[i]!, true);
    at += e.central.byteLength;
  });
  view.setUint32(at, END, true);
  view.setUint16(at + 8, list.length, true);
  view.setUint16(at + 10, list.length, true);
  view.setUint32(at + 12, at - directory, true);
  view.setUint32(at + 16, directory, true);
  return out;
}
