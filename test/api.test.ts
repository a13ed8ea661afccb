import { gunzipSync } from 'node:zlib';
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  CreatedPlanSchema,
  ExploreResultSchema,
  GuideSchema,
  HubSchema,
  PathSchema,
  PlanSchema,
  ProblemSchema,
  RoleDetailSchema,
  RoleListSchema,
  SkillDetailSchema,
  TickResultSchema,
} from '../src/server/api/apiSchemas.ts';
import { createApp } from '../src/server/createApp.tsx';
import { realKb } from './realKb.ts';
import { recordingLogger, testDeps } from './testDeps.ts';

const app = createApp(testDeps());
// biome-ignore lint/suspicious/noExplicitAny: the OpenAPI document is walked generically
type Json = any;
const read = async (response: Response | Promise<Response>): Promise<Json> => (await response).json();
const send = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
  app.request(path, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

const SUCCESS_SCHEMAS: Record<string, z.ZodType> = {
  'get /api/v1/guides': GuideSchema,
  'post /api/v1/guides': GuideSchema,
  'get /api/v1/roles': RoleListSchema,
  'get /api/v1/roles/{id}': RoleDetailSchema,
  'get /api/v1/roles/{id}/hub': HubSchema,
  'get /api/v1/skills/{id}': SkillDetailSchema,
  'get /api/v1/explore': ExploreResultSchema,
  'get /api/v1/paths': PathSchema,
  'post /api/v1/plans': CreatedPlanSchema,
  'get /api/v1/plans/{id}': PlanSchema,
  'put /api/v1/plans/{id}/items/{itemId}': TickResultSchema,
};

describe('the OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const doc = await read(app.request('/api/openapi.json'));
    expect(doc.openapi).toBe('3.1.0');
    const result = await new Validator().validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('shows numeric parameters as numbers with their ranges, and enums as enums', async () => {
    const doc = await read(app.request('/api/openapi.json'));
    const parameter = (path: string, name: string) =>
      doc.paths[path].get.parameters.find((p: Json) => p.name === name).schema;
    expect(parameter('/api/v1/roles', 'limit')).toMatchObject({ type: 'integer', minimum: 1, maximum: 100 });
    expect(parameter('/api/v1/roles', 'offset')).toMatchObject({ type: 'integer', minimum: 0 });
    expect(parameter('/api/v1/paths', 'maxSteps')).toMatchObject({ type: 'integer', minimum: 1, maximum: 4 });
    expect(parameter('/api/v1/explore', 'maxMonths')).toMatchObject({
      type: 'integer',
      minimum: 1,
      maximum: 120,
    });
    expect(parameter('/api/v1/guides', 'hours')).toMatchObject({ type: 'number', minimum: 1, maximum: 80 });
    expect(parameter('/api/v1/guides', 'budget')).toMatchObject({ enum: ['free', 'any'] });
    expect(parameter('/api/v1/guides', 'start')).toMatchObject({ type: 'string', format: 'date' });
  });

  it('describes every route, and every route answers as documented (contract walk)', async () => {
    const doc = await read(app.request('/api/openapi.json'));
    const plan = await read(send('POST', '/api/v1/plans', { from: 'Teacher', to: 'Data Analyst' }));
    const planView = await read(app.request(`/api/v1/plans/${plan.id}`));
    const values: Record<string, string> = { id: plan.id, itemId: planView.items[0].id };
    let walked = 0;
    for (const [path, methods] of Object.entries<Record<string, Json>>(doc.paths)) {
      for (const [method, operation] of Object.entries<Json>(methods)) {
        if (method === 'delete') continue;
        const key = `${method} ${path}`;
        const params: Json[] = operation.parameters ?? [];
        const isPlanRoute = path.startsWith('/api/v1/plans');
        const url = path.replace(/\{(\w+)\}/g, (_, name: string) => {
          const example = params.find((p) => p.name === name)?.schema?.example;
          return encodeURIComponent(isPlanRoute ? (values[name] ?? String(example)) : String(example));
        });
        const query = new URLSearchParams();
        for (const parameter of params.filter(
          (p) => p.in === 'query' && (p.required || ['from', 'hours'].includes(p.name)),
        )) {
          query.set(parameter.name, String(parameter.schema.example));
        }
        const bodyExample = {
          'post /api/v1/guides': {
            from: 'Software Engineer',
            to: 'AI Engineer',
            person: { know: { python: 4 } },
          },
          'post /api/v1/plans': { from: 'Teacher', to: 'Data Analyst' },
          'put /api/v1/plans/{id}/items/{itemId}': { done: true },
          'post /api/v1/skills/extract': { text: 'Skills: Python (advanced), SQL, Tableau' },
        }[key as 'post /api/v1/plans'];
        const response = await send(
          method.toUpperCase(),
          `${url}${query.size ? `?${query}` : ''}`,
          bodyExample,
        );
        expect(Object.keys(operation.responses), key).toContain(String(response.status));
        expect(response.status, key).toBeLessThan(300);
        const schema = SUCCESS_SCHEMAS[key];
        if (schema) expect(schema.safeParse(await response.json()).success, key).toBe(true);
        walked++;
      }
    }
    expect(walked).toBeGreaterThanOrEqual(11);
    expect((await send('DELETE', `/api/v1/plans/${plan.id}`)).status).toBe(204);
  });

  it('is served with a human-readable page at /api', async () => {
    const html = await (await app.request('/api')).text();
    expect(html).toContain('GET /api/v1/guides');
    expect(html).toContain('/api/openapi.json');
  });
});

