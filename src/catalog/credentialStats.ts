import { CREDENTIAL_FAMILIES, type CredentialFamily } from './credentialSchema.ts';
import type { CredentialTable } from './loadCredentials.ts';

export interface CredentialStats {
  readonly credentials: number;
  /** Catalogue occupations with at least one curated credential. */
  readonly occupationsWithCredential: number;
  /** Credentials with a programme length (the others have only an exam or an hours rule). */
  readonly withProgramme: number;
  readonly byFamily: Readonly<Record<CredentialFamily, number>>;
}

export function credentialStats(table: CredentialTable): CredentialStats {
  const byFamily = Object.fromEntries(CREDENTIAL_FAMILIES.map((family) => [family, 0])) as Record<
    CredentialFamily,
    number
  >;
  for (const credential of table.credentials) byFamily[credential.family] += 1;
  return {
    credentials: table.credentials.length,
    occupationsWithCredential: table.byOccupation.size,
    withProgramme: table.credentials.filter((credential) => credential.programme !== undefined).length,
    byFamily,
  };
}
