import type { RoleSummary } from '../app/listRoles.ts';
import { FAMILIES, type Family } from '../domain/kb/schemas.ts';
import { SOC_MAJOR_GROUPS } from '../domain/kb/socMajorGroups.ts';

export const FAMILY_LABELS: Record<Family, string> = {
  'software-engineering': 'Software engineering',
  'data-and-ai': 'Data and AI',
  'infrastructure-and-operations': 'Infrastructure and operations',
  security: 'Security',
  'quality-assurance': 'Quality assurance',
  'design-and-content': 'Design and content',
  'product-and-project': 'Product and project',
  'business-and-finance': 'Business and finance',
  education: 'Education',
  'science-and-engineering': 'Science and engineering',
  'marketing-and-sales': 'Marketing and sales',
  'support-and-service': 'Support and service',
  management: 'Management',
  healthcare: 'Healthcare',
  legal: 'Legal',
  'community-and-social-service': 'Community and social service',
  'arts-media-and-sports': 'Arts, media and sports',
  'protective-service': 'Protective service',
  'personal-care-and-hospitality': 'Personal care and hospitality',
  'office-and-administration': 'Office and administration',
  'skilled-trades': 'Skilled trades',
  'production-and-manufacturing': 'Production and manufacturing',
  'transportation-and-logistics': 'Transportation and logistics',
  'agriculture-and-natural-resources': 'Agriculture and natural resources',
  military: 'Military',
};

export function groupByFamily(roles: readonly RoleSummary[]) {
  return FAMILIES.map((family) => ({
    family,
    label: FAMILY_LABELS[family],
    roles: roles.filter((role) => role.family === family),
  })).filter((group) => group.roles.length > 0);
}

/** Every role with an occupation, by SOC major group in code order; groups with no role are left out. */
export function groupBySoc(roles: readonly RoleSummary[]) {
  return Object.entries(SOC_MAJOR_GROUPS)
    .map(([code, label]) => ({
      code,
      label,
      roles: roles.filter((role) => role.majorGroup === code),
    }))
    .filter((group) => group.roles.length > 0);
}
