import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { realKb } from '../../test/realKb.ts';
import type { KnowledgeBase } from '../domain/kb/knowledgeBase.ts';
import { memoryKb } from '../domain/testing/memoryKb.ts';
import { AppError } from './appError.ts';
import { parseKnownSkills, parsePersonInput } from './parsePersonInput.ts';
import { parseRequest } from './parseRequest.ts';
import { PersonRequestSchema } from './requestFields.ts';

/** What a surface receives: text or numbers, checked by the request schema, then resolved against the KB. */
type PersonInput = z.input<typeof PersonRequestSchema>;

describe('parseKnownSkills reads skills the way people write them', () => {
  const kb = realKb();
  it('keeps skill:level and accepts spaces, = and level words', () => {
    expect(parseKnownSkills(kb, 'python:4, SQL: 3')).toEqual({ python: 4, sql: 3 });
    expect(parseKnownSkills(kb, 'Python (advanced), sql=2, Excel (intermediate)')).toEqual({
      python: 4,
      sql: 2,
      excel: 3,
    });
  });
  it('reads a bare skill as held at working level', () => {
    expect(parseKnownSkills(kb, 'python, excel')).toEqual({ python: 3, excel: 3 });
  });
  it('still names a bad level or an unknown skill with suggestions', () => {
    expect(() => parseKnownSkills(kb, 'python:9')).toThrow(/level in "python:9"/);
    expect(() => parseKnownSkills(kb, 'python (guru)')).toThrow(/level in "python \(guru\)"/);
    expect(() => parseKnownSkills(kb, 'pyton')).toThrow(/unknown skill "pyton".*Did you mean: Python/);
  });
});

describe('parsePersonInput on a small KB', () => {
  const base = memoryKb({
    skills: {
      python: { name: 'Python', aliases: ['py'] },
      sql: { name: 'SQL' },
      excel: { name: 'Excel' },
    },
    roles: {},
  });
  // Suggestions: skills whose name starts like the unknown word (the real KB injects a fuzzy search).
  const kb: KnowledgeBase = {
    ...base,
    searchSkills: (query, limit) =>
      base.skills
        .filter((skill) => skill.name.toLowerCase().startsWith(query.slice(0, 2).toLowerCase()))
        .map((skill) => skill.id)
        .slice(0, limit),
  };
  const parse = (input: PersonInput) => parsePersonInput(kb, parseRequest(PersonRequestSchema, input));
  /** The error a bad input gets: its code, the field it names and its message. */
  function failure(input: PersonInput) {
    try {
      parse(input);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      return { code: error.code, field: error.details.field, message: error.message };
    }
    throw new Error(`accepted ${JSON.stringify(input)}`);
  }
  const invalid = (field: string, message: string) => ({ code: 'invalid-input', field, message });

  it('gives the defaults for no input, and treats empty strings as no input', () => {
    const defaults = { known: {}, hoursPerWeek: 10, budget: 'any' };
    expect(parse({})).toEqual(defaults);
    expect(parse({ know: '', hours: '', budget: '', salary: '', start: '' })).toEqual(defaults);
  });

  it('reads every field from strings or numbers', () => {
    expect(
      parse({
        know: 'python:4, SQL: 3',
        hours: '12.5',
        budget: 'free',
        salary: '60000',
        start: '2027-01-04',
      }),
    ).toEqual({
      known: { python: 4, sql: 3 },
      hoursPerWeek: 12.5,
      budget: 'free',
      currentSalary: 60000,
      startDate: '2027-01-04',
    });
    expect(parse({ know: { Python: 4, sql: '0' }, hours: 80, salary: 1 })).toMatchObject({
      known: { python: 4, sql: 0 },
      hoursPerWeek: 80,
      currentSalary: 1,
    });
  });

  it('reads aliases, level words and a bare skill as working level', () => {
    expect(parse({ know: 'py=expert, excel (intermediate), sql' }).known).toEqual({
      python: 5,
      excel: 3,
      sql: 3,
    });
  });

  it.each([
    ['python:9', 'level in "python:9" must be a whole number from 0 to 5'],
    ['python:2.5', 'level in "python:2.5" must be a whole number from 0 to 5'],
    ['python:-1', 'level in "python:-1" must be a whole number from 0 to 5'],
    ['sql, python (guru)', 'level in "python (guru)" must be a whole number from 0 to 5'],
  ])('names the know field for the level in %s', (know, message) => {
    expect(failure({ know })).toEqual(invalid('know', message));
  });

  it('names the know field for a level out of range in an object', () => {
    expect(failure({ know: { python: 7 } })).toEqual(
      invalid('know', 'level in "python: 7" must be a whole number from 0 to 5'),
    );
  });

  it('names an unknown skill, with the skills it may have meant', () => {
    expect(failure({ know: 'sql:2, pyton:3' })).toEqual(
      invalid('know', 'unknown skill "pyton" in "pyton:3". Did you mean: Python?'),
    );
    expect(failure({ know: 'zzz' })).toEqual(invalid('know', 'unknown skill "zzz" in "zzz".'));
  });

  it('refuses more than 200 known skills', () => {
    expect(failure({ know: Array.from({ length: 201 }, () => 'python').join(',') })).toEqual(
      invalid('know', 'at most 200 known skills'),
    );
  });

  it.each([
    ['0', 'must be at least 1'],
    ['0.5', 'must be at least 1'],
    ['-5', 'must be at least 1'],
    ['81', 'must be at most 80'],
    ['abc', 'must be a number'],
    ['10 hours', 'must be a number'],
  ])('names the hours field for %s', (hours, message) => {
    expect(failure({ hours })).toEqual(invalid('hours', message));
  });

  it('accepts 1 to 80 hours a week', () => {
    expect(parse({ hours: '1' }).hoursPerWeek).toBe(1);
    expect(parse({ hours: ' 80 ' }).hoursPerWeek).toBe(80);
  });

  it.each(['cheap', 'FREE', 'paid'])('names the budget field for %s', (budget) => {
    expect(failure({ budget })).toEqual(invalid('budget', 'must be "free" or "any"'));
  });

  it.each([
    ['-3', 'must be a positive amount'],
    ['0', 'must be a positive amount'],
    ['60k', 'must be a number'],
    ['$60,000', 'must be a number'],
  ])('names the salary field for %s', (salary, message) => {
    expect(failure({ salary })).toEqual(invalid('salary', message));
  });

  it('refuses a salary above ten million', () => {
    expect(failure({ salary: 10_000_001 })).toMatchObject({ code: 'invalid-input', field: 'salary' });
    expect(parse({ salary: 10_000_000 }).currentSalary).toBe(10_000_000);
  });

  it.each([
    ['2027-13-01', 'must be a real calendar date written YYYY-MM-DD'],
    ['2027-02-30', 'must be a real calendar date written YYYY-MM-DD'],
    ['04/01/2027', 'must be a real calendar date written YYYY-MM-DD'],
    ['1999-12-31', 'must be between 2000-01-01 and 2099-12-31'],
    ['2100-01-01', 'must be between 2000-01-01 and 2099-12-31'],
  ])('names the start field for %s', (start, message) => {
    expect(failure({ start })).toEqual(invalid('start', message));
  });

  it('accepts a leap day and the ends of the start-date range', () => {
    expect(parse({ start: '2028-02-29' }).startDate).toBe('2028-02-29');
    expect(parse({ start: '2000-01-01' }).startDate).toBe('2000-01-01');
    expect(parse({ start: '2099-12-31' }).startDate).toBe('2099-12-31');
  });
});
