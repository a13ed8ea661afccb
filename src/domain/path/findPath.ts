import { monthRange } from '../guide/headline.ts';
import type { Person } from '../guide/person.ts';
import { listText, monthsText, usd } from '../guide/words.ts';
import type { KnowledgeBase } from '../kb/knowledgeBase.ts';
import type { Role } from '../kb/schemas.ts';
import { roleTransition, summarize, type TransitionSummary } from '../transitions/transitionSummaries.ts';
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
      medianSalary: b.salary.median,
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
      `${options.maxSteps} step${options.maxSteps === 1 ? '' : 's'} gets there sooner.`
    : `Going through ${listText(roles.slice(1, -1).map((r) => r.title))} takes ${totalWeeks} weeks, ` +
      `${direct.totalWeeks - totalWeeks} fewer than the ${direct.totalWeeks}-week direct move, because each step builds ` +
      'on skills the previous one already uses.';
  const routes = rankRoutes(
    kb,
    from,
    to,
    options.maxSteps,
    direct,
    steps.length > 1 ? steps : undefined,
    legOut,
  );
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
    routes,
    kbVersion: kb.kbVersion,
  };
}

type LegOut = PathResult['direct'];
type RouteOut = PathResult['routes'][number];

/** Routes shown: the direct move and up to two that put you in a job in the target's field sooner or cost little more. */
const MAX_ROUTES = 3;
/** A detour is worth showing when it ends within this share of the direct move's time… */
const MAX_DETOUR_SHARE = 1.5;

function routeOf(legs: readonly LegOut[], to: Role, kb: KnowledgeBase, direct: LegOut): RouteOut {
  const weeksOf = (some: readonly LegOut[]) => some.reduce((sum, leg) => sum + leg.totalWeeks, 0);
  const totalWeeks = weeksOf(legs);
  // The first leg that lands in the target's family; the last leg (the target itself) at the latest.
  const firstIndex = legs.findIndex((leg) => kb.role.get(leg.to.id)?.family === to.family);
  const first = legs[firstIndex] as LegOut;
  const firstJobWeeks = weeksOf(legs.slice(0, firstIndex + 1));
  const isDirect = legs.length === 1;
  const span = (weeks: number) => {
    const range = monthRange(weeks);
    return monthsText(range.minMonths, range.maxMonths);
  };
  const difference = totalWeeks - direct.totalWeeks;
  const weeksText = (weeks: number) => `${weeks} week${weeks === 1 ? '' : 's'}`;
  const stone = legs[0] as LegOut;
  const inField = !isDirect && firstJobWeeks < totalWeeks;
  const trade = isDirect
    ? `Straight to ${to.title} in ${span(totalWeeks)} (median pay ${usd(first.medianSalary)}).`
    : `A job as ${stone.to.title} after ${span(stone.totalWeeks)} (median pay ${usd(stone.medianSalary)}), then ` +
      `${to.title} after ${span(totalWeeks)} in all: ` +
      (difference <= 0
        ? `${weeksText(-difference)} sooner than going direct.`
        : inField
          ? `${weeksText(difference)} longer than going direct, but working in the field ${weeksText(direct.totalWeeks - firstJobWeeks)} sooner.`
          : `${weeksText(difference)} longer than going direct, earning as ${stone.to.title} on the way.`);
  return {
    legs: [...legs],
    totalWeeks,
    ...monthRange(totalWeeks),
    firstJobWeeks,
    firstJob: { ...first.to, medianSalary: first.medianSalary },
    direct: isDirect,
    trade,
  };
}

/**
 * The direct move, the fastest multi-step route if there is one, and two-step routes through a stepping-stone
 * job, ranked by time to a first job in the target's family, then by total time. Detours that end more than
 * half again later than the direct move, or never reach the field sooner, are left out.
 */
function rankRoutes(
  kb: KnowledgeBase,
  from: Role,
  to: Role,
  maxSteps: number,
  direct: LegOut,
  fastest: readonly LegOut[] | undefined,
  legOut: (a: Role, b: Role) => LegOut,
): RouteOut[] {
  const directRoute = routeOf([direct], to, kb, direct);
  const candidates: RouteOut[] = [];
  if (fastest) candidates.push(routeOf(fastest, to, kb, direct));
  if (maxSteps >= 2) {
    for (const via of kb.roles) {
      if (via.startingPoint || via.id === from.id || via.id === to.id) continue;
      const first = legOut(from, via);
      if (first.totalWeeks >= direct.totalWeeks) continue;
      candidates.push(routeOf([first, legOut(via, to)], to, kb, direct));
    }
  }
  const worthShowing = candidates.filter(
    (route) =>
      route.totalWeeks <= direct.totalWeeks * MAX_DETOUR_SHARE &&
      (route.firstJobWeeks < directRoute.firstJobWeeks || route.totalWeeks < direct.totalWeeks),
  );
  const seen = new Set<string>();
  const unique = worthShowing.filter((route) => {
    const signature = route.legs.map((leg) => leg.to.id).join('>');
    if (seen.has(signature)) return false;
    seen.add(signature);
    return true;
  });
  unique.sort(
    (a, b) =>
      a.firstJobWeeks - b.firstJobWeeks || a.totalWeeks - b.totalWeeks || a.legs.length - b.legs.length,
  );
  return [directRoute, ...unique.slice(0, MAX_ROUTES - 1)].sort(
    (a, b) => a.firstJobWeeks - b.firstJobWeeks || a.totalWeeks - b.totalWeeks,
  );
}
