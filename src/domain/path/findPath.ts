import { roleTransition, summarize, type TransitionSummary } from '../explore/transitionSummaries.ts';
import { monthRange } from '../guide/headline.ts';
import type { Person } from '../guide/person.ts';
import { listText, monthsText } from '../guide/words.ts';
import type { KnowledgeBase } from '../kb/knowledgeBase.ts';
import type { Role } from '../kb/schemas.ts';
import type { PathResult } from './pathSchema.ts';

/**
 * DESIGN §5.15: Dijkstra over (role, steps taken) with edges weighted by total weeks. The first leg uses the
 * person's own skills; later legs assume they hold the stepping-stone role's profile at the same pace.
 */
export function findPath(
  kb: KnowledgeBase,
  from: Role,
  to: Role,
  person: Person,
  options: { maxSteps: number },
): PathResult {
  const personal = Object.keys(person.known).length > 0;
  const leg = (a: Role, b: Role): TransitionSummary =>
    a.id === from.id && personal
      ? summarize(kb, a, b, person)
      : roleTransition(kb, a, b, person.hoursPerWeek);

  type State = { role: Role; steps: number };
  const key = (s: State) => `${s.role.id}|${s.steps}`;
  const distance = new Map<string, number>([[key({ role: from, steps: 0 }), 0]]);
  const previous = new Map<string, State>();
  const queue: (State & { weeks: number })[] = [{ role: from, steps: 0, weeks: 0 }];
  const done = new Set<string>();
  let best: (State & { weeks: number }) | undefined;
  while (queue.length > 0) {
    queue.sort((a, b) => a.weeks - b.weeks || a.steps - b.steps || a.role.id.localeCompare(b.role.id));
    const current = queue.shift() as State & { weeks: number };
    if (done.has(key(current))) continue;
    done.add(key(current));
    if (current.role.id === to.id) {
      best = current;
      break;
    }
    if (current.steps >= options.maxSteps) continue;
    for (const next of kb.roles) {
      if (next.startingPoint) continue;
      if (next.id === current.role.id || next.id === from.id) continue;
      const state = { role: next, steps: current.steps + 1 };
      const weeks = current.weeks + leg(current.role, next).totalWeeks;
      if (weeks < (distance.get(key(state)) ?? Number.POSITIVE_INFINITY)) {
        distance.set(key(state), weeks);
        previous.set(key(state), current);
        queue.push({ ...state, weeks });
      }
    }
  }

  const roles: Role[] = [];
  for (let state: State | undefined = best; state; state = previous.get(key(state)))
    roles.unshift(state.role);
  const ref = (r: Role) => ({ id: r.id, title: r.title });
  const legOut = (a: Role, b: Role) => {
    const s = leg(a, b);
    return {
      from: ref(a),
      to: ref(b),
      totalWeeks: s.totalWeeks,
      minMonths: s.minMonths,
      maxMonths: s.maxMonths,
      difficulty: s.difficulty,
      topGaps: s.gaps.slice(0, 3).map((id) => ({ id, name: kb.skill.get(id)?.name ?? id })),
    };
  };
  const direct = legOut(from, to);
  const steps = roles.slice(1).map((role, i) => legOut(roles[i] as Role, role));
  const totalWeeks = steps.reduce((sum, step) => sum + step.totalWeeks, 0);
  const directIsFastest = steps.length <= 1 || totalWeeks >= direct.totalWeeks;
  const chosen = directIsFastest ? [direct] : steps;
  const chosenWeeks = directIsFastest ? direct.totalWeeks : totalWeeks;
  const range = monthRange(chosenWeeks);
  const summary = directIsFastest
    ? `The direct move from ${from.title} to ${to.title} is the fastest route: ${direct.totalWeeks} weeks ` +
      `(${monthsText(direct.minMonths, direct.maxMonths)}) at ${person.hoursPerWeek} h/week. No stepping-stone role within ` +
      `${options.maxSteps} steps gets there sooner.`
    : `Going through ${listText(roles.slice(1, -1).map((r) => r.title))} takes ${totalWeeks} weeks, ` +
      `${direct.totalWeeks - totalWeeks} fewer than the ${direct.totalWeeks}-week direct move, because each step builds ` +
      'on skills the previous one already uses.';
  return {
    from: ref(from),
    to: ref(to),
    maxSteps: options.maxSteps,
    hoursPerWeek: person.hoursPerWeek,
    steps: chosen,
    totalWeeks: chosenWeeks,
    ...range,
    direct,
    directIsFastest,
    weeksSaved: directIsFastest ? 0 : direct.totalWeeks - totalWeeks,
    summary,
    kbVersion: kb.kbVersion,
  };
}
