import { monthRange } from '../guide/headline.ts';
import type { Person } from '../guide/person.ts';
import { listText, monthsText, usd } from '../guide/words.ts';
import type { KnowledgeBase } from '../kb/knowledgeBase.ts';
import type { Role } from '../kb/schemas.ts';
import {
  estimateMove,
  estimateWith,
  heldVector,
  NEIGHBOURS,
  nearestTargets,
} from '../transitions/moveEstimate.ts';
import { roleTransition, summarize, type TransitionSummary } from '../transitions/transitionSummaries.ts';
import { MinHeap } from './minHeap.ts';
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
  // The fewest weeks a leg can take, known without planning it (`MoveEstimate.minimumWeeks`).
  const ownHeld = personal ? heldVector(kb, from, person) : undefined;
  const atLeast = (a: Role, b: Role): number =>
    (a.id === from.id && ownHeld
      ? estimateWith(kb, ownHeld, a, b, person.hoursPerWeek)
      : estimateMove(kb, a, b, person.hoursPerWeek)
    ).minimumWeeks;

  let candidateStones: ReturnType<typeof stones> | undefined;
  const allStones = () => {
    candidateStones ??= stones(kb, from, to);
    return candidateStones;
  };

  type State = { role: Role; steps: number };
  type Queued = State & { weeks: number };
  const key = (s: State) => `${s.role.id}|${s.steps}`;
  // A stepping-stone route is chosen only when it beats the direct move, so a state that cannot reach the target
  // sooner, even at the least each remaining leg can take, is never queued nor its leg planned.
  const directWeeks = leg(from, to).totalWeeks;
  const distance = new Map<string, number>([[key({ role: from, steps: 0 }), 0]]);
  const previous = new Map<string, State>();
  const queue = new MinHeap<Queued>(
    (a, b) => a.weeks - b.weeks || a.steps - b.steps || a.role.id.localeCompare(b.role.id),
  );
  queue.push({ role: from, steps: 0, weeks: 0 });
  const done = new Set<string>();
  let best: Queued | undefined;
  for (let current = queue.pop(); current; current = queue.pop()) {
    if (done.has(key(current))) continue;
    done.add(key(current));
    if (current.role.id === to.id) {
      best = current;
      break;
    }
    if (current.steps >= options.maxSteps) continue;
    // Edges (issue 15 §3): the role's nearest targets by the estimate, and always the target itself; from the
    // source also the best two-step candidates; the last step can only be the target.
    const nexts =
      current.steps + 1 === options.maxSteps
        ? [to]
        : current.steps === 0
          ? [...new Set([...nearestTargets(kb, from, NEIGHBOURS), ...twoStepStones(allStones()), to])]
          : [...nearestTargets(kb, current.role, NEIGHBOURS), to];
    for (const next of nexts) {
      if (next.startingPoint) continue;
      if (next.id === current.role.id || next.id === from.id) continue;
      const onward = next.id === to.id ? 0 : atLeast(next, to);
      const isDirect = current.steps === 0 && next.id === to.id;
      if (!isDirect && current.weeks + atLeast(current.role, next) + onward >= directWeeks) continue;
      const state = { role: next, steps: current.steps + 1 };
      const weeks = current.weeks + leg(current.role, next).totalWeeks;
      if (next.id !== to.id && weeks + onward >= directWeeks) continue;
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
    allStones,
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
 * Stepping stones given the full engine when ranking routes (issue 15 §3): the roles that, by the estimate, put
 * you in a job in the target's family soonest (the stone itself when it is in that family, else the target
 * after it). 100 keeps the ranking exhaustive in a KB of up to 102 roles; at 1,000 roles it costs 2,000
 * estimates (a few milliseconds) and at most 200 legs. Returned in id order, as routes keep ties in order.
 */
export const ROUTE_CANDIDATES = 100;

/** Every role a stepping stone could be, with the estimated weeks of the leg to it and from it to the target. */
function stones(kb: KnowledgeBase, from: Role, to: Role) {
  return kb.roles
    .filter((via) => !via.startingPoint && via.id !== from.id && via.id !== to.id)
    .map((via) => ({
      via,
      first: estimateMove(kb, from, via).weeks,
      onward: estimateMove(kb, via, to).weeks,
    }));
}

function bestStones(
  candidates: ReturnType<typeof stones>,
  weeksOf: (candidate: ReturnType<typeof stones>[number]) => number,
): Role[] {
  return candidates
    .map((candidate) => ({ via: candidate.via, weeks: weeksOf(candidate) }))
    .sort((a, b) => a.weeks - b.weeks || a.via.id.localeCompare(b.via.id))
    .slice(0, ROUTE_CANDIDATES)
    .map(({ via }) => via)
    .sort((a, b) => a.id.localeCompare(b.id));
}

function steppingStones(candidates: ReturnType<typeof stones>, to: Role): Role[] {
  return bestStones(candidates, ({ via, first, onward }) =>
    via.family === to.family ? first : first + onward,
  );
}

/** The stones with the shortest estimated two-step routes: the search's extra edges out of the source. */
function twoStepStones(candidates: ReturnType<typeof stones>): Role[] {
  return bestStones(candidates, ({ first, onward }) => first + onward);
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
  stonesOf: () => ReturnType<typeof stones>,
): RouteOut[] {
  const directRoute = routeOf([direct], to, kb, direct);
  const candidates: RouteOut[] = [];
  if (fastest) candidates.push(routeOf(fastest, to, kb, direct));
  if (maxSteps >= 2) {
    for (const via of steppingStones(stonesOf(), to)) {
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
