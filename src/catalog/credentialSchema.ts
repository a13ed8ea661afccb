import { z } from 'zod';

/**
 * The curated credential table (`content/credentials/*.yaml`): licences, degrees, apprenticeships, certifications
 * and exams that gate entry to an occupation, with the length of the usual route and where each figure comes from.
 */
export const CREDENTIAL_KINDS = ['licence', 'degree', 'apprenticeship', 'certification', 'exam'] as const;
export const CREDENTIAL_REQUIREMENTS = [
  'required-by-law',
  'usually-required-by-employers',
  'optional',
] as const;
/** The families issue 15 names; every one must have at least one credential. */
export const CREDENTIAL_FAMILIES = [
  'health',
  'law',
  'trades',
  'teaching',
  'accounting-and-finance',
  'other',
] as const;

const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (lowercase letters, digits and single hyphens)');
const Text = z.string().trim().min(1, 'must not be empty');
const Sentence = z
  .string()
  .trim()
  .min(12, 'must be a full sentence (at least 12 characters)')
  .max(420, 'one or two sentences (at most 420 characters)');
const OnetCode = z.string().regex(/^\d{2}-\d{4}\.\d{2}$/, 'must be an O*NET-SOC code such as 29-1141.00');
const Months = z
  .number({ error: 'must be a number of months' })
  .int('must be whole calendar months')
  .min(0, 'must not be negative')
  .max(240, 'more than 20 years is not a programme length');
const YearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month written YYYY-MM');
const HttpUrl = z.url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' });

export const ProgrammeSchema = z.strictObject({
  /** Calendar months of the usual route for someone starting without the credential (full-time unless stated). */
  minMonths: Months,
  maxMonths: Months,
  /** False when the route is normally taken part-time or alongside a job. */
  fullTime: z.boolean({ error: 'must be true or false' }),
  /** The longest usual part-time route, when a source gives one. */
  partTimeMaxMonths: Months.optional(),
  /** True when the programme is paid work (an apprenticeship, a medical residency). */
  paid: z.boolean({ error: 'must be true or false' }).optional(),
  /** True when a bound is our reading of several sources rather than a figure one source states. */
  estimate: z.boolean({ error: 'must be true or false' }),
});

export const CostSchema = z.strictObject({
  min: z.number().nonnegative('must not be negative'),
  max: z.number().nonnegative('must not be negative'),
  estimate: z.boolean({ error: 'must be true or false' }),
  asOf: YearMonth,
});

export const CredentialSourceSchema = z.strictObject({
  publisher: Text,
  title: Text,
  year: z.number().int().min(1900).max(2100),
  url: HttpUrl,
});

export const CredentialSchema = z.strictObject({
  id: Id,
  /** What a reader would call it: "Associate degree in nursing and NCLEX-RN licence". */
  name: Text,
  family: z.enum(CREDENTIAL_FAMILIES),
  kind: z.enum(CREDENTIAL_KINDS),
  required: z.enum(CREDENTIAL_REQUIREMENTS),
  /** O*NET-SOC codes of the catalogue occupations it gates. */
  occupations: z.array(OnetCode).min(1, 'name at least one occupation code'),
  /** Absent when no source gives a length (an exam studied for alone, a licence with only an hours rule). */
  programme: ProgrammeSchema.optional(),
  prerequisites: Text,
  /**
   * Supervised work required before the credential is granted. For an apprenticeship it is earned inside the
   * programme (not added to it); otherwise it follows the programme.
   */
  experienceMonths: Months.optional(),
  costUsd: CostSchema.optional(),
  /**
   * For a degree: the O*NET education category it stands for (5 associate's, 6 bachelor's, 8 master's…), so
   * someone already educated to that level in a related field is not sent back to take it again.
   */
  educationLevel: z.number().int().min(1).max(12).optional(),
  /** What a career changer should know, in our own words. */
  note: Sentence,
  sources: z.array(CredentialSourceSchema).min(1, 'needs at least one source'),
});

export type CredentialKind = (typeof CREDENTIAL_KINDS)[number];
export type CredentialRequirement = (typeof CREDENTIAL_REQUIREMENTS)[number];
export type CredentialFamily = (typeof CREDENTIAL_FAMILIES)[number];
export type Programme = z.infer<typeof ProgrammeSchema>;
export type Credential = z.infer<typeof CredentialSchema>;
