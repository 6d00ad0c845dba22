import type { TransformOptions, Writable } from 'node:stream';
import { constants, crc32, createDeflateRaw, type DeflateRaw, type ZlibOptions } from 'node:zlib';

/**
 * A minimal streaming ZIP writer (PKWARE APPNOTE.TXT 6.3): each entry is deflated as it is written,
 * so memory holds a chunk, not a file. An entry's CRC and sizes are only known at its end, so its
 * local header sets flag bit 3 and they follow the data in a data descriptor; the central directory
 * at the end repeats them for readers. ZIP32 only: an entry or offset past 4 GiB throws rather than
 * writing a corrupt archive (to-xlsx.ts stops the Facts sheet well before that).
 */
export const ZIP32_MAX = 0xffff_ffff;
const MAX_ENTRIES = 0xffff;
/** Bit 3: CRC and sizes in a data descriptor after the data; bit 11: names are UTF-8. */
const FLAGS = 0x0808;
const DEFLATED = 8;
/** 2.0: the first version with deflate and data descriptors. */
const VERSION = 20;
const DEFLATE_INPUT_BYTES = 256 * 1024;
const [LOCAL_HEADER, DATA_DESCRIPTOR, CENTRAL_HEADER, END_OF_DIRECTORY] = [0x04034b50, 0x08074b50, 0x02014b50, 0x06054b50];

export type ZipOptions = {
  /** Stored as the entries' modification time, in UTC (a DOS time has no zone). */
  modified: Date;
  /** zlib level, 0–9 (default 6). */
  level?: number;
  /** Tests lower this to reach the ZIP32 refusal without writing 4 GiB. */
  maxEntryBytes?: number;
};

type EntryRecord = { name: Buffer; crc: number; compressed: number; size: number; offset: number };

export class ZipWriter {
  private offset = 0;
  private readonly records: EntryRecord[] = [];
  private isEntryOpen = false;

  constructor(
    private readonly output: Writable,
    private readonly options: ZipOptions,
  ) {}

  /** Starts the next entry; entries are written one after another, so the previous one must be closed. */
  async startEntry(name: string): Promise<ZipEntry> {
    if (this.isEntryOpen) throw new Error(`Cannot start ZIP entry ${name}: the previous entry is still open`);
    if (this.records.length >= MAX_ENTRIES) throw new Error('A ZIP32 archive holds at most 65,535 entries');
    checkZip32(this.offset, `the offset of ${name}`);
    const record: EntryRecord = { name: Buffer.from(name, 'utf8'), crc: 0, compressed: 0, size: 0, offset: this.offset };
    this.isEntryOpen = true;
    await this.send(localHeader(record, this.options.modified));
    const deflate = createDeflateRaw(this.deflateOptions());
    deflate.on('data', (chunk: Buffer) => this.forward(chunk, deflate, record));
    return new ZipEntry(name, deflate, this.options.maxEntryBytes ?? ZIP32_MAX, (crc, size) => this.endEntry(record, crc, size));
  }

  /** A whole entry from one string: the small parts of a package. */
  async writeEntry(name: string, content: string): Promise<void> {
    const entry = await this.startEntry(name);
    await entry.write(content);
    await entry.close();
  }

  /** Writes the central directory and its end record. Does not end the output: the caller owns it. */
  async finish(): Promise<void> {
    if (this.isEntryOpen) throw new Error('Cannot finish the ZIP: an entry is still open');
    const start = this.offset;
    checkZip32(start, 'the offset of the central directory');
    for (const record of this.records) await this.send(centralHeader(record, this.options.modified));
    checkZip32(this.offset - start, 'the size of the central directory');
    const count = this.records.length;
    // One disk: this disk, the directory's disk, entries here, entries in all, size, offset, comment length.
    await this.send(
      pack([
        [4, END_OF_DIRECTORY],
        [2, 0],
        [2, 0],
        [2, count],
        [2, count],
        [4, this.offset - start],
        [4, start],
        [2, 0],
      ]),
    );
  }

  /**
   * Room for a few chunks of input, so the next chunk is made while the thread pool compresses this
   * one. zlib streams pass stream options on to Transform; the ZlibOptions type does not list them.
   */
  private deflateOptions(): ZlibOptions {
    const options: ZlibOptions & TransformOptions = {
      level: this.options.level ?? constants.Z_DEFAULT_COMPRESSION,
      writableHighWaterMark: DEFLATE_INPUT_BYTES,
    };
    return options;
  }

  /** Deflated bytes go straight to the output; while it is full, the compressor waits (backpressure). */
  private forward(chunk: Buffer, deflate: DeflateRaw, record: EntryRecord): void {
    this.offset += chunk.length;
    record.compressed += chunk.length;
    if (this.output.write(chunk)) return;
    deflate.pause();
    whenDrained(this.output).then(
      () => deflate.resume(),
      (error: Error) => deflate.destroy(error),
    );
  }

