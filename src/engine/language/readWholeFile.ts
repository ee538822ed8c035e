// Reads a file in one request to the thread pool, where fs.readFile asks for it 512 KiB at a time,
// each chunk waiting for this thread to ask for the next: a read started before synchronous work (the
// snapshot's checks, say) then proceeds during that work instead of stalling behind it, and a large
// file comes in faster (the 114 MB snapshot of 100,000 documents: ~370 ms against ~410 ms here).
import { open } from 'node:fs/promises';

export async function readWholeFile(file: URL | string): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    const bytes = Buffer.allocUnsafeSlow(size);
    let filled = 0;
    while (filled < size) {
      const { bytesRead } = await handle.read(bytes, filled, size - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return filled === size ? bytes : bytes.subarray(0, filled);
  } finally {
    await handle.close();
  }
}
