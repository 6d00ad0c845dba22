/**
 * Streaming plumbing for the large exports. Rows are written into text chunks of about 64 KB:
 * one enqueue, one UTF-8 encoding and one socket write per chunk instead of per row or per
 * megabyte-sized page. The web ReadableStream pulls only as fast as the client reads
 * (backpressure; at most a few chunks wait in its queue) and is closed early, stopping the
 * database reads, when the client leaves.
 */
export const CHUNK_CHARS = 64 * 1024;
const QUEUED_CHUNKS = 4;

/** The text of `head`, then of every item of every page, in chunks of about CHUNK_CHARS. */
export async function* chunked<T>(head: string, pages: AsyncIterable<Iterable<T>>, write: (item: T) => string): AsyncGenerator<string> {
  // The head goes out alone, so the download starts before the first page is read.
  if (head) yield head;
  let chunk = '';
  for await (const page of pages) {
    for (const item of page) {
      chunk += write(item);
      if (chunk.length >= CHUNK_CHARS) {
        yield chunk;
        chunk = '';
      }
    }
  }
  if (chunk) yield chunk;
}

export function streamText(chunks: AsyncIterable<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = chunks[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const { value, done } = await iterator.next();
          if (done) controller.close();
          else controller.enqueue(encoder.encode(value));
        } catch (error) {
          console.error('Export stream failed', error);
          controller.error(error);
        }
      },
      async cancel() {
        await iterator.return?.();
      },
    },
    new CountQueuingStrategy({ highWaterMark: QUEUED_CHUNKS }),
  );
}
