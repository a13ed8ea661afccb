import { createContext, useContext } from 'hono/jsx';

/**
 * Makes hono/jsx render with its synchronous context store instead of an AsyncLocalStorage. hono looks for
 * AsyncLocalStorage once, on first use, and renders every page inside it; on Node 20 that turns on async hooks
 * for the rest of the process, so after the first page every promise and socket write pays for context
 * propagation (/healthz: about 7 of 56 µs a request). Our views are synchronous and read no context after an
 * await, so hono's fallback for runtimes without AsyncLocalStorage renders them to the same bytes.
 * Call it before the first render; later calls change nothing.
 */
export function renderViewsSynchronously(): void {
  const { getBuiltinModule } = process;
  // hono finds AsyncLocalStorage through process.getBuiltinModule (or a CommonJS main module's require).
  process.getBuiltinModule = undefined as unknown as typeof getBuiltinModule;
  try {
    useContext(createContext(undefined));
  } finally {
    process.getBuiltinModule = getBuiltinModule;
  }
}
