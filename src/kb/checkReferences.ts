import { fitsLanguages } from '../domain/kb/fitsLanguages.ts';
import type { KbEntities } from '../domain/kb/knowledgeBase.ts';
import { normalizeName } from '../domain/kb/normalizeName.ts';
import type { Resource } from '../domain/kb/schemas.ts';
import { findCycles } from './findCycles.ts';
import type { Problem } from './problem.ts';
import type { Content, Kind } from './readContent.ts';
import type { YamlPath } from './yamlFile.ts';

/**
 * The rules that need more than one file: references resolve, names are unique, prerequisites form no
 * cycle, figures are ordered and sourced, and nothing retired is recommended.
 */
export function checkReferences(content: Content): Problem[] {
  const { entities, files } = content;
  const problems: Problem[] = [];
  const at = (kind: Kind, id: string, path: YamlPath, message: string): void => {
    const yaml = files[kind].get(id);
    problems.push({ file: yaml?.file ?? `${kind}/${id}.yaml`, line: yaml?.lineOf(path) ?? 1, message });
  };
  const ids = content.presentIds;
  const expect = (
    kind: Kind,
    id: string,
    path: YamlPath,
    target: keyof typeof singular,
    ref: string,
  ): void => {
    if (!ids[target].has(ref)) at(kind, id, path, `unknown ${singular[target]} id "${ref}"`);
  };

  for (const role of entities.roles) {
    role.skills.forEach((link, i) => {
      expect('roles', role.id, ['skills', i, 'skill'], 'skills', link.skill);
    });
    duplicatesIn(role.skills.map((link) => link.skill)).forEach(([skill, i]) => {
      at('roles', role.id, ['skills', i, 'skill'], `skill "${skill}" is listed twice`);
    });
    role.skills.forEach((link, i) => {
      if (link.hireLevel !== undefined && link.hireLevel > link.level) {
        at(
          'roles',
          role.id,
          ['skills', i, 'hireLevel'],
          `hireLevel ${link.hireLevel} is above the role level ${link.level}`,
        );
      }
    });
    const socs = role.occupationCodes.map((code) => code.soc);
    if (!socs.includes(role.salary.soc)) {
      at(
        'roles',
        role.id,
        ['salary', 'soc'],
        `salary occupation ${role.salary.soc} is not one of the role's occupationCodes`,
      );
    }
    if (role.outlook.soc !== role.salary.soc) {
      at(
        'roles',
        role.id,
        ['outlook', 'soc'],
        `growth comes from ${role.outlook.soc} but pay from ${role.salary.soc}; use one occupation for both`,
      );
    }
    const used = new Set(role.skills.map((link) => link.skill));
    role.background.forEach((link, i) => {
      expect('roles', role.id, ['background', i, 'skill'], 'skills', link.skill);
      if (used.has(link.skill)) {
        at(
          'roles',
          role.id,
          ['background', i, 'skill'],
          `"${link.skill}" is already one of the role's skills`,
        );
      }
    });
    duplicatesIn(role.background.map((link) => link.skill)).forEach(([skill, i]) => {
      at('roles', role.id, ['background', i, 'skill'], `background skill "${skill}" is listed twice`);
    });
    role.entry.from.forEach((source, i) => {
      expect('roles', role.id, ['entry', 'from', i], 'roles', source);
      if (source === role.id) at('roles', role.id, ['entry', 'from', i], 'a role cannot be its own way in');
    });
    duplicatesIn(role.entry.from).forEach(([source, i]) => {
      at('roles', role.id, ['entry', 'from', i], `"${source}" is listed twice`);
    });
    role.traits.love.forEach((trait, i) => {
      expect('roles', role.id, ['traits', 'love', i], 'traits', trait);
    });
    role.traits.challenges.forEach((traitId, i) => {
      const trait = entities.traits.find((candidate) => candidate.id === traitId);
      if (!trait) expect('roles', role.id, ['traits', 'challenges', i], 'traits', traitId);
      else if (!trait.challenge) {
        at('roles', role.id, ['traits', 'challenges', i], `trait "${traitId}" has no challenge text`);
      }
    });
    role.projects.forEach((project, p) => {
      project.skills.forEach((skill, i) => {
        expect('roles', role.id, ['projects', p, 'skills', i], 'skills', skill);
      });
    });
    role.certifications.forEach((certId, i) => {
      const cert = entities.certifications.find((candidate) => candidate.id === certId);
      if (!cert) expect('roles', role.id, ['certifications', i], 'certifications', certId);
      else if (cert.status === 'retired') {
        const successor = cert.successor ? `; recommend "${cert.successor}" instead` : '';
        at('roles', role.id, ['certifications', i], `certification "${certId}" is retired${successor}`);
      }
    });
    for (const figure of ['salary', 'outlook', 'demand'] as const) {
      role[figure].sourceIds.forEach((sourceId, i) => {
        expect('roles', role.id, [figure, 'sourceIds', i], 'sources', sourceId);
      });
    }
    const { p25, median, p75 } = role.salary;
    if (!(p25 <= median && median <= p75)) {
      at(
        'roles',
        role.id,
        ['salary'],
        `salary must satisfy p25 ≤ median ≤ p75 (got ${p25}, ${median}, ${p75})`,
      );
    }
  }
  checkUniqueNames(entities.roles, (role) => role.title, 'roles', at);
  checkUniqueNames(entities.skills, (skill) => skill.name, 'skills', at);

  for (const skill of entities.skills) {
    skill.prerequisites.forEach((prerequisite, i) => {
      if (prerequisite === skill.id)
        at('skills', skill.id, ['prerequisites', i], 'a skill cannot require itself');
      else expect('skills', skill.id, ['prerequisites', i], 'skills', prerequisite);
    });
    skill.related.forEach((related, i) => {
      if (related.skill === skill.id)
        at('skills', skill.id, ['related', i], 'a skill cannot relate to itself');
      else expect('skills', skill.id, ['related', i, 'skill'], 'skills', related.skill);
    });
    skill.hoursToLevel.forEach((hours, i) => {
      const previous = skill.hoursToLevel[i - 1];
      if (previous !== undefined && hours < previous) {
        at(
          'skills',
          skill.id,
          ['hoursToLevel', i],
          `hoursToLevel must not decrease: level ${i + 1} (${hours} h) is below level ${i} (${previous} h)`,
        );
      }
    });
  }
  const prerequisiteEdges = new Map(entities.skills.map((skill) => [skill.id, skill.prerequisites]));
  for (const cycle of findCycles(prerequisiteEdges)) {
    const first = cycle[0] as string;
    const index = entities.skills
      .find((skill) => skill.id === first)
      ?.prerequisites.indexOf(cycle[1] as string);
    at('skills', first, ['prerequisites', index ?? 0], `prerequisite cycle: ${cycle.join(' → ')}`);
  }

  for (const resource of entities.resources) {
    if (resource.language) expect('resources', resource.id, ['language'], 'skills', resource.language);
    resource.skills.forEach((skill, i) => {
      expect('resources', resource.id, ['skills', i], 'skills', skill);
    });
  }
  for (const cert of entities.certifications) {
    cert.skills.forEach((skill, i) => {
      expect('certifications', cert.id, ['skills', i], 'skills', skill);
    });
    if (cert.successor) expect('certifications', cert.id, ['successor'], 'certifications', cert.successor);
    if (cert.status === 'retired' && !cert.retiredOn) {
      at('certifications', cert.id, ['status'], 'a retired certification needs retiredOn');
    }
    if (cert.status === 'active' && cert.retiredOn) {
      at('certifications', cert.id, ['retiredOn'], 'an active certification cannot have retiredOn');
    }
  }
  const teaching = resourcesBySkill(entities);
  checkCoreSkillsHaveFreeResources(entities, teaching, at);
  checkCoreSkillsHaveTopics(entities, at);
  checkCoreSkillsTaughtInRoleLanguages(entities, teaching, at);
  return problems;
}

