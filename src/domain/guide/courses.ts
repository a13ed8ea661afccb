import { fitsLanguages } from '../kb/fitsLanguages.ts';
import type { KnowledgeBase } from '../kb/knowledgeBase.ts';
import type { Resource, Role } from '../kb/schemas.ts';
import type { Gap } from './assessSkills.ts';
import { hoursTo } from './hours.ts';
import type { Person } from './person.ts';
import { pickResources } from './pickResources.ts';

/**
 * A gap can never shrink below this share of its own hours through a shared course: each skill still needs some
 * practice of its own after the lectures it shares with another skill.
 */
export const OWN_PRACTICE_SHARE = 0.25;

/**
 * A course's published hours cover its lessons and exercises; about a quarter more goes to practising on your
 * own problems. Shared-course hours use the published length times this factor.
 */
export const PRACTICE_FACTOR = 1.25;

/** A course takes a learner to about working level: the share of that climb a gap needs is its share of the course. */
export const COURSE_LEVEL = 3;

const COURSE_KINDS: ReadonlySet<Resource['kind']> = new Set(['course', 'book']);

/** A gap with the resources chosen to close it and the hours it adds once shared courses count once. */
export interface LearningGap extends Gap {
  /** Hours this gap adds to the plan (`standaloneHours` less what a shared course already covers). */
  readonly hours: number;
  readonly standaloneHours: number;
  /** The best 1–2 resources, the shared course first when there is one. */
  readonly resources: readonly Resource[];
  /** Set when one course closes this gap together with others; its hours are counted once, under `withSkills[0]`. */
  readonly sharedCourse?: { readonly resource: Resource; readonly withSkills: readonly string[] };
}

/**
 * The target's required (core and important) skills and their prerequisites: the skills a course is judged on.
 * Nice-to-have skills stay out, so adding or removing an optional extra never regroups the required plan.
 */
function scopeOf(kb: KnowledgeBase, target: Role): Set<string> {
  const scope = new Set(target.skills.filter((link) => link.importance !== 'nice').map((link) => link.skill));
  for (const id of [...scope]) for (const p of kb.skill.get(id)?.prerequisites ?? []) scope.add(p);
  return scope;
}

const assignments = new WeakMap<KnowledgeBase, Map<string, ReadonlyMap<string, Resource>>>();

/**
 * Which course or book teaches which of a target's skills, chosen once per target and budget by greedy set cover:
 * the course covering the most still-unassigned skills of the scope first (then free, shorter, id), until no
 * course covers two. It never depends on what the person knows, so knowing more can only remove gaps from a
 * shared course, never regroup them (the plan stays monotonic).
 */
function courseAssignment(
  kb: KnowledgeBase,
  target: Role,
  budget: Person['budget'],
): ReadonlyMap<string, Resource> {
  const byTarget = assignments.get(kb) ?? new Map<string, ReadonlyMap<string, Resource>>();
  assignments.set(kb, byTarget);
  const key = `${budget}|${target.id}|${target.skills.map((link) => `${link.skill}:${link.importance}`).join(',')}`;
  const cached = byTarget.get(key);
  if (cached) return cached;
  const unassigned = scopeOf(kb, target);
  const targetSkills = new Set(target.skills.map((link) => link.skill));
  const candidates = new Map<string, Resource>();
  for (const skill of unassigned) {
    for (const resource of kb.resourcesBySkill.get(skill) ?? []) {
      const affordable = budget === 'any' || resource.costUsd === 0;
      if (COURSE_KINDS.has(resource.kind) && affordable && fitsLanguages(resource, skill, targetSkills)) {
        candidates.set(resource.id, resource);
      }
    }
  }
  const assignment = new Map<string, Resource>();
  const covers = (resource: Resource) => resource.skills.filter((id) => unassigned.has(id));
  for (;;) {
    const [best] = [...candidates.values()].sort(
      (a, b) =>
        covers(b).length - covers(a).length ||
        Number(a.costUsd > 0) - Number(b.costUsd > 0) ||
        a.hours - b.hours ||
        a.id.localeCompare(b.id),
    );
    const covered = best ? covers(best) : [];
    if (!best || covered.length < 2) break;
    for (const skill of covered) {
      assignment.set(skill, best);
      unassigned.delete(skill);
    }
    candidates.delete(best.id);
  }
  byTarget.set(key, assignment);
  return assignment;
}

