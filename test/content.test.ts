import { describe, expect, it } from 'vitest';
import { resolveRole } from '../src/app/resolveRole.ts';
import { kbStats } from '../src/domain/kb/kbStats.ts';
import { loadKnowledgeBase } from '../src/kb/loadKnowledgeBase.ts';
import { CONTENT_DIR, realKb } from './realKb.ts';

describe('the bundled knowledge base', () => {
  it('passes every validator rule', () => {
    const result = loadKnowledgeBase(CONTENT_DIR);
    expect(result.ok ? [] : result.problems.map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual([]);
  });

  it('is as large as KB v1 promises, with every figure sourced', () => {
    const stats = kbStats(realKb());
    expect(stats.roles).toBeGreaterThanOrEqual(40);
    expect(stats.skills).toBeGreaterThanOrEqual(150);
    expect(stats.resources).toBeGreaterThanOrEqual(250);
    expect(stats.certifications).toBeGreaterThanOrEqual(25);
    expect(stats.figuresSourced).toBe(stats.figures);
  });

  it('gives every role 8–20 skills, 4+ loves, 3+ challenges and 3+ projects', () => {
    for (const role of realKb().roles) {
      expect(role.skills.length, role.id).toBeGreaterThanOrEqual(8);
      expect(role.traits.love.length, role.id).toBeGreaterThanOrEqual(4);
      expect(role.traits.challenges.length, role.id).toBeGreaterThanOrEqual(3);
      expect(role.projects.length, role.id).toBeGreaterThanOrEqual(3);
    }
  });

  it('has the roles of the reference pages', () => {
    const kb = realKb();
    for (const title of [
      'Software Engineer',
      'Backend Developer',
      'Frontend Developer',
      'Full-Stack Developer',
      'Machine Learning Engineer',
      'AI Engineer',
      'Multimodal AI Engineer',
      'Data Scientist',
      'Data Analyst',
      'Data Engineer',
      'ML Researcher',
      'Quantitative Analyst',
      'AI Research Scientist',
      'Head of AI',
      'Staff ML Engineer',
      'AI Product Manager',
      'Product Manager',
      'AI Startup Founder',
      'Teacher',
      'Instructional Designer',
    ]) {
      expect(() => resolveRole(kb, title), title).not.toThrow();
    }
  });

  it('marks retired certifications as retired and never recommends them', () => {
    const kb = realKb();
    const retired = kb.certifications.filter((cert) => cert.status === 'retired');
    expect(retired.map((cert) => cert.id)).toContain('aws-certified-machine-learning-specialty');
    for (const role of kb.roles) {
      for (const id of role.certifications)
        expect(kb.certification.get(id)?.status, `${role.id} → ${id}`).toBe('active');
    }
  });
});

describe('role lookup', () => {
  it('resolves titles, slugs and aliases regardless of case and punctuation', () => {
    const kb = realKb();
    for (const name of [
      'ML Engineer',
      'machine learning engineer',
      'MLE',
      'machine-learning-engineer',
      '  ml engineer. ',
    ]) {
      expect(resolveRole(kb, name).id, name).toBe('machine-learning-engineer');
    }
  });

  it('suggests close matches for an unknown role', () => {
    try {
      resolveRole(realKb(), 'Sofware Engneer');
      expect.unreachable();
    } catch (error) {
      const suggestions = (error as { details: { suggestions: { id: string }[] } }).details.suggestions;
      expect(suggestions.map((s) => s.id)).toContain('software-engineer');
      expect(suggestions.length).toBeLessThanOrEqual(3);
    }
  });
});
