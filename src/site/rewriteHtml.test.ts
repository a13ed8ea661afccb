import { describe, expect, it } from 'vitest';
import { type LinkPolicy, rewriteHtml } from './rewriteHtml.ts';
import type { LinkTarget } from './sitePages.ts';

const known: Record<string, LinkTarget> = {
  '/': 'page',
  '/roles': 'page',
  '/roles/teacher': 'page',
  '/skills/sql': 'page',
  '/explore': 'page',
  '/transitions/teacher/data-analyst': 'page',
  '/transitions/teacher/data-analyst.md': 'file',
  '/assets/app.css': 'file',
  '/go': 'server',
  '/plans': 'server',
  '/skills/extract': 'server',
};
const policy = (url: string, more: Partial<LinkPolicy> = {}): LinkPolicy => ({
  url,
  target: (path) => known[path],
  ...more,
});
const rewrite = (html: string, url = '/roles/teacher/', more: Partial<LinkPolicy> = {}) =>
  rewriteHtml(html, policy(url, more));

describe('rewriteHtml', () => {
  it('makes root-relative links relative to the page folder, pages as folders and files as files', () => {
    const { html, unresolved } = rewrite(
      '<a href="/">Home</a><a href="/skills/sql">SQL</a><a href="/roles/teacher#faq">FAQ</a>' +
        '<link rel="stylesheet" href="/assets/app.css"/><a href="https://example.org/x">out</a><a href="#main">skip</a>',
    );
    expect(html).toBe(
      '<a href="../../">Home</a><a href="../../skills/sql/">SQL</a><a href="./#faq">FAQ</a>' +
        '<link rel="stylesheet" href="../../assets/app.css"/><a href="https://example.org/x">out</a><a href="#main">skip</a>',
    );
    expect(unresolved).toEqual([]);
  });

  it('puts exports beside their guide and links from the root and from 404.html without leaving the site', () => {
    expect(
      rewrite(
        '<a href="/transitions/teacher/data-analyst.md" download="">md</a>',
        '/transitions/teacher/data-analyst/',
      ).html,
    ).toBe('<a href="../data-analyst.md" download="">md</a>');
    expect(rewrite('<a href="/">Home</a><a href="/roles">Roles</a>', '/').html).toBe(
      '<a href="./">Home</a><a href="roles/">Roles</a>',
    );
    expect(rewrite('<a href="/">Home</a><a href="/roles">Roles</a>', '/404.html').html).toBe(
      '<a href="./">Home</a><a href="roles/">Roles</a>',
    );
  });

  it('makes links and the canonical absolute under --base-url, and drops the canonical without it', () => {
    const page =
      '<link rel="canonical" href="/roles/teacher"/><a href="/skills/sql#top">SQL</a><a href="/">Home</a>';
    expect(rewrite(page, '/roles/teacher/', { baseUrl: 'https://example.org/pathway/' }).html).toBe(
      '<link rel="canonical" href="https://example.org/pathway/roles/teacher/"/>' +
        '<a href="https://example.org/pathway/skills/sql/#top">SQL</a><a href="https://example.org/pathway/">Home</a>',
    );
    expect(rewrite(page).html).toBe('<a href="../../skills/sql/#top">SQL</a><a href="../../">Home</a>');
  });

  it('unwraps links that need a server to their text, or points them at --app-url', () => {
    const page = '<p>See <a href="/explore?from=Teacher&amp;know=excel">roles for a <b>teacher</b></a>.</p>';
    expect(rewrite(page, '/explore/').html).toBe('<p>See roles for a <b>teacher</b>.</p>');
    expect(rewrite(page, '/explore/', { appUrl: 'https://app.example/' }).html).toBe(
      '<p>See <a href="https://app.example/explore?from=Teacher&amp;know=excel">roles for a <b>teacher</b></a>.</p>',
    );
  });

  it('replaces forms by a note naming them, or sends GET forms to --app-url and notes the POST ones', () => {
    const page =
      '<h1>Guide</h1><form method="post" action="/plans"><input type="hidden" name="to" value="x"/>' +
      '<button type="submit">Save this plan</button></form><details><summary>Personalize</summary>' +
      '<form method="get" action="/transitions/teacher/data-analyst"><details><summary>nested</summary></details>' +
      '<button type="submit">Update my plan</button><a href="/transitions/teacher/data-analyst">Reset</a></form>' +
      '<form method="post" action="/skills/extract"><textarea name="text"></textarea><button>Find my <b>skills</b></button>' +
      '</form></details><form action="/go"><input name="q"/></form><p>after</p>';
    const note = (what: string) =>
      `<p class="notice" data-static-note="">${what} the running Pathway app; this copy of the site is static.</p>`;
    expect(rewrite(page, '/transitions/teacher/data-analyst/').html).toBe(
      `<h1>Guide</h1>${note('“Save this plan” needs')}<details><summary>Personalize</summary>` +
        `${note('“Update my plan” and “Find my skills” need')}</details>${note('This form needs')}<p>after</p>`,
    );
    const live = rewrite(page, '/transitions/teacher/data-analyst/', { appUrl: 'https://app.example/' }).html;
    expect(live).toContain(
      '<form method="get" action="https://app.example/transitions/teacher/data-analyst">',
    );
    expect(live).toContain('<a href="./">Reset</a>');
    expect(live).toContain('<form action="https://app.example/go">');
    expect(live).not.toContain('method="post"');
    expect(live).toContain(
      '“Find my skills” needs the running Pathway app: <a href="https://app.example/transitions/teacher/data-analyst">open this page there</a>.',
    );
  });

  it('drops the live view count', () => {
    expect(rewrite('<h1>x</h1><p class="muted" data-views="">0 views</p><p>y</p>').html).toBe(
      '<h1>x</h1><p>y</p>',
    );
  });

  it('reports links to paths the site does not have, so a gap in the page list fails the build', () => {
    const { html, unresolved } = rewrite(
      '<a href="/roles/astronaut">Astronaut</a><script src="/assets/gone.js"></script>',
    );
    expect(unresolved).toEqual(['/roles/astronaut', '/assets/gone.js']);
    expect(html).toContain('href="/roles/astronaut"');
  });

  it('leaves text, escaped attributes and the doctype as they were', () => {
    const page =
      '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/><title>A &amp; B</title></head>' +
      '<body><p title="&quot;q&quot; &lt;x&gt;">1 &lt; 2</p><svg viewBox="0 0 1 1"><rect width="1"/></svg></body></html>';
    expect(rewrite(page).html).toBe(page);
  });
});