const singular = {
  roles: 'role',
  skills: 'skill',
  traits: 'trait',
  certifications: 'certification',
  sources: 'source',
} as const;

function duplicatesIn(values: readonly string[]): [string, number][] {
  const seen = new Set<string>();
  const duplicates: [string, number][] = [];
  values.forEach((value, i) => {
    if (seen.has(value)) duplicates.push([value, i]);
    seen.add(value);
  });
  return duplicates;
}

type At = (kind: Kind, id: string, path: YamlPath, message: string) => void;

function checkUniqueNames<T extends { id: string; aliases: readonly string[] }>(
  items: readonly T[],
  nameOf: (item: T) => string,
  kind: Kind,
  at: At,
): void {
  const owner = new Map<string, string>();
  for (const item of items) owner.set(normalizeName(item.id), item.id);
  for (const item of items) {
    const names: [string, YamlPath][] = [
      [nameOf(item), [kind === 'roles' ? 'title' : 'name']],
      ...item.aliases.map((alias, i): [string, YamlPath] => [alias, ['aliases', i]]),
    ];
    for (const [name, path] of names) {
      const key = normalizeName(name);
      const existing = owner.get(key);
      if (existing !== undefined && existing !== item.id) {
        at(kind, item.id, path, `"${name}" is already the name or alias of "${existing}"`);
      } else {
        owner.set(key, item.id);
      }
    }
  }
}

