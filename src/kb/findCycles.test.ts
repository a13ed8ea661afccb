import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findCycles } from './findCycles.ts';

const graph = (edges: Record<string, string[]>) => new Map(Object.entries(edges));

/** Kahn's algorithm: a graph has a cycle exactly when some node can never be taken off in topological order. */
function hasCycle(edges: ReadonlyMap<string, readonly string[]>): boolean {
  const indegree = new Map([...edges.keys()].map((node) => [node, 0]));
  for (const targets of edges.values())
    for (const next of targets) if (indegree.has(next)) indegree.set(next, (indegree.get(next) ?? 0) + 1);
  const ready = [...indegree].filter(([, count]) => count === 0).map(([node]) => node);
  let removed = 0;
  while (ready.length > 0) {
    const node = ready.pop() as string;
    removed++;
    for (const next of edges.get(node) ?? []) {
      if (!indegree.has(next)) continue;
      const count = (indegree.get(next) ?? 0) - 1;
      indegree.set(next, count);
      if (count === 0) ready.push(next);
    }
  }
  return removed < edges.size;
}

describe('findCycles', () => {
  it('finds nothing in an empty graph or one without cycles', () => {
    expect(findCycles(new Map())).toEqual([]);
    // A diamond reaches d twice without a cycle.
    expect(findCycles(graph({ a: ['b', 'c'], b: ['d'], c: ['d'], d: [] }))).toEqual([]);
  });

  it('reports a self-loop as a node that leads back to itself', () => {
    expect(findCycles(graph({ a: ['a'] }))).toEqual([['a', 'a']]);
    expect(findCycles(graph({ a: ['b'], b: ['b'] }))).toEqual([['b', 'b']]);
  });

  it('reports a cycle once, closed, starting from its smallest id', () => {
    expect(findCycles(graph({ b: ['a'], a: ['b'] }))).toEqual([['a', 'b', 'a']]);
    // Entered at c from a, the cycle c → d → b → c is rotated to start at b.
    expect(findCycles(graph({ a: ['c'], b: ['c'], c: ['d'], d: ['b'] }))).toEqual([['b', 'c', 'd', 'b']]);
    // Repeated edges close the same cycle twice; it is still reported once.
    expect(findCycles(graph({ a: ['b', 'b'], b: ['a', 'a'] }))).toEqual([['a', 'b', 'a']]);
  });

  it('reports separate cycles each', () => {
    expect(findCycles(graph({ a: ['b'], b: ['a'], c: ['d'], d: ['c'], e: ['e'] }))).toEqual([
      ['a', 'b', 'a'],
      ['c', 'd', 'c'],
      ['e', 'e'],
    ]);
  });

  it('ignores edges to ids the graph does not hold', () => {
    expect(findCycles(graph({ a: ['missing'], b: ['a', 'also-missing'] }))).toEqual([]);
  });

  it('reports a cycle exactly when the graph has one, and only real cycles', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    const graphs = fc
      .dictionary(fc.constantFrom(...ids), fc.array(fc.constantFrom(...ids, 'x'), { maxLength: 3 }))
      .map((edges) => graph(edges));
    fc.assert(
      fc.property(graphs, (edges) => {
        const cycles = findCycles(edges);
        expect(cycles.length > 0).toBe(hasCycle(edges));
        expect(new Set(cycles.map((cycle) => cycle.join('>'))).size).toBe(cycles.length);
        for (const cycle of cycles) {
          const nodes = cycle.slice(0, -1);
          expect(cycle.at(-1)).toBe(cycle[0]);
          expect(new Set(nodes).size).toBe(nodes.length);
          expect(cycle[0]).toBe([...nodes].sort()[0]);
          cycle.slice(1).forEach((next, i) => {
            expect(edges.get(cycle[i] as string)).toContain(next);
          });
        }
      }),
      { numRuns: 300 },
    );
  });
});
