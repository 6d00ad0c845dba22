import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { crc32 } from 'node:zlib';
import JSZip from 'jszip';
import { ZipWriter } from '@/lib/export/zip-stream';

const MODIFIED = new Date('2024-05-06T07:08:10Z');

/** Collects what the writer sends, as a client reading the whole download would. */
function collectingOutput(): { output: PassThrough; bytes: () => Buffer } {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  return { output, bytes: () => Buffer.concat(chunks) };
}

/** Three entries: XML text in pieces, an empty one, and 1 MB that deflate cannot shrink, under a UTF-8 name. */
async function sampleArchive(output: Writable): Promise<Record<string, Buffer>> {
  const contents: Record<string, Buffer> = {
    'docs/a.xml': Buffer.from('<a>' + '<row>é &amp; 😀</row>'.repeat(5000) + '</a>'),
    'empty.txt': Buffer.alloc(0),
    'données/random.bin': randomBytes(1024 * 1024),
  };
  const zip = new ZipWriter(output, { modified: MODIFIED });
  for (const [name, content] of Object.entries(contents)) {
    const entry = await zip.startEntry(name);
    for (let at = 0; at < content.length; at += 100_000) await entry.write(content.subarray(at, at + 100_000));
    await entry.close();
  }
  await zip.finish();
  return contents;
}

describe('streaming ZIP writer', () => {
  it('writes an archive a ZIP reader opens, with the right contents and CRC-32s', async () => {
    const { output, bytes } = collectingOutput();
    const contents = await sampleArchive(output);
    const archive = await JSZip.loadAsync(bytes(), { checkCRC32: true });
    expect(Object.keys(archive.files).sort()).toEqual(Object.keys(contents).sort());
    for (const [name, content] of Object.entries(contents)) {
      const file = archive.file(name)!;
      expect(Buffer.from(await file.async('uint8array')).equals(content)).toBe(true);
      expect(file.date.toISOString()).toBe('2024-05-06T07:08:10.000Z');
    }
  });

  it('repeats CRC and sizes in a data descriptor after each entry, for readers that stream', async () => {
    const { output, bytes } = collectingOutput();
    const contents = await sampleArchive(output);
    const zip = bytes();
    // Walk the central directory (APPNOTE 4.3.12) from the end record, then check each entry's descriptor.
    let at = zip.readUInt32LE(zip.length - 22 + 16);
    for (let i = 0; i < zip.readUInt16LE(zip.length - 22 + 10); i++) {
      expect(zip.readUInt32LE(at)).toBe(0x02014b50);
      const [crc, compressed, size, nameLength] = [
        zip.readUInt32LE(at + 16),
        zip.readUInt32LE(at + 20),
        zip.readUInt32LE(at + 24),
        zip.readUInt16LE(at + 28),
      ];
      const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
      expect(crc).toBe(crc32(contents[name]));
      expect(size).toBe(contents[name].length);
      const local = zip.readUInt32LE(at + 42);
      expect(zip.readUInt16LE(local + 6) & 0x0808).toBe(0x0808);
      const descriptor = local + 30 + nameLength + compressed;
      expect([0, 4, 8, 12].map((offset) => zip.readUInt32LE(descriptor + offset))).toEqual([0x08074b50, crc, compressed, size]);
      at += 46 + nameLength;
    }
  });

  const hasUnzip = spawnSync('unzip', ['-v']).status === 0;
  (hasUnzip ? it : it.skip)('passes Info-ZIP `unzip -t` (CRC of every entry) and extracts the same bytes', async () => {
    const { output, bytes } = collectingOutput();
    const contents = await sampleArchive(output);
    const folder = mkdtempSync(path.join(tmpdir(), 'sitrep-zip-'));
    try {
      const file = path.join(folder, 'test.zip');
      writeFileSync(file, bytes());
      expect(execFileSync('unzip', ['-t', file], { encoding: 'utf8' })).toContain('No errors detected');
      const text = execFileSync('unzip', ['-p', file, 'docs/a.xml'], { maxBuffer: 16 * 1024 * 1024 });
      expect(text.equals(contents['docs/a.xml'])).toBe(true);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('waits for a slow output instead of buffering the archive', async () => {
    let maxBuffered = 0;
    const output = new Writable({
      highWaterMark: 16 * 1024,
      write(_chunk, _encoding, callback) {
        maxBuffered = Math.max(maxBuffered, this.writableLength);
        setTimeout(callback, 1);
      },
    });
    await sampleArchive(output);
    // Without backpressure most of the 1 MB random entry would sit in the output's buffer.
    expect(maxBuffered).toBeLessThan(128 * 1024);
  });

  it('refuses an entry past the ZIP32 size limit instead of writing a corrupt archive', async () => {
    const { output } = collectingOutput();
    const zip = new ZipWriter(output, { modified: MODIFIED, maxEntryBytes: 1000 });
    const entry = await zip.startEntry('big.xml');
    await entry.write('x'.repeat(1000));
    await expect(entry.write('x')).rejects.toThrow(/ZIP32 limit/);
  });

  it('fails instead of hanging when the output closes mid-way (a client that hung up)', async () => {
    const output = new Writable({ highWaterMark: 1024, write: () => undefined }); // never drains
    const zip = new ZipWriter(output, { modified: MODIFIED });
    const entry = await zip.startEntry('random.bin');
    const writing = (async () => {
      for (let i = 0; i < 100; i++) await entry.write(randomBytes(64 * 1024));
    })();
    setTimeout(() => output.destroy(), 20);
    await expect(writing).rejects.toThrow(/closed/);
  });

  it('writes entries one after another', async () => {
    const zip = new ZipWriter(collectingOutput().output, { modified: MODIFIED });
    await zip.startEntry('a.txt');
    await expect(zip.startEntry('b.txt')).rejects.toThrow(/still open/);
    await expect(zip.finish()).rejects.toThrow(/still open/);
  });

  it('writes an empty archive that readers accept', async () => {
    const { output, bytes } = collectingOutput();
    await new ZipWriter(output, { modified: MODIFIED }).finish();
    expect(bytes()).toHaveLength(22);
    expect(Object.keys((await JSZip.loadAsync(bytes())).files)).toEqual([]);
  });
});
