import { describe, expect, it } from 'vitest';
import { AppError } from './appError.ts';
import { ExploreRequestSchema } from './exploreRoles.ts';
import { GuideRequestSchema } from './getGuide.ts';
import { PathRequestSchema } from './getPath.ts';
import { RoleListRequestSchema } from './listRoles.ts';
import { parseRequest } from './parseRequest.ts';

const refusal = (run: () => unknown): { field: string | undefined; message: string } => {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError && error.code === 'invalid-input') {
      return { field: error.details.field, message: error.message };
    }
    throw error;
  }
  throw new Error('the request was accepted');
};

// zod's own wording ("Invalid input: expected number, received NaN", "Too big: expected …") never reaches a person.
const ZOD_WORDING = /Invalid (input|option)|Too (big|small)|expected|received/;

describe('request schemas: one per use case, with the public names and Pathway’s own messages', () => {
  const move = { from: 'Teacher', to: 'Data Analyst' };

  it.each([
    [GuideRequestSchema, { to: 'Data Analyst' }, 'from', /both from .* and to .* are required/],
    [GuideRequestSchema, { from: 'Teacher', to: '  ' }, 'to', /both from .* and to .* are required/],
    [GuideRequestSchema, { from: ['Teacher', 'Nurse'], to: 'Data Analyst' }, 'from', /one role name/],
    [GuideRequestSchema, { from: 'x'.repeat(201), to: 'Data Analyst' }, 'from', /at most 200 characters/],
    [GuideRequestSchema, { ...move, hours: 'lots' }, 'hours', /must be a number/],
    [GuideRequestSchema, { ...move, hours: '0x10' }, 'hours', /must be a number/],
    [GuideRequestSchema, { ...move, hours: true }, 'hours', /must be a number/],
    [GuideRequestSchema, { ...move, hours: '0' }, 'hours', /at least 1/],
    [GuideRequestSchema, { ...move, hours: 81 }, 'hours', /at most 80/],
    [GuideRequestSchema, { ...move, budget: 'cheap' }, 'budget', /"free" or "any"/],
    [GuideRequestSchema, { ...move, salary: '-5' }, 'salary', /positive amount/],
    [GuideRequestSchema, { ...move, salary: 20_000_000 }, 'salary', /at most 10,000,000/],
    [GuideRequestSchema, { ...move, start: '2027-02-30' }, 'start', /calendar date/],
    [GuideRequestSchema, { ...move, start: '1999-12-31' }, 'start', /between 2000-01-01 and 2099-12-31/],
    [GuideRequestSchema, { ...move, know: 42 }, 'know', /skill:level pairs/],
    [PathRequestSchema, { ...move, maxSteps: '9' }, 'maxSteps', /whole number from 1 to 4/],
    [PathRequestSchema, { ...move, maxSteps: '2.5' }, 'maxSteps', /whole number from 1 to 4/],
    [ExploreRequestSchema, {}, 'from', /current role \(from\) or known skills \(know\)/],
    [ExploreRequestSchema, { from: 'Teacher', maxMonths: 'soon' }, 'maxMonths', /whole number from 1 to 120/],
    [ExploreRequestSchema, { from: 'Teacher', minSalaryChange: '900' }, 'minSalaryChange', /-100 to 500/],
    [ExploreRequestSchema, { from: 'Teacher', family: 'wizardry' }, 'family', /must be one of software/],
    [ExploreRequestSchema, { from: 'Teacher', limit: '0' }, 'limit', /whole number from 1 to 100/],
    [RoleListRequestSchema, { search: 'x'.repeat(300) }, 'search', /this one has 300/],
  ])('%#: refuses %j naming %s', (schema, input, field, message) => {
    const refused = refusal(() => parseRequest(schema, input));
    expect(refused.field).toBe(field);
    expect(refused.message).toMatch(message);
    expect(refused.message).not.toMatch(ZOD_WORDING);
  });

  it('reads numbers written as text, and a blank value as one not given', () => {
    expect(parseRequest(GuideRequestSchema, { ...move, hours: ' 12.5 ', salary: '60000' })).toMatchObject({
      hours: 12.5,
      salary: 60000,
    });
    const blank = parseRequest(GuideRequestSchema, {
      ...move,
      hours: '',
      budget: ' ',
      salary: '',
      start: '',
    });
    expect([blank.hours, blank.budget, blank.salary, blank.start]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(parseRequest(PathRequestSchema, { ...move, maxSteps: '' }).maxSteps).toBe(3);
    expect(parseRequest(ExploreRequestSchema, { know: 'python', limit: undefined }).limit).toBe(10);
  });
});
