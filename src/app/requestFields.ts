import { z } from 'zod';
import {
  BudgetSchema,
  CurrentSalarySchema,
  DEFAULT_PERSON,
  HOURS_PER_WEEK,
  HoursPerWeekSchema,
  StartDateSchema,
} from '../domain/guide/person.ts';
import { FAMILIES } from '../domain/kb/schemas.ts';
import { MAX_NAME_LENGTH } from './names.ts';

// The parameters people send, as a query string, CLI flags, a form or JSON carries them, each with Pathway's own
// message for every way it can be wrong (zod's generic ones never reach a person).

/** A value left blank (an empty form field or flag) is a value not given. */
const blankIsAbsent = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

const DECIMAL = /^[+-]?\d+(\.\d+)?$/;

/** A number as text or JSON: blank is not given, and text that is not a plain decimal is not a number. */
function numeric(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const text = value.trim();
  if (text === '') return undefined;
  return DECIMAL.test(text) ? Number(text) : Number.NaN;
}

/** `schema` for a number that may arrive as text (query, form, flag); the OpenAPI document shows `schema`. */
export function numberParam<T extends z.ZodType>(schema: T) {
  return z.preprocess(numeric, schema);
}

/** A text parameter whose blank value means "not given". */
export function textParam<T extends z.ZodType>(schema: T) {
  return z.preprocess(blankIsAbsent, schema);
}

export function wholeNumber(min: number, max: number) {
  const message = `must be a whole number from ${min} to ${max}`;
  return z.number({ error: message }).int(message).min(min, message).max(max, message);
}

export function numberBetween(min: number, max: number) {
  const message = `must be a number from ${min} to ${max}`;
  return z.number({ error: message }).min(min, message).max(max, message);
}

const tooLong = (what: string) => (issue: { input?: unknown }) =>
  `a ${what} name is at most ${MAX_NAME_LENGTH} characters (this one has ${String(issue.input).length.toLocaleString('en-US')})`;

/** The message when either role of a move is missing, on every surface. */
export const BOTH_ROLES = 'both from (your current role) and to (the role you want) are required';

/** A role's title, id or alias; `missing` says what to do when it is not given. */
export function roleName(example: string, missing = BOTH_ROLES) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? missing : 'must be one role name') })
    .trim()
    .min(1, missing)
    .max(MAX_NAME_LENGTH, { error: tooLong('role') })
    .meta({ description: 'Role title, id or alias.', example });
}

/** A search query over role names. */
export const RoleSearchParam = z
  .string({ error: 'must be one search text' })
  .trim()
  .max(MAX_NAME_LENGTH, { error: tooLong('role') })
  .meta({ example: 'data' });

export const FamilyParam = textParam(
  z.enum(FAMILIES, { error: `must be one of ${FAMILIES.join(', ')}` }).optional(),
).meta({ example: 'data-and-ai' });

const KNOWN_SKILLS_EXAMPLE = 'python:4,sql:3';
const MAX_KNOWN_SKILLS_TEXT = 8000;

/** Known skills as people write them: "python:4, SQL (advanced), excel". Names are resolved by the app. */
export const KnownSkillsText = z
  .string({ error: `must be skill:level pairs, e.g. ${KNOWN_SKILLS_EXAMPLE}` })
  .max(MAX_KNOWN_SKILLS_TEXT, `is at most ${MAX_KNOWN_SKILLS_TEXT.toLocaleString('en-US')} characters`)
  .meta({
    description: 'Known skills as skill:level pairs (0–5), comma-separated.',
    example: KNOWN_SKILLS_EXAMPLE,
  });

/** Known skills as JSON may also be an object of skill name → level. */
export const KnownSkillsParam = z
  .union(
    [
      KnownSkillsText,
      z.record(
        z.string().max(MAX_NAME_LENGTH, { error: tooLong('skill') }),
        z.union([z.number(), z.string().max(5)]),
      ),
    ],
    { error: `must be skill:level pairs, e.g. ${KNOWN_SKILLS_EXAMPLE}, or an object like { "python": 4 }` },
  )
  .meta({ example: { python: 4, sql: 3 } });

/** A JSON object's own message for a key it does not know or for not being an object. */
const jsonObject = (issue: { code: string; keys?: string[] }) =>
  issue.code === 'unrecognized_keys'
    ? `unknown field${issue.keys?.length === 1 ? '' : 's'} ${issue.keys?.map((key) => `"${key}"`).join(', ')}`
    : 'must be a JSON object';

/** `shape` as a JSON body: unknown fields are refused by name. */
export function jsonBody<T extends z.ZodRawShape>(shape: T) {
  return z.strictObject(shape, { error: jsonObject });
}

/** What a person may say about themselves on every surface: the public names `know`, `hours`, … (DESIGN §2). */
export const PersonRequestSchema = jsonBody({
  know: KnownSkillsParam.optional(),
  hours: numberParam(HoursPerWeekSchema.optional()).meta({
    description: `Hours per week, ${HOURS_PER_WEEK.min}–${HOURS_PER_WEEK.max} (default ${DEFAULT_PERSON.hoursPerWeek}).`,
    example: 10,
  }),
  budget: textParam(BudgetSchema.optional()).meta({
    description: '"free" or "any" (default any).',
    example: 'free',
  }),
  salary: numberParam(CurrentSalarySchema.optional()).meta({
    description: 'Current salary in USD.',
    example: 120000,
  }),
  start: textParam(StartDateSchema.optional()).meta({
    description: 'Start date, YYYY-MM-DD.',
    example: '2027-01-04',
  }),
}).meta({ id: 'PersonInput' });
