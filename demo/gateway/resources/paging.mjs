// @ts-check
// A list page as Django REST framework gives it: `{count, next, previous, results}`, `next` and
// `previous` on the back end's origin with the query parameters sorted (DRF's replace_query_param).

/** @typedef {import('./types.mjs').Json} Json */
/** @typedef {import('./engine.mjs').Result} Result */

/**
 * @param {Json[]} items @param {URLSearchParams} query @param {number} defaultSize without `pageSize`
 * @param {string} listUrl the list's back-end URL, without query
 * @returns {Result}
 */
export function paginate(items, query, defaultSize, listUrl) {
  const sizeParam = query.get('pageSize');
  const pageSize = sizeParam && /^\d+$/.test(sizeParam) && Number(sizeParam) > 0 ? Math.min(Number(sizeParam), 500) : defaultSize;
  const pageParam = query.get('page');
  const page = pageParam === null ? 1 : /^\d+$/.test(pageParam) ? Number(pageParam) : NaN;
  const pages = Math.max(1, Math.ceil(items.length / pageSize));
  if (!(page >= 1 && page <= pages)) return { status: 404, problem: { detail: 'Ongeldige pagina.' } };
  /** @param {number} n */
  const link = (n) => {
    const params = new URLSearchParams([...query].filter(([k]) => k !== 'page'));
    if (n > 1) params.set('page', String(n));
    params.sort();
    const qs = params.toString();
    return `${listUrl}${qs ? `?${qs}` : ''}`;
  };
  return {
    status: 200,
    body: {
      count: items.length,
      next: page < pages ? link(page + 1) : null,
      previous: page > 1 ? link(page - 1) : null,
      results: items.slice((page - 1) * pageSize, page * pageSize),
    },
  };
}
