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

  it('is as large as KB v2 promises, with every figure sourced', () => {
    const stats = kbStats(realKb());
    expect(stats.roles).toBeGreaterThanOrEqual(80);
    expect(stats.skills).toBeGreaterThanOrEqual(150);
    expect(stats.resources).toBeGreaterThanOrEqual(250);
    expect(stats.certifications).toBeGreaterThanOrEqual(25);
    expect(stats.figuresSourced).toBe(stats.figures);
  });

  it('gives every role 12–20 skills (a starting point 8+), 4+ loves, 3+ challenges and 3+ projects', () => {
    for (const role of realKb().roles) {
      expect(role.skills.length, role.id).toBeGreaterThanOrEqual(role.startingPoint ? 8 : 12);
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

  it('resolves the plain names people type for a role', () => {
    const kb = realKb();
    const expected: Record<string, string> = {
      'Web Developer': 'web-developer',
      'PhD Researcher': 'academic-researcher',
      'Cybersecurity Analyst': 'security-analyst',
      'SOC Analyst': 'security-analyst',
      'Test Automation Engineer': 'software-development-engineer-in-test',
      'Prompt Engineer': 'ai-engineer',
      'HR Generalist': 'hr-generalist',
      'Compliance Officer': 'compliance-analyst',
      'store manager': 'retail-manager',
      RN: 'registered-nurse',
      attorney: 'lawyer',
      beginner: 'no-experience',
    };
    for (const [name, id] of Object.entries(expected)) expect(resolveRole(kb, name).id, name).toBe(id);
  });

  it('gives every skill a role needs topics and two resources, one of them free', () => {
    const kb = realKb();
    const needed = new Set(
      kb.roles.flatMap((role) =>
        role.skills.filter((link) => link.importance !== 'nice').map((link) => link.skill),
      ),
    );
    for (const id of needed) {
      const resources = kb.resourcesBySkill.get(id) ?? [];
      expect(Object.values(kb.skill.get(id)?.topics ?? {}).flat().length, id).toBeGreaterThanOrEqual(5);
      expect(resources.length, id).toBeGreaterThanOrEqual(2);
      expect(
        resources.some((resource) => resource.costUsd === 0),
        id,
      ).toBe(true);
    }
  });

  it('shares a salary between roles only when they share the occupation it comes from', () => {
    const bySalary = new Map<string, Set<string>>();
    for (const role of realKb().roles) {
      const key = `${role.salary.p25}/${role.salary.median}/${role.salary.p75}`;
      bySalary.set(key, new Set([...(bySalary.get(key) ?? []), role.salary.soc]));
    }
    for (const [figures, socs] of bySalary) expect(socs.size, figures).toBe(1);
  });
});
