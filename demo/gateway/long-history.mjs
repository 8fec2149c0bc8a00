// @ts-check
// Scenario option `history=N`: the geluid zaak (ZAAK-2026-0000789) gets N more statussen of its current
// step, each with a statustoelichting, dated before that step's own sub-steps, so its current step holds
// N + 4 sub-steps (CONTRACT 5: a step shows its 20 newest at first, a button shows the rest).
// A scenario module (modules.mjs): the option and a `world` hook.
import { uid } from './fixtures.mjs';

/** @typedef {import('./fixtures.mjs').World} World */

const GELUID = '4f9d3c62-8a1e-4b7f-9c35-2e6a1d8b0f47';
/** @type {Map<string, World>} */
const cache = new Map();

/** @param {World} world @param {number} count @returns {World} a copy of the world with the longer history */
export function withLongHistory(world, count) {
  const key = `${world.layout}:${count}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const statussen = new Map(world.statussen);
  const zaakOf = new Map(world.zaakOf);
  const own = [...world.statussen.values()].filter((s) => zaakOf.get(String(s.uuid)) === GELUID);
  const current = own.find((s) => s.indicatieLaatstGezetteStatus);
  if (!current) return world;
  const start = Date.parse('2026-07-16T09:00:00Z');
  for (let i = 0; i < count; i++) {
    const uuid = uid(`status:${GELUID}:history:${i}`);
    const url = String(current.url).replace(String(current.uuid), uuid);
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

/** `history=N`. @type {import('./modules.mjs').ScenarioModule} */
export const longHistory = {
  name: 'history',
  options: {
    history: (v) => {
      if (!/^\d+$/.test(v) || Number(v) < 1 || Number(v) > 100000) throw new Error('expected a whole number 1-100000');
      return Number(v);
    },
  },
  world: (world, scenario) => {
    const count = scenario.modules.history?.history;
    return typeof count === 'number' ? withLongHistory(world, count) : world;
  },
};
