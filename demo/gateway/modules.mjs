// @ts-check
// THE hook point for scenario modules. A module adds scenario options and hooks in at fixed points
// of a request (index.mjs runs them in this order):
//
//   endpoints  before the scenario is parsed: its own endpoints (`{mount}/_foreign/…`)
//   reroute    the route's segments (a gateway that answers another zaak)
//   fault      after the session log, barrier and delays, before the token check
//   handle     after the token check and the scenario's failures (a write the table does not take:
//              before its 405, without failures), before the resource table answers
//   world      what the fixture reads (Zaken, Catalogi, Documenten) see of fixtures.mjs's data
//   answer     a fixture read's answer, before hostile data and sending (headers, a 304)
//
// Each returns true when it answered the request (endpoints, fault, handle). A new module: a file
// beside this one exporting a ScenarioModule, and one line in SCENARIO_MODULES.
import { live } from './live.mjs';
import { longHistory } from './long-history.mjs';
import { networkFaults } from './network-faults.mjs';

/** @typedef {import('node:http').IncomingMessage} Req */
/** @typedef {import('node:http').ServerResponse} Res */
/** @typedef {import('./fixtures.mjs').World} World */
/** @typedef {import('./scenario.mjs').Scenario} Scenario */
/** @typedef {import('./resources/engine.mjs').Result} Result */
/** @typedef {import('./resources/reads.mjs').ReadRoute} ReadRoute */
/** @typedef {(options?: { mountPath?: string }) => (req: Req, res: Res, next: (error?: unknown) => void) => void} CreateGateway */

/**
 * One request, as the hooks see it.
 * @typedef {object} GatewayRequest
 * @property {Req} req
 * @property {Res} res
 * @property {URL} url
 * @property {string} mount the mount path (`/api/zgw`)
 * @property {string[]} segments after mount and scenario
 * @property {Scenario} scenario
 * @property {ReadRoute | undefined} route a fixture read's route
 * @property {CreateGateway} createGateway another gateway (network-faults' cross-origin one)
 */

/**
 * @typedef {object} ScenarioModule
 * @property {string} name
 * @property {Record<string, (value: string) => unknown>} [options] scenario options: name → parser (throws a message);
 *   the parsed values are in `scenario.modules[name]`
 * @property {(req: Req, res: Res, segments: string[], createGateway: CreateGateway) => boolean | Promise<boolean>} [endpoints]
 * @property {(segments: string[], scenario: Scenario) => string[]} [reroute]
 * @property {(request: GatewayRequest) => boolean | Promise<boolean>} [fault]
 * @property {(request: GatewayRequest) => boolean | Promise<boolean>} [handle]
 * @property {(world: World, scenario: Scenario) => World} [world]
 * @property {(result: Result, request: GatewayRequest & { route: ReadRoute }) => Result} [answer]
 */

/** @type {ScenarioModule[]} */
export const SCENARIO_MODULES = [networkFaults, longHistory, live];
