import { z } from 'zod';
import type { PlanItem } from './planItems.ts';

/** Whether the ticks keep pace with the calendar since the plan's start. */
export const PlanStatusSchema = z.enum(['not started', 'on track', 'behind', 'ahead', 'complete']);
export type PlanStatus = z.infer<typeof PlanStatusSchema>;

export const PlanProgressSchema = z.object({
  done: z.number().int(),
  total: z.number().int(),
  pct: z.number(),
  phases: z.array(
    z.object({ index: z.number(), title: z.string(), done: z.number(), total: z.number(), pct: z.number() }),
  ),
  weeksElapsed: z.number(),
  /** Weeks of the plan the ticked items stand for. */
  weeksDone: z.number(),
  status: PlanStatusSchema,
  behindWeeks: z.number(),
});
export type PlanProgress = z.infer<typeof PlanProgressSchema>;

/** What progress needs from a guide: its phases and its length (a Guide is one). */
export interface ProgressShape {
  readonly roadmap: readonly { readonly index: number; readonly title: string }[];
  readonly headline: { readonly timeline: { readonly totalWeeks: number } };
}

const pct = (done: number, total: number) => (total === 0 ? 0 : Math.round((done / total) * 100));

/** % done per phase and overall, and whether the ticks keep pace with the calendar since `startDate`. */
export function planProgress(
  guide: ProgressShape,
  items: readonly PlanItem[],
  done: ReadonlySet<string>,
  startDate: string,
  today: string,
): PlanProgress {
  const finished = items.filter((item) => done.has(item.id));
  const phases = guide.roadmap.map((phase) => {
    const inPhase = items.filter((item) => item.phaseIndex === phase.index);
    const doneInPhase = inPhase.filter((item) => done.has(item.id)).length;
    return {
      index: phase.index,
      title: phase.title,
      done: doneInPhase,
      total: inPhase.length,
      pct: pct(doneInPhase, inPhase.length),
    };
  });
  const elapsedDays = (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${startDate}T00:00:00Z`)) / 86_400_000;
  const weeksElapsed = Math.max(0, Math.floor(elapsedDays / 7));
  const weeksDone = Math.round(finished.reduce((sum, item) => sum + item.weeks, 0) * 10) / 10;
  const behindWeeks = Math.max(
    0,
    Math.round(Math.min(weeksElapsed, guide.headline.timeline.totalWeeks) - weeksDone),
  );
  const status: PlanStatus =
    finished.length === items.length && items.length > 0
      ? 'complete'
      : elapsedDays < 0 || (weeksElapsed === 0 && finished.length === 0)
        ? 'not started'
        : behindWeeks >= 2
          ? 'behind'
          : // In the first week, ticks are mostly what the person already knew: never "ahead" yet.
            weeksElapsed >= 1 && weeksDone > weeksElapsed + 2
            ? 'ahead'
            : 'on track';
  return {
    done: finished.length,
    total: items.length,
    pct: pct(finished.length, items.length),
    phases,
    weeksElapsed,
    weeksDone,
    status,
    behindWeeks,
  };
}
