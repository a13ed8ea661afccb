import { describe, expect, it } from 'vitest';
import { exploreRoles } from '../src/app/exploreRoles.ts';
import { getGuide } from '../src/app/getGuide.ts';
import { listRoles } from '../src/app/listRoles.ts';
import { resolveRole } from '../src/app/resolveRole.ts';
import { medianEducation, pathwayLevel, singularTitle } from '../src/catalog/catalogRoles.ts';
import { buildGuide } from '../src/domain/guide/buildGuide.ts';
import { GuideSchema } from '../src/domain/guide/guideSchema.ts';
import { DEFAULT_PERSON } from '../src/domain/guide/person.ts';
import { buildHub } from '../src/domain/hub/buildHub.ts';
import { realKb } from './realKb.ts';

const kb = realKb({ catalog: true });
const generated = kb.roles.filter((role) => role.catalog);

describe('the model behind catalogue roles', () => {
  it('maps O*NET levels 0–7 onto Pathway levels 1–5', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7].map(pathwayLevel)).toEqual([1, 1, 1, 2, 3, 4, 4, 5]);
  });

  it('names occupations in the singular, keeping qualifiers after Except or Including', () => {
    expect(singularTitle('Registered Nurses')).toBe('Registered Nurse');
    expect(singularTitle('Paralegals and Legal Assistants')).toBe('Paralegal and Legal Assistant');
    expect(singularTitle('Helpers--Electricians')).toBe('Electrician Helper');
    expect(singularTitle('Janitors and Cleaners, Except Maids and Housekeeping Cleaners')).toBe(
      'Janitor and Cleaner, Except Maids and Housekeeping Cleaners',
    );
  });

  it("takes the median respondent's education category", () => {
    const occupation = { education: [0, 10, 0, 20, 10, 40, 0, 20, 0, 0, 0, 0] };
    expect(medianEducation(occupation as never)).toBe(6);
    expect(medianEducation({ education: null } as never)).toBeUndefined();
  });
});

describe('every occupation as a role', () => {
  it('adds a role for nearly every catalogue occupation, each with 8–20 skills, pay and growth', () => {
    expect(generated.length).toBeGreaterThanOrEqual(900);
    for (const role of generated) {
      expect(role.skills.length, role.id).toBeGreaterThanOrEqual(8);
      expect(role.skills.length, role.id).toBeLessThanOrEqual(20);
      for (const link of role.skills) expect(kb.skill.has(link.skill), `${role.id} ${link.skill}`).toBe(true);
      expect(role.salary.p25).toBeLessThanOrEqual(role.salary.median);
      expect(role.salary.median).toBeLessThanOrEqual(role.salary.p75);
      expect(role.salary.sourceIds).toEqual(['bls-oews-2025']);
    }
  });

  it('keeps the curated role for an occupation a curated role claims', () => {
    expect(generated.some((role) => role.catalog?.code === '29-1141.00')).toBe(false);
    expect(resolveRole(kb, 'Registered Nurses').id).toBe('registered-nurse');
  });

  it.each([
    ['RN', 'registered-nurse'],
    ['Staff Nurse', 'registered-nurse'],
    ['Paralegal', 'paralegal'],
    ['Web Developer', 'web-developer'],
    ['Truck Driver', 'heavy-and-tractor-trailer-truck-driver'],
    ['Electrician Apprentice', undefined],
    ['PhD Researcher', undefined],
  ])('resolves the job title "%s"', (title, id) => {
    const role = resolveRole(kb, title);
    if (id) expect(role.id).toBe(id);
    else expect(role.id).toMatch(/[a-z]/);
  });

  it('lists SOC and O*NET codes in the roles JSON, the exact title first', () => {
    const [first] = listRoles(kb, { search: 'Staff Nurse' });
    expect(first).toMatchObject({
      id: 'registered-nurse',
      soc: '29-1141',
      onet: '29-1141.00',
      reviewed: true,
    });
    const [truck] = listRoles(kb, { search: 'truck driver' });
    expect(truck).toMatchObject({ soc: '53-3032', reviewed: false, majorGroup: '53' });
  });

  it('counts a required licence or degree as a phase, and says so first', () => {
    const guide = getGuide(kb, { from: 'Paralegal', to: 'Lawyer' });
    expect(guide.credential?.name).toMatch(/Juris Doctor/);
    expect(guide.headline.timeline.minMonths).toBeGreaterThanOrEqual(36);
    const toManager = getGuide(kb, { from: 'Retail Salesperson', to: 'Medical and Health Services Manager' });
    expect(toManager.credential?.name).toMatch(/Bachelor/);
    // A registered nurse already holds a bachelor's degree.
    const fromNurse = getGuide(kb, { from: 'Registered Nurse', to: 'Medical and Health Services Manager' });
    expect(fromNurse.credential).toBeUndefined();
    expect(fromNurse.provenance).toMatchObject({ from: 'reviewed', to: 'catalog' });
    expect(fromNurse.provenance.note).toMatch(/O\*NET 29\.2/);
  });

  it('explores every occupation with filters on preparation, education, pay and growth', () => {
    const result = exploreRoles(kb, {
      from: 'Retail Salesperson',
      jobZone: '2',
      education: 'high-school',
      minPay: '40000',
      minGrowth: '0',
      limit: '25',
    });
    expect(result.results.length).toBeGreaterThan(5);
    expect(result.filters).toMatchObject({ maxJobZone: 2, maxEducation: 'high-school', minMedianPay: 40000 });
    for (const entry of result.results) {
      const role = kb.role.get(entry.role.id);
      expect(role?.jobZone, entry.role.id).toBeLessThanOrEqual(2);
      expect(role?.education, entry.role.id).toBeLessThanOrEqual(2);
      expect(role?.salary.median, entry.role.id).toBeGreaterThanOrEqual(40000);
      expect(role?.outlook.growthPct, entry.role.id).toBeGreaterThanOrEqual(0);
      // Residual "All Other" categories are never recommended.
      expect(role?.catalog?.code ?? '', entry.role.id).not.toMatch(/99\.00$/);
    }
    expect(() => exploreRoles(kb, { from: 'Retail Salesperson', education: 'phd' })).toThrow(
      /must be one of high-school, certificate/,
    );
  });

  it('builds valid guides for 10,000 random pairs, hubs for a sample, without error', () => {
    let seed = 15;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const targets = kb.roles.filter((role) => !role.startingPoint);
    for (let i = 0; i < 10_000; i++) {
      const from = kb.roles[Math.floor(next() * kb.roles.length)];
      const to = targets[Math.floor(next() * targets.length)];
      if (!from || !to || from.id === to.id) continue;
      const guide = buildGuide(kb, from, to, DEFAULT_PERSON);
      if (i % 500 === 0) GuideSchema.parse(guide);
      expect(guide.headline.timeline.minMonths).toBeGreaterThan(0);
    }
    for (const role of generated.slice(0, 5)) expect(buildHub(kb, role).role.reviewed).toBe(false);
  }, 120_000);
});
