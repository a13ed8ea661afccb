import type { KnowledgeBase } from '../kb/knowledgeBase.ts';
import { catalogBasis } from '../kb/provenance.ts';
import { certificationRef, sourceRefs } from '../kb/refs.ts';
import type { Role } from '../kb/schemas.ts';
import { actionPlan } from './actionPlan.ts';
import type { Transferable } from './assessSkills.ts';
import type { LearningGap } from './courses.ts';
import { faq } from './faq.ts';
import type { Guide } from './guideSchema.ts';
import { growthLabel, salaryChange } from './headline.ts';
import { notes } from './notes.ts';
import { overview } from './overview.ts';
import type { Person } from './person.ts';
import { phaseContent } from './phaseContent.ts';
import { toRef } from './pickResources.ts';
import { planTransition } from './planTransition.ts';
import { realityCheck } from './realityCheck.ts';
import { topicsBetween } from './topics.ts';
import { addDays, costText, levelName, listText, lowerFirst } from './words.ts';

/** Topics a transferable skill lists as already covered. */
const TRANSFER_TOPICS = 8;

/** DESIGN §1 and §5: the whole guide for one pair and one person, from the KB alone. Pure and deterministic. */
export function buildGuide(kb: KnowledgeBase, source: Role, target: Role, person: Person): Guide {
  const transition = planTransition(kb, source, target, person);
  const { assessment, plan } = transition;
  const skillName = (id: string) => kb.skill.get(id)?.name ?? id;
  const salary = salaryChange(source, target, person.currentSalary);
  const personal = Object.keys(person.known).length > 0;

  const taughtIn = new Map((plan.credential?.covers ?? []).map((id) => [id, plan.credential?.name ?? '']));
  const skillsToLearn = [
    ...plan.orderedGaps.map((gap) => ({
      ...learnEntry(kb, gap, gap.weeks),
      ...(taughtIn.has(gap.skill) ? { taughtIn: taughtIn.get(gap.skill) as string } : {}),
    })),
    // Optional extras are not on the calendar; their weeks say how long they would take at this pace.
    ...plan.optionalGaps.map((gap) => learnEntry(kb, gap, Math.ceil(gap.hours / person.hoursPerWeek))),
  ];
  const roadmap = plan.phases.map((phase, i) => ({
    index: i + 1,
    kind: phase.kind,
    ...phaseContent(kb, source, target, phase, transition),
    startWeek: phase.startWeek,
    weeks: phase.weeks,
    ...(person.startDate ? phaseDates(person.startDate, phase.startWeek, phase.weeks) : {}),
  }));

  const sourceIds = [
    ...new Set([
      ...source.salary.sourceIds,
      ...target.salary.sourceIds,
      ...target.outlook.sourceIds,
      ...target.demand.sourceIds,
    ]),
  ].sort();
  return {
    from: { id: source.id, title: source.title },
    to: { id: target.id, title: target.title },
    title: `From ${source.title} to ${target.title}: Your ${transition.maxMonths}-Month Transition Guide`,
    person: {
      known: Object.fromEntries(Object.entries(person.known).sort(([a], [b]) => a.localeCompare(b))),
      hoursPerWeek: person.hoursPerWeek,
      budget: person.budget,
      ...(person.currentSalary === undefined ? {} : { currentSalary: person.currentSalary }),
      ...(person.startDate === undefined ? {} : { startDate: person.startDate }),
    },
    headline: {
      difficulty: transition.difficulty,
      timeline: {
        minMonths: transition.minMonths,
        maxMonths: transition.maxMonths,
        totalWeeks: plan.totalWeeks,
        hoursPerWeek: person.hoursPerWeek,
        learningHours: plan.learningHours,
        optionalHours: plan.optionalHours,
        paces: transition.paces.map((pace) => ({ ...pace })),
      },
      salaryChange: {
        ...salary,
        from: { ...pickSalary(source) },
        to: { ...pickSalary(target) },
      },
      demand: {
        growthPct: target.outlook.growthPct,
        period: target.outlook.period,
        label: growthLabel(target.outlook.growthPct),
        text: target.demand.text,
        sourceIds: [...new Set([...target.outlook.sourceIds, ...target.demand.sourceIds])].sort(),
      },
    },
    match: { score: assessment.score, matched: assessment.matched, total: assessment.total },
    overview: overview(kb, source, target, transition, personal),
    coverage: assessment.targetSkills.map((t) => ({
      skill: { id: t.skill, name: skillName(t.skill) },
      importance: t.importance,
      held: Math.min(t.held.level, 5),
      required: t.required,
      roleLevel: t.roleLevel,
    })),
    transferableSkills: assessment.transferable.map((item) => transferEntry(kb, item, skillName)),
    skillsToLearn,
    roadmap,
    realityCheck: realityCheck(kb, source, target, transition),
    actionPlan: actionPlan(kb, target, transition),
    faq: faq(kb, source, target, person, transition, salary),
    notes: notes(kb, source, target, person, transition, salary),
    ...(plan.credential
      ? {
          credential: {
            name: plan.credential.name,
            months: plan.credential.months,
            weeks: plan.credential.weeks,
            partTime: plan.credential.partTime,
            note: plan.credential.note,
          },
        }
      : {}),
    provenance: provenance(source, target),
    certifications: target.certifications.flatMap((id) => {
      const cert = kb.certification.get(id);
      return cert ? [certificationRef(cert)] : [];
    }),
    sources: sourceRefs(kb, sourceIds),
    kbVersion: kb.kbVersion,
  };
}

