import { describe, expect, it } from 'vitest';
import { jobReadyLevel } from './jobReady.ts';

describe('jobReadyLevel', () => {
  it('hires core skills a level below advanced and expert work, and at the role level up to working', () => {
    expect([1, 2, 3, 4, 5].map((level) => jobReadyLevel({ level, importance: 'core' }))).toEqual([
      1, 2, 3, 3, 4,
    ]);
  });
  it('hires important skills at working level at most, one below the role from working up', () => {
    expect([1, 2, 3, 4, 5].map((level) => jobReadyLevel({ level, importance: 'important' }))).toEqual([
      1, 2, 2, 3, 3,
    ]);
  });
  it('asks basic level at most of nice-to-have skills', () => {
    expect([1, 2, 3, 4, 5].map((level) => jobReadyLevel({ level, importance: 'nice' }))).toEqual([
      1, 2, 2, 2, 2,
    ]);
  });
  it('lets a role state its own hiring level, never above the role level', () => {
    expect(jobReadyLevel({ level: 4, importance: 'core', hireLevel: 4 })).toBe(4);
    expect(jobReadyLevel({ level: 3, importance: 'core', hireLevel: 5 })).toBe(3);
    expect(jobReadyLevel({ level: 4, importance: 'important', hireLevel: 2 })).toBe(2);
  });
});
