/**
 * The lookup key for titles, ids and aliases: case-, accent- and punctuation-insensitive,
 * so "ML Engineer", "ml-engineer" and "  ML engineer. " meet. "+" and "#" are kept so C, C++ and C# differ.
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9+#]+/g, ' ')
    .trim();
}