/**
 * DESIGN §5.4 (amended): chooses resources for every gap and counts a course that closes several gaps once.
 * Gaps sharing a course are ranked by hours; the first pays its own hours, each other pays only what it needs
 * beyond the course's hours (published length × PRACTICE_FACTOR), and never less than OWN_PRACTICE_SHARE of its
 * own. The group never costs less than the course's hours prorated to the share of its skills the person needs
 * (each counted by how much of the climb to working level its gap is).
 * Required and optional gaps share separately, so optional extras never shorten the headline.
 */
export function chooseCourses(
  kb: KnowledgeBase,
  target: Role,
  gaps: readonly Gap[],
  person: Person,
  heldLanguages: readonly string[] = [],
): LearningGap[] {
  const languages = new Set([...target.skills.map((link) => link.skill), ...heldLanguages]);
  const assignment = courseAssignment(kb, target, person.budget);
  const groups = new Map<string, { resource: Resource; gaps: Gap[] }>();
  for (const gap of gaps) {
    const course = assignment.get(gap.skill);
    if (!course) continue;
    const key = `${gap.optional}|${course.id}`;
    const group = groups.get(key) ?? { resource: course, gaps: [] };
    group.gaps.push(gap);
    groups.set(key, group);
  }
  const shared = new Map<string, { resource: Resource; withSkills: string[]; hours: number }>();
  for (const { resource, gaps: members } of groups.values()) {
    if (members.length < 2) continue;
    const ranked = [...members].sort((a, b) => b.hours - a.hours || a.skill.localeCompare(b.skill));
    const courseHours = resource.hours * PRACTICE_FACTOR;
    const byRule = ranked.map((gap, index) =>
      index === 0 ? gap.hours : Math.max(gap.hours - courseHours, gap.hours * OWN_PRACTICE_SHARE),
    );
    // Taking the course costs at least its published length with practice, prorated to the share of its
    // skills you need: the hours are grounded in the real course the plan sends you to.
    const ruleTotal = byRule.reduce((sum, hours) => sum + hours, 0);
    // Each gap needs the share of the course its climb is of the climb to working level.
    const needed = ranked.reduce((sum, gap) => {
      const skill = kb.skill.get(gap.skill);
      const full = skill ? hoursTo(skill, COURSE_LEVEL) : 0;
      return sum + (full > 0 ? Math.min(1, gap.hours / full) : 1);
    }, 0);
    const floor = (courseHours * needed) / resource.skills.length;
    const scale = floor > ruleTotal ? floor / ruleTotal : 1;
    // Whole hours that add up to the rounded group total, so rounding never grows a plan.
    let raw = 0;
    let rounded = 0;
    ranked.forEach((gap, index) => {
      raw += (byRule[index] as number) * scale;
      const hours = Math.round(raw) - rounded;
      rounded += hours;
      const withSkills = ranked.filter((other) => other.skill !== gap.skill).map((other) => other.skill);
      shared.set(gap.skill, { resource, withSkills, hours });
    });
  }
  return gaps.map((gap) => {
    const share = shared.get(gap.skill);
    const picked = pickResources(kb, gap.skill, gap.fromLevel, person.budget, languages);
    const resources = share
      ? [share.resource, ...picked.filter((resource) => resource.id !== share.resource.id)].slice(0, 2)
      : picked;
    return {
      ...gap,
      hours: Math.round(share ? share.hours : gap.hours),
      standaloneHours: Math.round(gap.hours),
      resources,
      ...(share ? { sharedCourse: { resource: share.resource, withSkills: share.withSkills } } : {}),
    };
  });
}
