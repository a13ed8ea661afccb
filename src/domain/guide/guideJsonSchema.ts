import { z } from 'zod';
import { GuideSchema } from './guideSchema.ts';

/** The JSON Schema of a guide, generated from GuideSchema so the two cannot drift. */
export function guideJsonSchema(): Record<string, unknown> {
  return {
    title: 'Pathway transition guide',
    ...z.toJSONSchema(GuideSchema, { target: 'draft-2020-12' }),
  };
}
