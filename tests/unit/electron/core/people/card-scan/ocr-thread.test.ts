import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createOcrThread } from '../../../../../../electron/core/people/card-scan/ocr-thread';
import { tempDir } from '../../../../helpers/temp-dir';

/**
 * The thread's lifecycle against a small stand-in for ocr-worker.cjs that speaks its
 * protocol: it answers 'start', and a 'page' request whose first byte is 1 kills the
 * thread as a WebAssembly abort would. The real worker is read in the card tests.
 */
function standIn(): string {
  const file = path.join(tempDir(), 'stand-in-worker.cjs');
  fs.writeFileSync(
    file,
    `const { parentPort } = require('node:worker_threads');
parentPort.on('message', (m) => {
  if (m.type === 'start') return parentPort.postMessage({ id: m.id, charsets: { spa: ['ñ'] } });
  if (m.png[0] === 1) process.exit(1);
  setTimeout(() => parentPort.postMessage({ id: m.id, lines: [{ text: 'read ' + m.png[0], confidence: 90, box: { x0: 0, y0: 0, x1: 1, y1: 1 }, words: [] }] }), 20);
});`,
  );
  return file;
}

const options = { page: ['fra'], lines: ['spa'], pageParameters: {}, lineParameters: {} };
const png = (first: number) => Buffer.from([first, 2, 3]);

describe('the OCR thread', () => {
  it('starts a new thread for the requests after one that died, failing only the request it died on', async () => {
    const thread = createOcrThread(standIn(), options);
    const dying = thread.readPage(png(1));
    const queued = thread.readPage(png(5));
    await expect(dying).rejects.toThrow(/stopped/u);
    expect((await queued)[0]!.text).toBe('read 5');
    expect((await thread.readPage(png(6)))[0]!.text).toBe('read 6');
    await thread.close();
  });

  it('after close, fails what still waits and starts nothing new', async () => {
    const thread = createOcrThread(standIn(), options);
    await thread.readPage(png(4));
    const running = thread.readPage(png(7));
    const queued = thread.readPage(png(8));
    await thread.close();
    await expect(running).rejects.toThrow();
    await expect(queued).rejects.toThrow(/closed/u);
    await expect(thread.readPage(png(9))).rejects.toThrow(/closed/u);
  });
});