/** Skill id → the resources that teach it, for the rules about what a role's skills can be learned from. */
function resourcesBySkill(entities: KbEntities): ReadonlyMap<string, readonly Resource[]> {
  const bySkill = new Map<string, Resource[]>();
  for (const resource of entities.resources) {
    for (const skill of resource.skills) {
      const list = bySkill.get(skill) ?? [];
      list.push(resource);
      bySkill.set(skill, list);
    }
  }
  return bySkill;
}

/** A core skill can be learned in a language the role uses: a Python role's learner is never only sent to C#. */
function checkCoreSkillsTaughtInRoleLanguages(
  entities: KbEntities,
  bySkill: ReadonlyMap<string, readonly Resource[]>,
  at: At,
): void {
  for (const role of entities.roles) {
    const languages = new Set(role.skills.map((link) => link.skill));
    role.skills.forEach((link, i) => {
      const teaching = bySkill.get(link.skill) ?? [];
      if (link.importance !== 'core' || teaching.length === 0) return;
      if (teaching.some((resource) => fitsLanguages(resource, link.skill, languages))) return;
      const used = [...new Set(teaching.map((resource) => resource.language))].join(', ');
      at(
        'roles',
        role.id,
        ['skills', i, 'skill'],
        `core skill "${link.skill}" is only taught in ${used}, which this role does not use`,
      );
    });
  }
}

/** A core skill names what to learn concretely: guides show its topics as "What to cover". */
function checkCoreSkillsHaveTopics(entities: KbEntities, at: At): void {
  const withTopics = new Set(
    entities.skills
      .filter((skill) => Object.values(skill.topics ?? {}).some((list) => list.length > 0))
      .map((skill) => skill.id),
  );
  const skillIds = new Set(entities.skills.map((skill) => skill.id));
  const reported = new Set<string>();
  for (const role of entities.roles) {
    role.skills.forEach((link) => {
      if (link.importance !== 'core' || withTopics.has(link.skill) || !skillIds.has(link.skill)) return;
      if (reported.has(link.skill)) return;
      reported.add(link.skill);
      at(
        'skills',
        link.skill,
        ['name'],
        `no topics, but role "${role.id}" marks this skill core (add topics by level)`,
      );
    });
  }
}

/** Every skill a role needs (core or important) has at least two resources, and at least one of them is free. */
function checkCoreSkillsHaveFreeResources(
  entities: KbEntities,
  bySkill: ReadonlyMap<string, readonly Resource[]>,
  at: At,
): void {
  const skillIds = new Set(entities.skills.map((skill) => skill.id));
  const reported = new Set<string>();
  for (const role of entities.roles) {
    role.skills.forEach((link, i) => {
      if (link.importance === 'nice' || !skillIds.has(link.skill) || reported.has(link.skill)) return;
      const teaching = bySkill.get(link.skill) ?? [];
      const count = teaching.length;
      const problems = [
        ...(teaching.some((resource) => resource.costUsd === 0) ? [] : ['no free resource']),
        ...(count >= 2 ? [] : [`${count} resource${count === 1 ? '' : 's'} (needs at least 2)`]),
      ];
      if (problems.length === 0) return;
      reported.add(link.skill);
      at(
        'roles',
        role.id,
        ['skills', i, 'skill'],
        `${link.importance} skill "${link.skill}" has ${problems.join(' and ')} in the KB`,
      );
    });
  }
}
