import fc from 'fast-check';
import { expect, it } from 'vitest';
import { createApp } from '../src/server/createApp.tsx';
import { testDeps } from './testDeps.ts';

const app = createApp(testDeps());

const hostile = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom(
    '',
    '../../etc/passwd',
    '..%2F..%2F',
    "' OR 1=1 --",
    '"; DROP TABLE plans; --',
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '1e309',
    '-1',
    '0',
    '81',
    '99999999999999999999999',
    'NaN',
    'Infinity',
    '\u0000',
    '%00',
    '🙂',
    'python:4,sql:9',
    'python:4,,,:',
    'teacher',
    'Software Engineer',
    'ml engineer',
    '2027-02-30',
    '2027-01-04',
    'free',
    'x'.repeat(300),
  ),
  fc.integer({ min: -1_000_000, max: 1_000_000 }).map(String),
);

const queryParams = [
  'from',
  'to',
  'know',
  'hours',
  'budget',
  'salary',
  'start',
  'search',
  'family',
  'limit',
  'offset',
  'maxMonths',
  'minSalaryChange',
  'maxSteps',
];
const query = fc
  .array(fc.tuple(fc.constantFrom(...queryParams), hostile), { maxLength: 6 })
  .map((pairs) => pairs.map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join('&'));
const segment = hostile.map((value) => encodeURIComponent(value) || 'x');

const getPaths = fc.oneof(
  query.map((q) => `/api/v1/guides?${q}`),
  query.map((q) => `/api/v1/roles?${q}`),
  segment.map((s) => `/api/v1/roles/${s}`),
  segment.map((s) => `/api/v1/roles/${s}/hub`),
  segment.map((s) => `/api/v1/skills/${s}`),
  query.map((q) => `/api/v1/explore?${q}`),
  query.map((q) => `/api/v1/paths?${q}`),
  segment.map((s) => `/api/v1/plans/${s}`),
  fc.tuple(segment, segment, query).map(([a, b, q]) => `/transitions/${a}/${b}?${q}`),
  fc.tuple(segment, query).map(([a, q]) => `/transitions/${a}/data-analyst.json?${q}`),
  segment.map((s) => `/roles/${s}`),
  segment.map((s) => `/skills/${s}`),
  query.map((q) => `/explore?${q}`),
  query.map((q) => `/path?${q}`),
  query.map((q) => `/go?${q}`),
  segment.map((s) => `/plans/${s}`),
);

const jsonValue = fc.oneof(
  hostile,
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.dictionary(fc.string({ maxLength: 8 }), hostile, { maxKeys: 4 }),
);
const bodies = fc
  .oneof(
    fc.record({
      from: jsonValue,
      to: jsonValue,
      person: fc.option(
        fc.dictionary(fc.constantFrom('know', 'hours', 'budget', 'salary', 'start', 'x'), jsonValue),
        { nil: undefined },
      ),
    }),
    fc.record({ done: jsonValue }),
    jsonValue,
  )
  .map((value) => JSON.stringify(value));

const formFields = fc.array(
  fc.tuple(
    fc.constantFrom('from', 'to', 'know', 'hours', 'budget', 'salary', 'start', 'done', 'shown', 'was', 'x'),
    hostile,
  ),
  { maxLength: 8 },
);
const BOUNDARY = '----pathwayfuzz';
/** Form bodies as browsers send them, and broken ones: urlencoded, multipart, and multipart cut short or garbled. */
const formBodies = fc.oneof(
  formFields.map((fields) => ({
    contentType: 'application/x-www-form-urlencoded',
    body: new URLSearchParams(fields).toString(),
  })),
  fc
    .tuple(formFields, fc.constantFrom('whole', 'cut', 'no-end', 'wrong-boundary', 'garbage'))
    .map(([fields, damage]) => {
      const parts = fields.map(
        ([name, value]) =>
          `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
      );
      const whole = `${parts.join('')}--${BOUNDARY}--\r\n`;
      const body = {
        whole,
        cut: whole.slice(0, Math.floor(whole.length / 2)),
        'no-end': parts.join(''),
        'wrong-boundary': whole.replaceAll(BOUNDARY, 'other'),
        garbage: `\u0000\u00ff${whole.split('').reverse().join('')}`,
      }[damage];
      return { contentType: `multipart/form-data; boundary=${BOUNDARY}`, body };
    }),
);
const formPaths = fc.oneof(
  fc.constant('/plans'),
  segment.map((id) => `/plans/${id}/items`),
  segment.map((id) => `/plans/${id}/refresh`),
  segment.map((id) => `/plans/${id}/delete`),
);

const request = fc.oneof(
  {
    weight: 2,
    arbitrary: fc.tuple(formPaths, formBodies).map(([path, { contentType, body }]) => ({
      method: 'POST',
      path,
      body,
      contentType,
    })),
  },
  {
    weight: 6,
    arbitrary: getPaths.map((path) => ({ method: 'GET', path, body: undefined as string | undefined })),
  },
  { weight: 1, arbitrary: bodies.map((body) => ({ method: 'POST', path: '/api/v1/guides', body })) },
  { weight: 1, arbitrary: bodies.map((body) => ({ method: 'POST', path: '/api/v1/plans', body })) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(segment, segment, bodies)
      .map(([id, item, body]) => ({ method: 'PUT', path: `/api/v1/plans/${id}/items/${item}`, body })),
  },
  {
    weight: 1,
    arbitrary: segment.map((id) => ({
      method: 'DELETE',
      path: `/api/v1/plans/${id}`,
      body: undefined as string | undefined,
    })),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(segment, hostile).map(([id, raw]) => ({
      method: 'POST',
      path: `/plans/${id}/items`,
      body: `done=${encodeURIComponent(raw)}`,
    })),
  },
);

it('answers 2,000+ random and hostile requests across every route and form (JSON, urlencoded, multipart) without a 5xx or a stack trace', async () => {
  let count = 0;
  await fc.assert(
    fc.asyncProperty(request, async ({ method, path, body, ...rest }) => {
      count++;
      const contentType =
        'contentType' in rest && typeof rest.contentType === 'string'
          ? rest.contentType
          : path.startsWith('/plans/')
            ? 'application/x-www-form-urlencoded'
            : 'application/json';
      const response = await app.request(path, {
        method,
        headers: { 'content-type': contentType },
        ...(body === undefined ? {} : { body }),
      });
      const text = await response.text();
      expect(response.status, `${method} ${path}`).toBeLessThan(500);
      expect(text, `${method} ${path}`).not.toMatch(/\n\s+at \S+ \(/);
      if (path.startsWith('/api/') && response.status >= 400) {
        expect(response.headers.get('content-type'), `${method} ${path}`).toBe('application/problem+json');
      }
    }),
    { numRuns: 2100, seed: 20261124 },
  );
  expect(count).toBeGreaterThanOrEqual(2000);
}, 300_000);
