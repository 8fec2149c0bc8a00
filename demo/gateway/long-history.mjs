// Scenario option `history=N`: the geluid zaak (ZAAK-2026-0000789) gets N more statussen of its current
// step, each with a statustoelichting, dated before that step's own sub-steps, so its current step holds
// N + 4 sub-steps (CONTRACT 5: a step shows its 20 newest at first, a button shows the rest).
import { uid } from './fixtures.mjs';

const GELUID = '4f9d3c62-8a1e-4b7f-9c35-2e6a1d8b0f47';
const cache = new Map();

/** @param {any} world @param {number} count @returns {any} a copy of the world with the longer history */
export function withLongHistory(world, count) {
  const key = `${world.layout}:${count}`;
  if (cache.has(key)) return cache.get(key);
  const statussen = new Map(world.statussen);
  const zaakOf = new Map(world.zaakOf);
  const own = [...world.statussen.values()].filter((s) => zaakOf.get(s.uuid) === GELUID);
  const current = own.find((s) => s.indicatieLaatstGezetteStatus);
  const start = Date.parse('2026-07-16T09:00:00Z');
  for (let i = 0; i < count; i++) {
    const uuid = uid(`status:${GELUID}:history:${i}`);
    const url = current.url.replace(current.uuid, uuid);
    statussen.set(uuid, {
      ...current,
      url,
      uuid,
      datumStatusGezet: new Date(start + i * 60_000).toISOString(),
      statustoelichting: `Bericht ${i + 1} van de aannemer.`,
      indicatieLaatstGezetteStatus: false,
    });
    zaakOf.set(uuid, GELUID);
  }
  const longer = { ...world, statussen, zaakOf };
  cache.set(key, longer);
  return longer;
}