  private async endEntry(record: EntryRecord, crc: number, size: number): Promise<void> {
    Object.assign(record, { crc, size });
    checkZip32(record.compressed, `the compressed size of ${record.name.toString('utf8')}`);
    await this.send(
      pack([
        [4, DATA_DESCRIPTOR],
        [4, crc],
        [4, record.compressed],
        [4, size],
      ]),
    );
    this.records.push(record);
    this.isEntryOpen = false;
  }

  private async send(bytes: Buffer): Promise<void> {
    this.offset += bytes.length;
    if (!this.output.write(bytes)) await whenDrained(this.output);
  }
}

/** One entry being written: text or bytes in, deflated on the way out. */
export class ZipEntry {
  private crc = 0;
  /** Uncompressed bytes so far. */
  size = 0;
  private failure: Error | null = null;

  constructor(
    readonly name: string,
    private readonly deflate: DeflateRaw,
    private readonly maxBytes: number,
    private readonly onEnd: (crc: number, size: number) => Promise<void>,
  ) {
    // A destroyed compressor (the output closed) must not crash the process with an unhandled 'error'.
    deflate.on('error', (error) => (this.failure ??= error));
  }

  async write(chunk: string | Buffer): Promise<void> {
    if (this.failure) throw this.failure;
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    if (this.size + bytes.length > this.maxBytes) {
      throw new Error(`ZIP entry ${this.name} would pass ${this.maxBytes} bytes, the ZIP32 limit; refusing to write a corrupt file`);
    }
    this.size += bytes.length;
    this.crc = crc32(bytes, this.crc);
    if (!this.deflate.write(bytes)) await whenDrained(this.deflate);
  }

  /** Flushes the compressor and writes the data descriptor. */
  async close(): Promise<void> {
    if (this.failure) throw this.failure;
    const ended = whenEvent(this.deflate, 'end');
    this.deflate.end();
    await ended;
    await this.onEnd(this.crc, this.size);
  }
}

type Field = readonly [bytes: 2 | 4, value: number];

/** A fixed-layout record, little-endian, its fields in the order APPNOTE's tables list them. */
function pack(fields: readonly Field[], tail: Buffer = Buffer.alloc(0)): Buffer {
  const buffer = Buffer.alloc(fields.reduce((sum, [bytes]) => sum + bytes, 0) + tail.length);
  let at = 0;
  for (const [bytes, value] of fields) at = bytes === 2 ? buffer.writeUInt16LE(value, at) : buffer.writeUInt32LE(value, at);
  tail.copy(buffer, at);
  return buffer;
}

/** Version needed to extract through the name's length: shared by the local and the central header. */
function commonFields(record: EntryRecord, modified: Date): Field[] {
  return [
    [2, VERSION],
    [2, FLAGS],
    [2, DEFLATED],
    [2, dosTime(modified)],
    [2, dosDate(modified)],
    [4, record.crc],
    [4, record.compressed],
    [4, record.size],
    [2, record.name.length],
    [2, 0],
  ];
}

/** The local header comes before the data, so its CRC and sizes are zero (flag bit 3). */
function localHeader(record: EntryRecord, modified: Date): Buffer {
  return pack([[4, LOCAL_HEADER], ...commonFields(record, modified)], record.name);
}

/** "Made by" MS-DOS 2.0 with all attributes zero; no comment; on disk 0; then where the local header is. */
function centralHeader(record: EntryRecord, modified: Date): Buffer {
  return pack(
    [[4, CENTRAL_HEADER], [2, VERSION], ...commonFields(record, modified), [2, 0], [2, 0], [2, 0], [4, 0], [4, record.offset]],
    record.name,
  );
}

function dosTime(date: Date): number {
  return (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1);
}

/** DOS dates start in 1980; an earlier date is stored as 1980-01-01. */
function dosDate(date: Date): number {
  if (date.getUTCFullYear() < 1980) return (1 << 5) | 1;
  return ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
}

function checkZip32(value: number, what: string): void {
  if (value > ZIP32_MAX) throw new Error(`${what} passes 4 GiB, the ZIP32 limit; refusing to write a corrupt file`);
}

function whenDrained(stream: Writable | DeflateRaw): Promise<void> {
  return whenEvent(stream, 'drain');
}

/** Resolves on the event; rejects if the stream fails or closes first (a client that hung up). */
function whenEvent(stream: Writable | DeflateRaw, event: 'drain' | 'end'): Promise<void> {
  if (stream.destroyed) return Promise.reject(stream.errored ?? new Error('The ZIP output closed before the archive was complete'));
  return new Promise((resolve, reject) => {
    const settle = (error?: Error) => {
      stream.off(event, onEvent).off('error', settle).off('close', onClose);
      if (error) reject(error);
      else resolve();
    };
    const onEvent = () => settle();
    const onClose = () => settle(stream.errored ?? new Error('The ZIP output closed before the archive was complete'));
    stream.once(event, onEvent).once('error', settle).once('close', onClose);
  });
}
