import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const ConfigSchema = z.object({
  contentDir: z.string().min(1),
  /** A validated copy of the KB read instead of content/ while content/ is unchanged; unset: always validate. */
  kbSnapshot: z.string().min(1).optional(),
  port: z.coerce.number().int().min(0).max(65_535),
  host: z.string().min(1),
  dataDir: z.string().min(1),
  databaseUrl: z.string().startsWith('postgres').optional(),
  noColor: z.boolean(),
  rateLimitPerMinute: z.coerce.number().int().min(0),
  pageRateLimitPerMinute: z.coerce.number().int().min(0),
  /** Where people reach the site (behind a proxy: its https address); shareable links are built from it. */
  publicUrl: z
    .url({ protocol: /^https?$/, error: 'PUBLIC_URL must be an http(s) URL such as https://pathway.example' })
    .optional(),
  /** How many reverse proxies in front append to X-Forwarded-For; 0 trusts no forwarded header. */
  trustProxy: z.coerce.number().int().min(0).max(10),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'silent']),
});
export type Config = z.infer<typeof ConfigSchema>;

/** TRUST_PROXY: unset, "false" or 0 → none; "true" → one proxy; a number → that many proxies. */
function trustProxyHops(value: string | undefined): string | number {
  if (value === undefined || value === '' || value === 'false') return 0;
  return value === 'true' ? 1 : value;
}

/** The one place that reads the environment; everything below receives a parsed Config. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return ConfigSchema.parse({
    contentDir: resolve(env.PATHWAY_CONTENT_DIR ?? join(projectRoot, 'content')),
    kbSnapshot: env.KB_SNAPSHOT ? resolve(env.KB_SNAPSHOT) : undefined,
    port: env.PORT ?? 3000,
    host: env.HOST ?? '127.0.0.1',
    dataDir: resolve(env.DATA_DIR ?? 'data'),
    databaseUrl: env.DATABASE_URL || undefined,
    noColor: env.NO_COLOR !== undefined && env.NO_COLOR !== '',
    rateLimitPerMinute: env.API_RATE_LIMIT ?? 600,
    pageRateLimitPerMinute: env.PAGE_RATE_LIMIT ?? 1200,
    publicUrl: env.PUBLIC_URL || undefined,
    trustProxy: trustProxyHops(env.TRUST_PROXY),
    logLevel: env.LOG_LEVEL ?? 'info',
  });
}
