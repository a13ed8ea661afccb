import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { z } from 'zod';
import type { KbEntities } from '../domain/kb/knowledgeBase.ts';
import {
  CertificationSchema,
  KbMetaSchema,
  ResourceSchema,
  RoleSchema,
  SkillSchema,
  SourceSchema,
  TraitSchema,
} from '../domain/kb/schemas.ts';
import type { Problem } from './problem.ts';
import { parseYamlFile, type YamlFile } from './yamlFile.ts';

export const KIND_FOLDERS = {
  roles: RoleSchema,
  skills: SkillSchema,
  resources: ResourceSchema,
  certifications: CertificationSchema,
  traits: TraitSchema,
  sources: SourceSchema,
} as const;
export type Kind = keyof typeof KIND_FOLDERS;

export type Located = ReadonlyMap<string, YamlFile>;

export interface Content {
  readonly entities: KbEntities;
  readonly kbVersion: string;
  /** Per kind, entity id → its parsed file (to point later problems at a line). */
  readonly files: Readonly<Record<Kind, Located>>;
  /** Per kind, the ids of every file present, valid or not, so one broken file does not cascade. */
  readonly presentIds: Readonly<Record<Kind, ReadonlySet<string>>>;
  readonly problems: readonly Problem[];
}

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function zodProblems(yaml: YamlFile, error: z.ZodError): Problem[] {
  return error.issues.map((issue) => {
    const path = issue.path.filter((part): part is string | number => typeof part !== 'symbol');
    const field = path.length > 0 ? path.join('.') : '(file)';
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys;
      return {
        file: yaml.file,
        line: yaml.lineOf([...path, keys[0] ?? '']),
        message: `unknown field${keys.length > 1 ? 's' : ''} ${keys.map((key) => `"${key}"`).join(', ')}${path.length ? ` in ${field}` : ''}`,
      };
    }
    return { file: yaml.file, line: yaml.lineOf(path), message: `${field}: ${issue.message}` };
  });
}

function yamlFilesIn(folder: string): string[] {
  try {
    if (!statSync(folder).isDirectory()) return [];
  } catch {
    return [];
  }
  return readdirSync(folder)
    .filter((name) => name.endsWith('.yaml') || name.endsWith('.yml'))
    .sort();
}

function readKind<K extends Kind>(
  dir: string,
  kind: K,
  problems: Problem[],
): { items: { id: string }[]; files: Map<string, YamlFile>; present: Set<string> } {
  const schema = KIND_FOLDERS[kind];
  const folder = join(dir, kind);
  const items: { id: string }[] = [];
  const files = new Map<string, YamlFile>();
  const present = new Set<string>();
  for (const name of yamlFilesIn(folder)) {
    const file = join(folder, name);
    const id = basename(name).replace(/\.ya?ml$/, '');
    present.add(id);
    if (!ID_PATTERN.test(id)) {
      problems.push({ file, line: 1, message: `file name "${name}" must be a kebab-case id` });
      continue;
    }
    const parsed = parseYamlFile(file, readFileSync(file, 'utf8'));
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      continue;
    }
    const result = schema.safeParse(parsed.yaml.value);
    if (!result.success) {
      problems.push(...zodProblems(parsed.yaml, result.error));
      continue;
    }
    const declaredId = (result.data as { id?: string }).id;
    if (declaredId !== undefined && declaredId !== id) {
      problems.push({
        file,
        line: parsed.yaml.lineOf(['id']),
        message: `id "${declaredId}" does not match the file name "${id}"`,
      });
      continue;
    }
    items.push({ ...result.data, id });
    files.set(id, parsed.yaml);
  }
  return { items, files, present };
}

function readMeta(dir: string, problems: Problem[]): string {
  const file = join(dir, 'kb.yaml');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    problems.push({ file, line: 1, message: 'missing kb.yaml (it records kbVersion)' });
    return '0.0.0';
  }
  const parsed = parseYamlFile(file, text);
  if (!parsed.ok) {
    problems.push(...parsed.problems);
    return '0.0.0';
  }
  const result = KbMetaSchema.safeParse(parsed.yaml.value);
  if (!result.success) {
    problems.push(...zodProblems(parsed.yaml, result.error));
    return '0.0.0';
  }
  return result.data.kbVersion;
}

/** Reads and schema-checks every content file, collecting all problems rather than stopping at the first. */
export function readContent(dir: string): Content {
  const problems: Problem[] = [];
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a directory');
  } catch {
    return {
      entities: { roles: [], skills: [], resources: [], certifications: [], traits: [], sources: [] },
      kbVersion: '0.0.0',
      files: {
        roles: new Map(),
        skills: new Map(),
        resources: new Map(),
        certifications: new Map(),
        traits: new Map(),
        sources: new Map(),
      },
      presentIds: {
        roles: new Set(),
        skills: new Set(),
        resources: new Set(),
        certifications: new Set(),
        traits: new Set(),
        sources: new Set(),
      },
      problems: [{ file: dir, line: 1, message: 'content directory not found' }],
    };
  }
  const kbVersion = readMeta(dir, problems);
  const roles = readKind(dir, 'roles', problems);
  const skills = readKind(dir, 'skills', problems);
  const resources = readKind(dir, 'resources', problems);
  const certifications = readKind(dir, 'certifications', problems);
  const traits = readKind(dir, 'traits', problems);
  const sources = readKind(dir, 'sources', problems);
  return {
    entities: {
      roles: roles.items,
      skills: skills.items,
      resources: resources.items,
      certifications: certifications.items,
      traits: traits.items,
      sources: sources.items,
    } as unknown as KbEntities,
    kbVersion,
    files: {
      roles: roles.files,
      skills: skills.files,
      resources: resources.files,
      certifications: certifications.files,
      traits: traits.files,
      sources: sources.files,
    },
    presentIds: {
      roles: roles.present,
      skills: skills.present,
      resources: resources.present,
      certifications: certifications.present,
      traits: traits.present,
      sources: sources.present,
    },
    problems,
  };
}