function pickSalary(role: Role) {
  return {
    p25: role.salary.p25,
    median: role.salary.median,
    p75: role.salary.p75,
    sourceIds: [...role.salary.sourceIds],
  };
}

function phaseDates(startDate: string, startWeek: number, weeks: number) {
  return {
    startDate: addDays(startDate, (startWeek - 1) * 7),
    endDate: addDays(startDate, (startWeek - 1 + weeks) * 7 - 1),
  };
}

function transferEntry(kb: KnowledgeBase, item: Transferable, skillName: (id: string) => string) {
  const direct = item.skill === item.target.skill;
  const usage = item.target.usage;
  const { required, roleLevel } = item.target;
  const appliesHow = direct
    ? item.topUpHours > 0
      ? `${usage} Newcomers are hired at ${levelName(required)} level; the portfolio projects close that last step.`
      : roleLevel > item.level
        ? `${usage} You already meet the hiring bar; the role grows you to ${levelName(roleLevel)}.`
        : usage
    : `Your ${skillName(item.skill)} carries over in part to ${skillName(item.target.skill)}: ${lowerFirst(usage)}`;
  return {
    skill: { id: item.skill, name: skillName(item.skill) },
    level: item.level,
    appliesTo: { id: item.target.skill, name: skillName(item.target.skill) },
    appliesHow,
    // The topics of the top two levels held: what a reader recognises as already theirs.
    topics: topicsBetween(kb.skill.get(item.skill), item.level - 2, item.level).slice(0, TRANSFER_TOPICS),
  };
}

function learnEntry(kb: KnowledgeBase, gap: LearningGap, weeks: number) {
  const skill = kb.skill.get(gap.skill);
  const [first, second] = gap.resources;
  const describe = (r: NonNullable<typeof first>) =>
    `${r.title} (${r.provider}, ${costText(r.costUsd)}, about ${r.hours} h)`;
  const topics = topicsBetween(skill, gap.fromLevel, gap.toLevel);
  const shared = gap.sharedCourse
    ? ` ${gap.sharedCourse.resource.title} also covers ${listText(gap.sharedCourse.withSkills.map((id) => kb.skill.get(id)?.name ?? id))}, so its hours count once.`
    : '';
  const howToLearn = first
    ? `Work through ${describe(first)}${second ? `, then ${describe(second)}` : ''} until you reach ${levelName(gap.toLevel)} level.${shared}`
    : `Practise through the portfolio projects until you reach ${levelName(gap.toLevel)} level.`;
  const reason = gap.target
    ? gap.target.usage
    : `${skill?.name ?? gap.skill} at ${levelName(gap.toLevel)} level comes first: ${listText(gap.requiredFor.map((id) => kb.skill.get(id)?.name ?? id))} build${gap.requiredFor.length === 1 ? 's' : ''} on it.`;
  return {
    skill: { id: gap.skill, name: skill?.name ?? gap.skill },
    priority: gap.priority,
    optional: gap.optional,
    fromLevel: gap.fromLevel,
    toLevel: gap.toLevel,
    roleLevel: gap.target?.roleLevel ?? gap.toLevel,
    hours: gap.hours,
    standaloneHours: gap.standaloneHours,
    weeks,
    reason,
    topics,
    howToLearn,
    resources: gap.resources.map(toRef),
    ...(gap.sharedCourse
      ? {
          sharedCourse: {
            resource: toRef(gap.sharedCourse.resource),
            withSkills: gap.sharedCourse.withSkills.map((id) => ({ id, name: kb.skill.get(id)?.name ?? id })),
          },
        }
      : {}),
  };
}

/** Catalogue-built roles are said to be so, with O*NET's attribution and a flag on borrowed ratings. */
function provenance(source: Role, target: Role): Guide['provenance'] {
  const origin = (role: Role): 'catalog' | 'reviewed' => (role.catalog ? 'catalog' : 'reviewed');
  const built = [source, target].filter((role) => role.catalog);
  if (built.length === 0) return { from: 'reviewed', to: 'reviewed' };
  const borrowed = built.filter((role) => role.catalog?.borrowedFrom);
  return {
    from: origin(source),
    to: origin(target),
    note:
      `${listText(built.map((role) => role.title))} ${built.length === 1 ? 'is' : 'are'} built from public occupation data, ${catalogBasis()}` +
      (borrowed.length > 0
        ? ` O*NET has not rated ${listText(borrowed.map((role) => role.title))} itself; the ratings are those of its closest rated relative, an approximation.`
        : ''),
  };
}
