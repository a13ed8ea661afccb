import type { Family } from '../domain/kb/schemas.ts';

/**
 * Pathway's family for an occupation, by the longest SOC prefix listed: the major group, with the computer and
 * mathematical group split the way the curated roles are (software, infrastructure, security, data).
 */
const FAMILY_BY_PREFIX: readonly (readonly [string, Family])[] = [
  ['15-1211', 'software-engineering'],
  ['15-1212', 'security'],
  ['15-1221', 'data-and-ai'],
  ['15-1231', 'infrastructure-and-operations'],
  ['15-1232', 'support-and-service'],
  ['15-1241', 'infrastructure-and-operations'],
  ['15-1242', 'infrastructure-and-operations'],
  ['15-1243', 'data-and-ai'],
  ['15-1244', 'infrastructure-and-operations'],
  ['15-1253', 'quality-assurance'],
  ['15-1255', 'design-and-content'],
  ['15-2', 'data-and-ai'],
  ['15', 'software-engineering'],
  ['11', 'management'],
  ['13', 'business-and-finance'],
  ['17', 'science-and-engineering'],
  ['19', 'science-and-engineering'],
  ['21', 'community-and-social-service'],
  ['23', 'legal'],
  ['25', 'education'],
  ['27-1', 'design-and-content'],
  ['27-3', 'design-and-content'],
  ['27', 'arts-media-and-sports'],
  ['29', 'healthcare'],
  ['31', 'healthcare'],
  ['33', 'protective-service'],
  ['35', 'personal-care-and-hospitality'],
  ['37', 'personal-care-and-hospitality'],
  ['39', 'personal-care-and-hospitality'],
  ['41', 'marketing-and-sales'],
  ['43-4051', 'support-and-service'],
  ['43', 'office-and-administration'],
  ['45', 'agriculture-and-natural-resources'],
  ['47', 'skilled-trades'],
  ['49', 'skilled-trades'],
  ['51', 'production-and-manufacturing'],
  ['53', 'transportation-and-logistics'],
  ['55', 'military'],
];

export function familyOfSoc(soc: string): Family {
  const match = FAMILY_BY_PREFIX.find(([prefix]) => soc.startsWith(prefix));
  return match ? match[1] : 'support-and-service';
}
