import type { Family } from '../domain/kb/schemas.ts';

/** The 23 major groups of the 2018 Standard Occupational Classification, by their two-digit code. */
export const SOC_MAJOR_GROUPS: Readonly<Record<string, string>> = {
  '11': 'Management',
  '13': 'Business and Financial Operations',
  '15': 'Computer and Mathematical',
  '17': 'Architecture and Engineering',
  '19': 'Life, Physical, and Social Science',
  '21': 'Community and Social Service',
  '23': 'Legal',
  '25': 'Educational Instruction and Library',
  '27': 'Arts, Design, Entertainment, Sports, and Media',
  '29': 'Healthcare Practitioners and Technical',
  '31': 'Healthcare Support',
  '33': 'Protective Service',
  '35': 'Food Preparation and Serving Related',
  '37': 'Building and Grounds Cleaning and Maintenance',
  '39': 'Personal Care and Service',
  '41': 'Sales and Related',
  '43': 'Office and Administrative Support',
  '45': 'Farming, Fishing, and Forestry',
  '47': 'Construction and Extraction',
  '49': 'Installation, Maintenance, and Repair',
  '51': 'Production',
  '53': 'Transportation and Material Moving',
  '55': 'Military Specific',
};

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

export function majorGroupOf(soc: string): string {
  return soc.slice(0, 2);
}
