import { describe, expect, it } from 'vitest';
import { realKb } from '../../test/realKb.ts';
import { parseKnownSkills } from './parsePersonInput.ts';

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
