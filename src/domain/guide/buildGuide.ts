import type { KnowledgeBase } from '../kb/knowledgeBase.ts';
import { certificationRef, sourceRefs } from '../kb/refs.ts';
import type { Role } from '../kb/schemas.ts';
import type { Gap, Transferable } from './assessSkills.ts';
import { faq } from './faq.ts';
import type { Guide } from './guideSchema.ts';
import { growthLabel, salaryChange } from './headline.ts';
import type { Person } from './person.ts';
import { phaseContent } from './phaseContent.ts';
import { pickResources, toRef } from './pickResources.ts';
import { planTransition } from './planTransition.ts';
import { actionPlan, overview, realityCheck } from './sections.ts';
import { addDays, costText, levelName, lowerFirst } from './words.ts';

/** DESIGN §1 and §5: the whole guide for one pair and one person, from the KB alone. Pure and deterministic. */
export function buildGuide(kb: KnowledgeBase, source: Role, target: Role, person: Person): Guide {
  const transition = planTransition(kb, source, target, person);
  const { assessment, plan } = transition;
  const skillName = (id: string) => kb.skill.get(id)?.name ?? id;
  const salary = salaryChange(source, target, person.currentSalary);
  const personal = Object.keys(person.known).length > 0;

  const skillsToLearn = plan.orderedGaps.map((gap) => learnEntry(kb, gap, person));
  const firstResources = new Map(
    skillsToLearn.map((entry) => [entry.skill.id, entry.resources[0]?.title ?? '']),
  );
  const roadmap = plan.phases.map((phase, i) => ({
    index: i + 1,
    kind: phase.kind,
    ...phaseContent(kb, source, target, phase, assessment, person),
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
        learningHours: Math.round(assessment.learningHours),
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
    overview: overview(kb, source, target, assessment, personal),
    coverage: assessment.targetSkills.map((t) => ({
      skill: { id: t.skill, name: skillName(t.skill) },
      importance: t.importance,
      held: Math.min(t.held.level, 5),
      required: t.required,
    })),
    transferableSkills: assessment.transferable.map((item) => transferEntry(kb, item, skillName)),
    skillsToLearn,
    roadmap,
    realityCheck: realityCheck(kb, source, target, assessment),
    actionPlan: actionPlan(kb, target, plan, firstResources),
    faq: faq(kb, source, target, person, transition, salary),
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

function transferEntry(_kb: KnowledgeBase, item: Transferable, skillName: (id: string) => string) {
  const direct = item.skill === item.target.skill;
  const usage = item.target.usage;
  const appliesHow = direct
    ? item.topUpHours > 0
      ? `${usage} The role works at ${levelName(item.target.required)} level; the portfolio projects close that last step.`
      : usage
    : `Carries over in part to ${skillName(item.target.skill)}: ${lowerFirst(usage)}`;
  return {
    skill: { id: item.skill, name: skillName(item.skill) },
    level: item.level,
    appliesTo: { id: item.target.skill, name: skillName(item.target.skill) },
    appliesHow,
  };
}

function learnEntry(kb: KnowledgeBase, gap: Gap, person: Person) {
  const skill = kb.skill.get(gap.skill);
  const resources = pickResources(kb, gap.skill, gap.fromLevel, person.budget);
  const [first, second] = resources;
  const describe = (r: NonNullable<typeof first>) =>
    `${r.title} (${r.provider}, ${costText(r.costUsd)}, about ${r.hours} h)`;
  const howToLearn = first
    ? `Work through ${describe(first)}${second ? `, then ${describe(second)}` : ''} until you reach ${levelName(gap.toLevel)} level.`
    : `Practise through the portfolio projects until you reach ${levelName(gap.toLevel)} level.`;
  const reason = gap.target
    ? `${gap.target.usage}`
    : `A prerequisite for ${gap.requiredFor.map((id) => kb.skill.get(id)?.name ?? id).join(', ')}.`;
  return {
    skill: { id: gap.skill, name: skill?.name ?? gap.skill },
    priority: gap.priority,
    fromLevel: gap.fromLevel,
    toLevel: gap.toLevel,
    hours: Math.round(gap.hours),
    weeks: gap.weeks,
    reason,
    howToLearn,
    resources: resources.map(toRef),
  };
}
