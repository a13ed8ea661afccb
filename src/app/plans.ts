import { LRUCache } from 'lru-cache';
import { z } from 'zod';
import { type Guide, GuideSchema, RoleRefSchema } from '../domain/guide/guideSchema.ts';
import type { KnowledgeBase } from '../domain/kb/knowledgeBase.ts';
import { type PlanItem, PlanItemSchema, planItems } from '../domain/plan/planItems.ts';
import { PlanProgressSchema, type ProgressShape, planProgress } from '../domain/plan/planProgress.ts';
import { AppError } from './appError.ts';
import { type GuideRequest, getGuide } from './getGuide.ts';
import { type Ids, PLAN_ID_PATTERN } from './ids.ts';
import type { PlanRepository, StoredPlan } from './ports.ts';
import { parseStoredGuide } from './storedGuide.ts';

export interface PlanContext {
  readonly kb: KnowledgeBase;
  readonly plans: PlanRepository;
  readonly ids: Ids;
  readonly now: () => Date;
}

/** The person's inputs as given (the guide request's public names, as text), so a plan can be recomputed. */
export const PlanInputsSchema = z.object({
  know: z.string().optional(),
  hours: z.string().optional(),
  budget: z.string().optional(),
  salary: z.string().optional(),
  start: z.string().optional(),
});
export type PlanInputs = z.infer<typeof PlanInputsSchema>;

/** A saved plan: its inputs, the guide computed from them, the checklist and the progress on it. */
export const PlanViewSchema = z.object({
  id: z.string(),
  from: RoleRefSchema,
  to: RoleRefSchema,
  person: PlanInputsSchema,
  kbVersion: z.string(),
  currentKbVersion: z.string(),
  kbOutdated: z.boolean(),
  createdAt: z.string(),
  guide: GuideSchema,
  items: z.array(PlanItemSchema.extend({ done: z.boolean() })),
  progress: PlanProgressSchema,
});
export type PlanView = z.infer<typeof PlanViewSchema>;

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
  return PlanInputsSchema.parse(Object.fromEntries(entries.filter(([, value]) => value !== undefined)));
}

async function load(context: PlanContext, id: string): Promise<StoredPlan> {
  if (!PLAN_ID_PATTERN.test(id)) throw notFound();
  const stored = await context.plans.find(id);
  if (!stored) throw notFound();
  return stored;
}

/**
 * What ticking needs from a saved guide: its checklist, phases, length and start. Kept per plan (keyed by the
 * plan's last change), so a tick reads two small rows and never the guide.
 */
interface Checklist {
  readonly version: number;
  readonly items: readonly PlanItem[];
  readonly shape: ProgressShape;
  readonly start: string;
}

const checklistCaches = new WeakMap<PlanRepository, LRUCache<string, Checklist>>();
function checklistCache(context: PlanContext): LRUCache<string, Checklist> {
  let cache = checklistCaches.get(context.plans);
  if (!cache) {
    cache = new LRUCache({ max: 5000 });
    checklistCaches.set(context.plans, cache);
  }
  return cache;
}

function checklistOf(context: PlanContext, stored: StoredPlan, guide: Guide): Checklist {
  const checklist: Checklist = {
    version: stored.updatedAt.getTime(),
    items: planItems(guide),
    shape: {
      roadmap: guide.roadmap.map((phase) => ({ index: phase.index, title: phase.title })),
      headline: { timeline: { totalWeeks: guide.headline.timeline.totalWeeks } },
    },
    start: guide.person.startDate ?? stored.createdAt.toISOString().slice(0, 10),
  };
  checklistCache(context).set(stored.id, checklist);
  return checklist;
}

async function cachedChecklist(context: PlanContext, id: string): Promise<Checklist> {
  if (!PLAN_ID_PATTERN.test(id)) throw notFound();
  const cached = checklistCache(context).get(id);
  if (cached) return cached;
  const stored = await load(context, id);
  return checklistOf(context, stored, parseStoredGuide(stored.guide));
}

