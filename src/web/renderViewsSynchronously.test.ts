import { AsyncLocalStorage } from 'node:async_hooks';
import { jsx } from 'hono/jsx';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Layout } from './layout.tsx';
import { renderViewsSynchronously } from './renderViewsSynchronously.ts';

describe('renderViewsSynchronously', () => {
  afterEach(() => vi.restoreAllMocks());

  it('renders a page, its head and SVG included, without entering an AsyncLocalStorage', () => {
    renderViewsSynchronously();
    const run = vi.spyOn(AsyncLocalStorage.prototype, 'run');
    const chart = jsx('svg', { viewBox: '0 0 10 10' }, jsx('rect', { width: 5, height: 10, strokeWidth: 2 }));
    const page = jsx(Layout, { meta: { title: 'Charts', kbVersion: '1.0.0', canonicalPath: '/c' } }, chart);
    const html = page.toString();
    expect(run).not.toHaveBeenCalled();
    expect(html).toContain('<title>Charts · Pathway</title>');
    expect(html).toContain('<link rel="canonical" href="/c"/>');
    expect(html).toContain('stroke-width="2"');
    expect(typeof process.getBuiltinModule).toBe('function');
  });
});
