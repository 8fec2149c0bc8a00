/** `compute`, recomputed only when one of its arguments changed (by identity): the view models are kept across re-renders. */
export function lastResultOf<A extends readonly unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | null = null;
  return (...args) => {
    if (!last || args.length !== last.args.length || args.some((arg, index) => arg !== last?.args[index])) {
      last = { args, result: compute(...args) };
    }
    return last.result;
  };
}

/** `hasChanged` of `headers` and `labels`: a new object with the same entries is no change (React's inline `headers={{…}}`). */
export function changedByValue(value: unknown, old: unknown): boolean {
  if (value === old) return false;
  if (!value || !old || typeof value !== 'object' || typeof old !== 'object') return true;
  const keys = Object.keys(value);
  return keys.length !== Object.keys(old).length || keys.some((key) => !Object.is((value as Record<string, unknown>)[key], (old as Record<string, unknown>)[key]));
}
