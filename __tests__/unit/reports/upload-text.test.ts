import { buildPdf } from '@/__tests__/helpers/minimal-pdf';
import { readUploadedReport } from '@/lib/reports/upload-text';
import { MAX_REPORT_BYTES } from '@/lib/reports/limits';

function fileOf(name: string, content: string | Buffer | Uint8Array) {
  return new File([typeof content === 'string' ? content : new Uint8Array(content)], name);
}

describe('readUploadedReport', () => {
  it('reads the text of a real PDF, page after page', async () => {
    const pdf = buildPdf([['On Wednesday alone, 15 trucks left Northbrook.'], ['About 2,000 people arrived at Camp Seven.']]);
    const result = await readUploadedReport(fileOf('report.pdf', pdf));
    expect(result).toEqual({
      ok: true,
      text: 'On Wednesday alone, 15 trucks left Northbrook.\n\nAbout 2,000 people arrived at Camp Seven.',
    });
  });

  it('says a scanned PDF has no text layer', async () => {
    const result = await readUploadedReport(fileOf('scan.pdf', buildPdf([[]])));
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/no text layer.*scan/i) });
  });

  it('says a damaged PDF cannot be opened', async () => {
    const result = await readUploadedReport(fileOf('broken.pdf', '%PDF-1.4 this is not really a pdf'));
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/could not be opened/) });
  });

  it('strips HTML to its text, dropping scripts and styles', async () => {
    const html =
      '<html><head><title>t</title><style>p{}</style></head><body><p>12 trucks</p><script>alert(1)</script><p>left &amp; returned</p></body></html>';
    expect(await readUploadedReport(fileOf('r.html', html))).toEqual({ ok: true, text: '12 trucks\n\nleft & returned' });
  });

  it('reads UTF-8 text and markdown, falling back to Windows-1252', async () => {
    expect(await readUploadedReport(fileOf('r.md', '# Update\r\n\r\n\r\n\r\nAbout  40 families'))).toEqual({
      ok: true,
      text: '# Update\n\nAbout 40 families',
    });
    const latin = Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x31, 0x32]); // "Café 12" in Windows-1252
    expect(await readUploadedReport(fileOf('r.txt', latin))).toEqual({ ok: true, text: 'Café 12' });
  });

  it('refuses other types, binary data, empty files and files over the limit', async () => {
    expect(await readUploadedReport(fileOf('r.docx', 'x'))).toEqual({ ok: false, message: expect.stringMatching(/\.txt, \.md/) });
    expect(await readUploadedReport(fileOf('r.txt', Buffer.from([0x41, 0x00, 0x42])))).toEqual({
      ok: false,
      message: expect.stringMatching(/could not be read as text/),
    });
    expect(await readUploadedReport(fileOf('r.txt', ''))).toEqual({ ok: false, message: expect.stringMatching(/empty/) });
    const huge = { name: 'big.txt', size: MAX_REPORT_BYTES + 1, arrayBuffer: async () => new ArrayBuffer(0) };
    expect(await readUploadedReport(huge)).toEqual({ ok: false, message: expect.stringMatching(/larger than 5 MB/) });
  });
});
