import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const ConfigSchema = z.object({
  contentDir: z.string().min(1),
  port: z.coerce.number().int().min(0).max(65_535),
  host: z.string().min(1),
  dataDir: z.string().min(1),
  databaseUrl: z.string().startsWith('postgres').optional(),
  noColor: z.boolean(),
  rateLimitPerMinute: z.coerce.number().int().min(0),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'silent']),
});
export type Config = z.infer<typeof ConfigSchema>;

/** The one place that reads the environment; everything below receives a parsed Config. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return ConfigSchema.parse({
    contentDir: resolve(env.PATHWAY_CONTENT_DIR ?? join(projectRoot, 'content')),
    port: env.PORT ?? 3000,
    host: env.HOST ?? '127.0.0.1',
    dataDir: resolve(env.DATA_DIR ?? 'data'),
    databaseUrl: env.DATABASE_URL || undefined,
    noColor: env.NO_COLOR !== undefined && env.NO_COLOR !== '',
    rateLimitPerMinute: env.API_RATE_LIMIT ?? 600,
    logLevel: env.LOG_LEVEL ?? 'info',
  });
}
