import { describe, expect, it } from 'vitest';
import { normalizeName } from './normalizeName.ts';

describe('normalizeName', () => {
  it('folds case, punctuation and spacing, keeping + and # so C, C++ and C# differ', () => {
    expect(normalizeName('  ML engineer. ')).toBe('ml engineer');
    expect(normalizeName('ml-engineer')).toBe('ml engineer');
    expect(['C', 'C++', 'C#'].map(normalizeName)).toEqual(['c', 'c++', 'c#']);
  });

  it('drops accents and unfolds compatibility characters, the same as for plain ASCII', () => {
    expect(normalizeName('Café Owner')).toBe('cafe owner');
    expect(normalizeName('ÅNGSTRÖM')).toBe('angstrom');
    expect(normalizeName('ﬁnance analyst')).toBe('finance analyst');
    expect(normalizeName('Señor Developer')).toBe(normalizeName('Senor Developer'));
  });
});
