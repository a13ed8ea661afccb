import type { KnowledgeBase } from './knowledgeBase.ts';

export interface KbStats {
  readonly kbVersion: string;
  readonly roles: number;
  /** Roles our editors wrote, and roles built from the occupation catalogue. */
  readonly reviewedRoles: number;
  readonly catalogRoles: number;
  /** Distinct names (titles, aliases, catalogue job titles) that resolve to a role. */
  readonly resolvableNames: number;
  readonly skills: number;
  readonly resources: number;
  readonly freeResources: number;
  readonly certifications: number;
  readonly retiredCertifications: number;
  readonly traits: number;
  readonly sources: number;
  readonly roleSkillLinks: number;
  /** Salary, growth and demand figures across all roles. */
  readonly figures: number;
  /** Figures naming at least one source that exists in the KB. */
  readonly figuresSourced: number;
}

export function kbStats(kb: KnowledgeBase): KbStats {
  const figures = kb.roles.flatMap((role) => [role.salary, role.outlook, role.demand]);
  return {
    kbVersion: kb.kbVersion,
    roles: kb.roles.length,
    reviewedRoles: kb.roles.filter((role) => !role.catalog).length,
    catalogRoles: kb.roles.filter((role) => role.catalog).length,
    resolvableNames: kb.roleByName.size,
    skills: kb.skills.length,
    resources: kb.resources.length,
    freeResources: kb.resources.filter((resource) => resource.costUsd === 0).length,
    certifications: kb.certifications.length,
    retiredCertifications: kb.certifications.filter((cert) => cert.status === 'retired').length,
    traits: kb.traits.length,
    sources: kb.sources.length,
    roleSkillLinks: kb.roles.reduce((sum, role) => sum + role.skills.length, 0),
    figures: figures.length,
    figuresSourced: figures.filter(
      (figure) => figure.sourceIds.length > 0 && figure.sourceIds.every((id) => kb.source.has(id)),
    ).length,
  };
}
