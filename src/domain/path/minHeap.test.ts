import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MinHeap } from './minHeap.ts';

describe('MinHeap', () => {
  it('pops every pushed item, least first, whatever the order of pushes and pops', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: -50, max: 50 }), fc.constant('pop' as const))),
        (ops) => {
          const heap = new MinHeap<number>((a, b) => a - b);
          const shadow: number[] = [];
          for (const op of ops) {
            if (op === 'pop') {
              shadow.sort((a, b) => a - b);
              expect(heap.pop()).toBe(shadow.shift());
            } else {
              heap.push(op);
              shadow.push(op);
            }
            expect(heap.size).toBe(shadow.length);
          }
        },
      ),
    );
  });
});
