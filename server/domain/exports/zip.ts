import { constants, crc32, deflateRawSync } from 'node:zlib';

/**
 * A ZIP archive written front to back, one piece at a time, for files whose size is not known
 * when they start (a streamed spreadsheet). Each entry is a local header without sizes (flag
 * bit 3), its deflated data, then a data descriptor with the CRC-32 and sizes; the central
 * directory at the end repeats them. Names are UTF-8 (flag bit 11).
 *
 * The data of an entry is compressed piece by piece: each piece is deflated on its own and
 * ended with a sync flush (byte-aligned, not final), so the pieces joined are one valid deflate
 * stream; an empty final block closes it. A piece cannot refer back to the one before, which
 * costs a little compression for pieces of tens of kilobytes, and nothing is kept in memory.
 *
 * No ZIP64: an archive or entry reaching 4 GiB is refused (a million-row sheet is far below).
 */
const LIMIT = 0xffff_ffff;
const FLAGS = 0x0808; // bit 3: sizes in the data descriptor; bit 11: UTF-8 names
const DEFLATE = 8;
const VERSION = 20;
const FINAL_EMPTY_BLOCK = Buffer.from([0x03, 0x00]);

interface Entry {
  name: Buffer;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
}

function dosDateTime(d: Date): { time: number; date: number } {
  const year = Math.max(1980, d.getFullYear());
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
    date: ((year - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

export class ZipWriter {
  private offset = 0;
  private readonly entries: Entry[] = [];
  private current: Entry | null = null;
  private readonly stamp: { time: number; date: number };

  constructor(
    modified = new Date(),
    private readonly level = 6,
  ) {
    this.stamp = dosDateTime(modified);
  }

  /** Bytes written so far. */
  get written(): number {
    return this.offset;
  }

  private out(b: Buffer): Buffer {
    this.offset += b.length;
    if (this.offset > LIMIT) throw new Error('zip archive larger than 4 GiB');
    return b;
  }

  /** A whole (small) file at once. */
  file(name: string, content: string | Buffer): Buffer {
    return Buffer.concat([this.begin(name), this.write(content), this.end()]);
  }

  /** Starts an entry: its local header. */
  begin(name: string): Buffer {
    if (this.current) throw new Error('zip entry still open');
    const encoded = Buffer.from(name, 'utf8');
    this.current = { name: encoded, crc: 0, compressed: 0, size: 0, offset: this.offset };
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(VERSION, 4);
    h.writeUInt16LE(FLAGS, 6);
    h.writeUInt16LE(DEFLATE, 8);
    h.writeUInt16LE(this.stamp.time, 10);
    h.writeUInt16LE(this.stamp.date, 12);
    // crc, compressed and uncompressed size (14–25) stay 0: they follow the data.
    h.writeUInt16LE(encoded.length, 26);
    h.writeUInt16LE(0, 28);
    return this.out(Buffer.concat([h, encoded]));
  }

  /** More data of the open entry, compressed. */
  write(data: string | Buffer): Buffer {
    const entry = this.current;
    if (!entry) throw new Error('no zip entry open');
    const raw = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    if (raw.length === 0) return Buffer.alloc(0);
    entry.crc = crc32(raw, entry.crc);
    entry.size += raw.length;
    if (entry.size > LIMIT) throw new Error('zip entry larger than 4 GiB');
    const packed = deflateRawSync(raw, { level: this.level, finishFlush: constants.Z_SYNC_FLUSH });
    entry.compressed += packed.length;
    return this.out(packed);
  }

  /** Ends the open entry: the closing deflate block and the data descriptor. */
  end(): Buffer {
    const entry = this.current;
    if (!entry) throw new Error('no zip entry open');
    entry.compressed += FINAL_EMPTY_BLOCK.length;
    const d = Buffer.alloc(16);
    d.writeUInt32LE(0x08074b50, 0);
    d.writeUInt32LE(entry.crc >>> 0, 4);
    d.writeUInt32LE(entry.compressed, 8);
    d.writeUInt32LE(entry.size, 12);
    this.entries.push(entry);
    this.current = null;
    return this.out(Buffer.concat([FINAL_EMPTY_BLOCK, d]));
  }

  /** The central directory and its end record; the archive is complete after this. */
  finish(): Buffer {
    if (this.current) throw new Error('zip entry still open');
    const start = this.offset;
    const parts: Buffer[] = [];
    for (const e of this.entries) {
      const h = Buffer.alloc(46);
      h.writeUInt32LE(0x02014b50, 0);
      h.writeUInt16LE(VERSION, 4);
      h.writeUInt16LE(VERSION, 6);
      h.writeUInt16LE(FLAGS, 8);
      h.writeUInt16LE(DEFLATE, 10);
      h.writeUInt16LE(this.stamp.time, 12);
      h.writeUInt16LE(this.stamp.date, 14);
      h.writeUInt32LE(e.crc >>> 0, 16);
      h.writeUInt32LE(e.compressed, 20);
      h.writeUInt32LE(e.size, 24);
      h.writeUInt16LE(e.name.length, 28);
      // extra (30), comment (32), disk (34), internal (36), external attributes (38) stay 0.
      h.writeUInt32LE(e.offset, 42);
      parts.push(h, e.name);
    }
    const directory = Buffer.concat(parts);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(directory.length, 12);
    end.writeUInt32LE(start, 16);
    return this.out(Buffer.concat([directory, end]));
  }
}
