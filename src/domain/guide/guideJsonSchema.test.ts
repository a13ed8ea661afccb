import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { guideJsonSchema } from './guideJsonSchema.ts';

it('matches the committed schemas/guide.schema.json (run `npm run schemas` after changing GuideSchema)', () => {
  const committed = JSON.parse(
    readFileSync(join(import.meta.dirname, '../../../schemas/guide.schema.json'), 'utf8'),
  );
  expect(committed).toEqual(guideJsonSchema());
});
