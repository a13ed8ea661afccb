/** Plain ASCII is unchanged by NFKD, so most names skip it (a third of the time, at every start and lookup). */
const BEYOND_ASCII = /[\u0080-\uffff]/;

/**
 * The lookup key for titles, ids and aliases: case-, accent- and punctuation-insensitive,
 * so "ML Engineer", "ml-engineer" and "  ML engineer. " meet. "+" and "#" are kept so C, C++ and C# differ.
 */
export function normalizeName(name: string): string {
  const unaccented = BEYOND_ASCII.test(name) ? name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : name;
  return unaccented
    .toLowerCase()
    .replace(/[^a-z0-9+#]+/g, ' ')
    .trim();
}
