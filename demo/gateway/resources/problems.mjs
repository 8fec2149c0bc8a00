// @ts-check
// Problem details (`application/problem+json`) as Open Zaak / vng-api-common give them: the one
// table of the mock gateway, for its reads, its writes and its scenario failures.
import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import { backendOrigin } from './bases.mjs';

/** @typedef {import('./types.mjs').JsonObject} JsonObject */
/** @typedef {import('./types.mjs').InvalidParam} InvalidParam */

/** Dutch texts as Django REST framework (nl) gives them: [exception name, code, title]. */
const PROBLEMS = /** @type {Record<number, [string, string, string]>} */ ({
  400: ['ValidationError', 'invalid', 'Ongeldige invoer.'],
  401: ['NotAuthenticated', 'not_authenticated', 'Authenticatiegegevens zijn niet opgegeven.'],
  403: ['PermissionDenied', 'permission_denied', 'Je hebt geen toestemming om deze actie uit te voeren.'],
  404: ['NotFound', 'not_found', 'Niet gevonden.'],
  405: ['MethodNotAllowed', 'method_not_allowed', 'Methode niet toegestaan.'],
  406: ['NotAcceptable', 'not_acceptable', 'Kan niet voldoen aan de opgegeven Accept header.'],
  409: ['Conflict', 'conflict', 'Er is een conflict opgetreden.'],
  410: ['Gone', 'gone', 'Deze resource is verwijderd.'],
  412: ['PreconditionFailed', 'precondition_failed', 'Niet aan de voorwaarden voldaan.'],
  413: ['RequestEntityTooLarge', 'too_large', 'De inhoud van het verzoek is te groot.'],
  415: ['UnsupportedMediaType', 'unsupported_media_type', 'Media type wordt niet ondersteund.'],
  429: ['Throttled', 'throttled', 'Verzoek is afgeknepen.'],
  500: ['APIException', 'error', 'Er is een serverfout opgetreden.'],
  502: ['BadGateway', 'bad_gateway', 'De achterliggende dienst gaf een ongeldig antwoord.'],
  503: ['ServiceUnavailable', 'service_unavailable', 'Dienst tijdelijk niet beschikbaar, probeer het later opnieuw.'],
  504: ['GatewayTimeout', 'gateway_timeout', 'De achterliggende dienst antwoordde niet op tijd.'],
});
/** DRF's ParseError (invalid JSON or multipart) is a 400 of its own type. */
const PARSE_ERROR = /** @type {[string, string, string]} */ (['ParseError', 'parse_error', 'Ongeldige invoer.']);

/**
 * @typedef {{ detail?: string, code?: string, title?: string, invalidParams?: InvalidParam[] }} ProblemFields
 */

/**
 * @param {import('./types.mjs').Layout} layout @param {import('./bases.mjs').Api} api @param {number} status
 * @param {ProblemFields} fields
 * @returns {JsonObject}
 */
export function problem(layout, api, status, fields) {
  const [name, code, title] = fields.code === 'parse_error' ? PARSE_ERROR : PROBLEMS[status] ?? [`Http${status}`, 'error', STATUS_CODES[status] ?? 'Fout'];
  return {
    type: `${backendOrigin(layout, api)}/ref/fouten/${name}/`,
    code: fields.code ?? code,
    title: fields.title ?? title,
    status,
    detail: fields.detail ?? fields.title ?? title,
    instance: `urn:uuid:${randomUUID()}`,
    ...(fields.invalidParams ? { invalidParams: fields.invalidParams } : {}),
  };
}
