import { describe, expect, it } from 'vitest';
import { BusyError, InFlightLimit } from '../../src/operations/inFlightLimit.ts';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('InFlightLimit', () => {
  it('runs at most max at once, the rest in order, and refuses when too many wait', async () => {
    const limit = new InFlightLimit({ max: 2, maxWaiting: 2 });
    const gates = [deferred(), deferred(), deferred(), deferred()];
    const order: number[] = [];
    let peak = 0;
    let running = 0;
    const jobs = gates.map((g, i) =>
      limit.run(async () => {
        running++;
        peak = Math.max(peak, running);
        order.push(i);
        await g.promise;
        running--;
        return i;
      }),
    );
    await expect(limit.run(async () => 'never')).rejects.toMatchObject({ reason: 'queue-full' });
    expect(limit.inFlight).toBe(2);
    expect(limit.queued).toBe(2);
    for (const g of gates) g.resolve();
    expect(await Promise.all(jobs)).toEqual([0, 1, 2, 3]);
    expect(order).toEqual([0, 1, 2, 3]);
    expect(peak).toBe(2);
    expect(limit.inFlight).toBe(0);
  });

  it('refuses a question that waited too long', async () => {
    const limit = new InFlightLimit({ max: 1, maxWaitMs: 20 });
    const hold = deferred();
    const first = limit.run(() => hold.promise);
    await expect(limit.run(async () => 1)).rejects.toBeInstanceOf(BusyError);
    hold.resolve();
    await first;
  });

  it('close() refuses new work; drain() waits for the admitted (running and waiting)', async () => {
    const limit = new InFlightLimit({ max: 1 });
    const hold = deferred();
    const done: string[] = [];
    const a = limit.run(async () => {
      await hold.promise;
      done.push('a');
    });
    const b = limit.run(async () => {
      done.push('b');
    });
    limit.close();
    await expect(limit.run(async () => 'c')).rejects.toMatchObject({ reason: 'closed' });
    expect(await limit.drain(10)).toBe(false);
    const drained = limit.drain(1_000);
    hold.resolve();
    expect(await drained).toBe(true);
    await Promise.all([a, b]);
    expect(done).toEqual(['a', 'b']);
  });
});
