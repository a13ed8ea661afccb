import type { PlanRepository, StoredPlan } from '../db/planRepository.ts';
import type { Guide } from '../domain/guide/guideSchema.ts';
import type { KnowledgeBase } from '../domain/kb/knowledgeBase.ts';
import { type PlanItem, planItems } from '../domain/plan/planItems.ts';
import { type PlanProgress, planProgress } from '../domain/plan/planProgress.ts';
import { AppError } from './appError.ts';
import { type GuideRequest, getGuide } from './getGuide.ts';
import { type Ids, PLAN_ID_PATTERN } from './ids.ts';
import { parseStoredGuide } from './storedGuide.ts';

export interface PlanContext {
  readonly kb: KnowledgeBase;
  readonly plans: PlanRepository;
  readonly ids: Ids;
  readonly now: () => Date;
}

/** The person's inputs as given, so a plan can be recomputed on a newer KB. */
export interface PlanInputs {
  readonly know?: string;
  readonly hours?: string;
  readonly budget?: string;
  readonly salary?: string;
  readonly start?: string;
}

export interface PlanView {
  readonly id: string;
  readonly from: { id: string; title: string };
  readonly to: { id: string; title: string };
  readonly person: PlanInputs;
  readonly kbVersion: string;
  readonly currentKbVersion: string;
  readonly kbOutdated: boolean;
  readonly createdAt: string;
  readonly guide: Guide;
  readonly items: readonly (PlanItem & { done: boolean })[];
  readonly progress: PlanProgress;
}

const notFound = () => new AppError('not-found', 'There is no saved plan at this address.', { field: 'id' });

function inputsOf(request: GuideRequest): PlanInputs {
  const text = (value: unknown) => (value === undefined || value === '' ? undefined : String(value));
  const know =
    typeof request.know === 'object' && request.know !== null
      ? Object.entries(request.know)
          .map(([skill, level]) => `${skill}:${level}`)
          .join(',')
      : text(request.know);
  const entries = Object.entries({
    know,
    hours: text(request.hours),
    budget: text(request.budget),
    salary: text(request.salary),
    start: text(request.start),
  });
  return Object.fromEntries(entries.filter(([, value]) => value !== undefined)) as PlanInputs;
}

async function load(context: PlanContext, id: string): Promise<StoredPlan> {
  if (!PLAN_ID_PATTERN.test(id)) throw notFound();
  const stored = await context.plans.find(id);
  if (!stored) throw notFound();
  return stored;
}

function view(context: PlanContext, stored: StoredPlan): PlanView {
  const guide = parseStoredGuide(stored.guide);
  const items = planItems(guide);
  const done = new Set(items.filter((item) => stored.items.get(item.id) === true).map((item) => item.id));
  const today = context.now().toISOString().slice(0, 10);
  const start = guide.person.startDate ?? stored.createdAt.toISOString().slice(0, 10);
  return {
    id: stored.id,
    from: guide.from,
    to: guide.to,
    person: stored.person as PlanInputs,
    kbVersion: stored.kbVersion,
    currentKbVersion: context.kb.kbVersion,
    kbOutdated: stored.kbVersion !== context.kb.kbVersion,
    createdAt: stored.createdAt.toISOString(),
    guide,
    items: items.map((item) => ({ ...item, done: done.has(item.id) })),
    progress: planProgress(guide, items, done, start, today),
  };
}

/** Computes the guide for the request and stores it with its inputs under a new unguessable id. */
export async function savePlan(context: PlanContext, request: GuideRequest): Promise<{ id: string }> {
  const guide = getGuide(context.kb, request);
  const id = context.ids.new();
  await context.plans.create({
    id,
    from: guide.from.id,
    to: guide.to.id,
    person: inputsOf(request),
    kbVersion: context.kb.kbVersion,
    guide,
    now: context.now(),
  });
  return { id };
}

export async function getPlan(context: PlanContext, id: string): Promise<PlanView> {
  return view(context, await load(context, id));
}

/** Ticks or unticks one item; the item must belong to the plan's checklist. */
export async function setPlanItem(
  context: PlanContext,
  id: string,
  itemId: string,
  done: boolean,
): Promise<PlanView> {
  const stored = await load(context, id);
  const items = planItems(parseStoredGuide(stored.guide));
  if (!items.some((item) => item.id === itemId)) {
    throw new AppError('not-found', `This plan has no item "${itemId}".`, { field: 'itemId' });
  }
  if (!(await context.plans.setItem(id, itemId, done, context.now()))) throw notFound();
  // Each item is its own row, so this write cannot undo a concurrent one; the view reflects this tick.
  return view(context, { ...stored, items: new Map(stored.items).set(itemId, done) });
}

/** Sets every item at once from a submitted checklist: listed ids are done, the rest are not. */
export async function setPlanChecklist(
  context: PlanContext,
  id: string,
  doneIds: ReadonlySet<string>,
): Promise<PlanView> {
  const stored = await load(context, id);
  const items = planItems(parseStoredGuide(stored.guide));
  const states = new Map(items.map((item) => [item.id, doneIds.has(item.id)]));
  if (!(await context.plans.setItems(id, states, context.now()))) throw notFound();
  return getPlan(context, id);
}

/** Recomputes the plan on the current KB with the saved inputs; ticks stay on items that still exist. */
export async function refreshPlan(context: PlanContext, id: string): Promise<PlanView> {
  const stored = await load(context, id);
  const guide = getGuide(context.kb, { from: stored.from, to: stored.to, ...(stored.person as PlanInputs) });
  await context.plans.replaceGuide(id, guide, context.kb.kbVersion, context.now());
  return getPlan(context, id);
}

export async function deletePlan(context: PlanContext, id: string): Promise<void> {
  if (!PLAN_ID_PATTERN.test(id) || !(await context.plans.delete(id))) throw notFound();
}
