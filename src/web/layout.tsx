import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';

export interface PageMeta {
  readonly title: string;
  readonly description?: string;
  readonly kbVersion: string;
  readonly canonicalPath?: string;
}

/** The frame every page shares: landmarks, navigation, one main region, footer with attribution. */
export function Layout(props: { meta: PageMeta; children: Child }) {
  const { meta } = props;
  return (
    <>
      {raw('<!DOCTYPE html>')}
      <html lang="en">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{`${meta.title} · Pathway`}</title>
          <meta
            name="description"
            content={
              meta.description ?? 'Sourced, personal career-transition guides computed from one model.'
            }
          />
          {meta.canonicalPath ? <link rel="canonical" href={meta.canonicalPath} /> : null}
          <link rel="stylesheet" href="/assets/app.css" />
          <script src="/assets/app.js" defer />
        </head>
        <body>
          <a class="skip" href="#main">
            Skip to content
          </a>
          <header class="site">
            <div class="bar">
              <a class="brand" href="/">
                Pathway
              </a>
              <nav class="site" aria-label="Main">
                <a href="/roles">Roles</a> · <a href="/explore">Explore</a> · <a href="/path">Paths</a>
              </nav>
            </div>
          </header>
          <main id="main">{props.children}</main>
          <footer class="site">
            <div class="bar">
              <span>
                Knowledge base {meta.kbVersion}. U.S. pay and growth: Bureau of Labor Statistics (OEWS May
                2025, Employment Projections 2024–34). Occupation facts modified from O*NET 29.2 (USDOL/ETA),
                used under the CC BY 4.0 license; O*NET® is a trademark of USDOL/ETA.
              </span>
            </div>
          </footer>
        </body>
      </html>
    </>
  );
}
