// Writes schemas/guide.schema.json from GuideSchema. Run after changing the schema: npm run schemas
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { guideJsonSchema } from '../src/domain/guide/guideJsonSchema.ts';

const file = join(import.meta.dirname, '..', 'schemas', 'guide.schema.json');
writeFileSync(file, `${JSON.stringify(guideJsonSchema(), null, 2)}\n`);
console.log(`wrote ${file}`);
