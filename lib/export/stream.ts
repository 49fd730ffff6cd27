// A serialiser's pieces as a byte stream: pieces are gathered into chunks of about 16 kB, read only when the client
// pulls, so a large export never sits in memory as one string.
const CHUNK = 16 * 1024;

export function toStream(pieces: AsyncIterable<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = pieces[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      let buffered = "";
      while (buffered.length < CHUNK) {
        const next = await iterator.next();
        if (next.done) {
          if (buffered) controller.enqueue(encoder.encode(buffered));
          controller.close();
          return;
        }
        buffered += next.value;
      }
      controller.enqueue(encoder.encode(buffered));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}
