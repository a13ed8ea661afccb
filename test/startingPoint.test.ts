import { describe, expect, it } from 'vitest';
import { AppError } from '../src/app/appError.ts';
import { exploreRoles } from '../src/app/exploreRoles.ts';
import { getGuide } from '../src/app/getGuide.ts';
import { getHub } from '../src/app/getHub.ts';
import { getPath } from '../src/app/getPath.ts';
import { realKb } from './realKb.ts';

describe('starting from scratch ("No experience")', () => {
  const kb = realKb();

  it('resolves from the names people type', () => {
    for (const name of [
      'No experience',
      'beginner',
      'Career starter',
      'student',
      'new grad',
      'career changer',
    ]) {
      const guide = getGuide(kb, { from: name, to: 'Data Analyst' });
      expect(guide.from.id, name).toBe('no-experience');
    }
  });

  it('gives a full plan with nothing to miss and no job-specific skill carried over', () => {
    const guide = getGuide(kb, { from: 'No experience', to: 'Data Analyst' });
    expect(guide.skillsToLearn.length).toBeGreaterThan(3);
    expect(guide.realityCheck.miss).toEqual([]);
    expect(guide.notes.realityCheckMiss).toMatch(/not leaving a job behind/);
    expect(guide.headline.timeline.totalWeeks).toBeGreaterThan(
      getGuide(kb, { from: 'Accountant', to: 'Data Analyst' }).headline.timeline.totalWeeks,
    );
  });

  it('is never a target: guides, paths, explore and hubs leave it out', () => {
    const refuse = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return error instanceof AppError ? `${error.code}:${String(error.details.field)}` : 'other';
      }
      return 'accepted';
    };
    expect(refuse(() => getGuide(kb, { from: 'Teacher', to: 'No experience' }))).toBe('invalid-input:to');
    expect(refuse(() => getPath(kb, { from: 'Teacher', to: 'beginner' }))).toBe('invalid-input:to');
    const explored = exploreRoles(kb, { from: 'Teacher' });
    expect(explored.results.map((entry) => entry.role.id)).not.toContain('no-experience');
    const hub = getHub(kb, 'No experience');
    expect(hub.into.sources).toEqual([]);
    expect(hub.outOf.length).toBeGreaterThan(0);
    expect(getHub(kb, 'Data Analyst').outOf.map((entry) => entry.role.id)).not.toContain('no-experience');
  });
});