describe('API errors and limits', () => {
  const problem = async (response: Response, status: number, field?: string) => {
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    const body = ProblemSchema.parse(await response.json());
    if (field) expect(body.field).toBe(field);
    return body;
  };

  it('answers unknown roles with suggestions and bad values naming the field', async () => {
    const unknown = await problem(
      await app.request('/api/v1/guides?from=Sofware%20Engneer&to=AI%20Engineer'),
      404,
      'from',
    );
    expect(unknown.suggestions?.[0]?.id).toBe('software-engineer');
    await problem(await app.request('/api/v1/guides?from=teacher&to=data-analyst&hours=0'), 400, 'hours');
    await problem(await app.request('/api/v1/guides?from=teacher'), 400, 'to');
    await problem(await app.request('/api/v1/roles?family=wizards'), 400, 'family');
    await problem(await app.request('/api/v1/roles?limit=1000'), 400, 'limit');
    await problem(
      await app.request('/api/v1/paths?from=teacher&to=data-analyst&maxSteps=9'),
      400,
      'maxSteps',
    );
    await problem(await app.request('/api/v1/skills/quantum-knitting'), 404, 'skill');
    await problem(await app.request('/api/v1/nothing-here'), 404);
  });

  it('rejects duplicated parameters, too many known skills, oversized bodies and long query strings with 400', async () => {
    await problem(await app.request('/api/v1/guides?from=teacher&from=nurse&to=data-analyst'), 400);
    const know = Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`skill-${i}`, 3]));
    await problem(
      await send('POST', '/api/v1/guides', { from: 'Teacher', to: 'Data Analyst', person: { know } }),
      400,
      'know',
    );
    const huge = { from: 'Teacher', to: 'Data Analyst', person: { know: 'x'.repeat(70_000) } };
    await problem(await send('POST', '/api/v1/guides', huge), 400, 'body');
    await problem(await app.request(`/api/v1/roles?search=${'a'.repeat(9000)}`), 400, 'query');
    await problem(
      await send('POST', '/api/v1/guides', { from: 'Teacher', to: 'Data Analyst', colour: 'blue' }),
      400,
    );
  });

  it('accepts a long skill list by POST', async () => {
    const skills = ['python', 'sql', 'statistics', 'excel', 'data-visualization', 'pandas'];
    const guide = await read(
      send('POST', '/api/v1/guides', {
        from: 'Teacher',
        to: 'Data Analyst',
        person: { know: Object.fromEntries(skills.map((s) => [s, 4])), hours: 15 },
      }),
    );
    expect(GuideSchema.parse(guide).person.hoursPerWeek).toBe(15);
  });

  it('answers a repeated guide query from its cache with the same UTF-8 bytes, plain and gzipped', async () => {
    const path = '/api/v1/guides?from=teacher&to=instructional-designer&hours=7';
    const first = await app.request(path);
    const text = await first.text();
    expect(GuideSchema.parse(JSON.parse(text)).person.hoursPerWeek).toBe(7);
    expect(text).toMatch(/[^\n\x20-\x7e]/);
    for (const encoding of ['identity', 'gzip', 'identity']) {
      const again = await app.request(path, { headers: { 'accept-encoding': encoding } });
      expect(again.headers.get('content-type')).toMatch(/^application\/json/);
      const bytes = Buffer.from(await again.arrayBuffer());
      const body = again.headers.get('content-encoding') === 'gzip' ? gunzipSync(bytes) : bytes;
      expect(body.toString('utf8')).toBe(text);
    }
  });

  it('allows cross-origin GETs, with ETags and 304s', async () => {
    const response = await app.request('/api/v1/roles/ai-engineer/hub', {
      headers: { origin: 'https://bootcamp.example' },
    });
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const etag = response.headers.get('etag') ?? '';
    expect(etag).toContain(realKb().kbVersion);
    expect(response.headers.get('cache-control')).toMatch(/max-age=300/);
    expect(
      (await app.request('/api/v1/roles/ai-engineer/hub', { headers: { 'if-none-match': etag } })).status,
    ).toBe(304);
    const preflight = await app.request('/api/v1/guides', {
      method: 'OPTIONS',
      headers: { origin: 'https://bootcamp.example', 'access-control-request-method': 'GET' },
    });
    expect(preflight.status).toBeLessThan(300);
  });

  it('limits requests per client with 429 and Retry-After when configured', async () => {
    const limited = createApp(testDeps({ rateLimitPerMinute: 5 }));
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 7; i++) {
      last = await limited.request('/api/v1/roles');
      statuses.push(last.status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
    expect(Number(last?.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(last?.headers.get('content-type')).toBe('application/problem+json');
    expect((await limited.request('/')).status).toBe(200);
  });

  it('logs request id, status and duration, but never the query (known skills, salary)', async () => {
    const { entries, logger } = recordingLogger();
    const logged = createApp(testDeps({ logger }));
    const response = await logged.request(
      '/api/v1/guides?from=teacher&to=data-analyst&salary=87654&know=python:3',
      {
        headers: { 'x-request-id': 'trace-123' },
      },
    );
    expect(response.headers.get('x-request-id')).toBe('trace-123');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      requestId: 'trace-123',
      method: 'GET',
      path: '/api/v1/guides',
      status: 200,
    });
    expect(typeof entries[0]?.durationMs).toBe('number');
    expect(JSON.stringify(entries)).not.toMatch(/87654|python/);
    // A plan's id is its only key: the log names the route, never the id.
    await logged.request('/api/v1/plans/AAAAAAAAAAAAAAAAAAAAAAAA');
    await logged.request('/plans/BBBBBBBBBBBBBBBBBBBBBBBB/items', { method: 'POST' });
    expect(entries.map((entry) => entry.path)).toContain('/api/v1/plans/:id');
    expect(entries.map((entry) => entry.path)).toContain('/plans/:id/items');
    expect(JSON.stringify(entries)).not.toMatch(/AAAAAAAA|BBBBBBBB/);
  });
});