function progressOf(context: PlanContext, checklist: Checklist, states: ReadonlyMap<string, boolean>) {
  const done = new Set(checklist.items.filter((item) => states.get(item.id) === true).map((item) => item.id));
  const today = context.now().toISOString().slice(0, 10);
  return planProgress(checklist.shape, checklist.items, done, checklist.start, today);
}

function view(context: PlanContext, stored: StoredPlan): PlanView {
  const guide = parseStoredGuide(stored.guide);
  const checklist = checklistOf(context, stored, guide);
  return {
    id: stored.id,
    from: guide.from,
    to: guide.to,
    person: PlanInputsSchema.parse(stored.person),
    kbVersion: stored.kbVersion,
    currentKbVersion: context.kb.kbVersion,
    kbOutdated: stored.kbVersion !== context.kb.kbVersion,
    createdAt: stored.createdAt.toISOString(),
    guide,
    items: checklist.items.map((item) => ({ ...item, done: stored.items.get(item.id) === true })),
    progress: progressOf(context, checklist, stored.items),
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

/** One item after a tick, and the plan's progress as committed (other tabs' ticks included). */
export const TickResultSchema = z.object({ id: z.string(), done: z.boolean(), progress: PlanProgressSchema });
export type TickResult = z.infer<typeof TickResultSchema>;

/**
 * Ticks or unticks one item; the item must belong to the plan's checklist. Each item is its own row, so a
 * tick never undoes another; the progress returned is read back after the write.
 */
export async function setPlanItem(
  context: PlanContext,
  id: string,
  itemId: string,
  done: boolean,
): Promise<TickResult> {
  let checklist = await cachedChecklist(context, id);
  const belongs = (list: Checklist) => list.items.some((item) => item.id === itemId);
  if (!belongs(checklist)) {
    throw new AppError('not-found', `This plan has no item "${itemId}".`, { field: 'itemId' });
  }
  const states = await context.plans.setItem(id, itemId, done, context.now());
  if (!states) throw notFound();
  if (states.updatedAt.getTime() !== checklist.version) {
    // The plan got a new guide since the checklist was cached (another tab or server refreshed it).
    checklistCache(context).delete(id);
    checklist = await cachedChecklist(context, id);
  }
  return {
    id: itemId,
    done: states.items.get(itemId) === true,
    progress: progressOf(context, checklist, states.items),
  };
}

/** A submitted checklist form: the boxes ticked now, and (from the page) the items shown and those done then. */
export interface ChecklistForm {
  readonly done: ReadonlySet<string>;
  /** Items the page showed; absent from older pages, meaning every item. */
  readonly shown?: ReadonlySet<string>;
  /** Items that were done when the page was rendered. */
  readonly was?: ReadonlySet<string>;
}

/**
 * Applies a submitted checklist: only the boxes the person changed since the page loaded are written, so a
 * form never undoes ticks made meanwhile in another tab. A form without the page's record of what it showed
 * sets every item (done when listed).
 */
export async function setPlanChecklist(context: PlanContext, id: string, form: ChecklistForm): Promise<void> {
  const checklist = await cachedChecklist(context, id);
  const { shown, was } = form;
  const changed = checklist.items.filter((item) =>
    shown ? shown.has(item.id) && form.done.has(item.id) !== (was?.has(item.id) ?? false) : true,
  );
  const states = new Map(changed.map((item) => [item.id, form.done.has(item.id)]));
  if (!(await context.plans.setItems(id, states, context.now()))) throw notFound();
}

/** Recomputes the plan on the current KB with the saved inputs; ticks stay on items that still exist. */
export async function refreshPlan(context: PlanContext, id: string): Promise<PlanView> {
  const stored = await load(context, id);
  const guide = getGuide(context.kb, {
    from: stored.from,
    to: stored.to,
    ...PlanInputsSchema.parse(stored.person),
  });
  await context.plans.replaceGuide(id, guide, context.kb.kbVersion, context.now());
  checklistCache(context).delete(id);
  return getPlan(context, id);
}

export async function deletePlan(context: PlanContext, id: string): Promise<void> {
  checklistCache(context).delete(id);
  if (!PLAN_ID_PATTERN.test(id) || !(await context.plans.delete(id))) throw notFound();
}
