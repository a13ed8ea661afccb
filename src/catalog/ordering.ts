/** Code-point order: the same on every machine and locale, so the committed files never depend on where they were made. */
export function codePointOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** O*NET element ids in content-model order: `2.C.2.a` before `2.C.10` (numeric parts compare as numbers). */
export function elementIdOrder(a: string, b: string): number {
  const left = a.split('.');
  const right = b.split('.');
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const x = left[i] as string;
    const y = right[i] as string;
    if (x === y) continue;
    const numeric = /^\d+$/.test(x) && /^\d+$/.test(y);
    return numeric ? Number(x) - Number(y) : codePointOrder(x, y);
  }
  return left.length - right.length;
}
