// Problem details (RFC 9457) the gateway writes itself. The 404 is one constant: a zaak that does
// not exist, someone else's zaak, an unknown path and a refused resource all get these exact bytes.

export interface Problem {
  status: number;
  body: string;
}

function problem(status: number, code: string, title: string, extra: Record<string, unknown> = {}): Problem {
  return {
    status,
    body: JSON.stringify({ type: `urn:mijn-zaken:gateway:${code}`, code, title, status, detail: title, ...extra }),
  };
}

export const NOT_FOUND = problem(404, 'not_found', 'Niet gevonden.');
export const UNAUTHENTICATED = problem(401, 'not_authenticated', 'U bent niet (meer) ingelogd.');
export const FORBIDDEN_WRITE = problem(403, 'csrf', 'Dit verzoek is geweigerd: het mist de kop X-Mijn-Zaken of komt van een niet toegestane herkomst.');
export const TOO_MANY = problem(429, 'throttled', 'Te veel verzoeken; probeer het zo opnieuw.');
export const BAD_GATEWAY = problem(502, 'bad_gateway', 'De achterliggende dienst gaf een ongeldig antwoord.');
export const UNAVAILABLE = problem(503, 'service_unavailable', 'Dienst tijdelijk niet beschikbaar, probeer het later opnieuw.');
export const GATEWAY_TIMEOUT = problem(504, 'gateway_timeout', 'De achterliggende dienst antwoordde niet op tijd.');
export const TOO_LARGE = problem(413, 'too_large', 'Het verzoek is te groot.');
export const UNSUPPORTED_MEDIA = problem(415, 'unsupported_media_type', 'Media type wordt niet ondersteund.');
export const INTERNAL = problem(500, 'error', 'Er is een fout opgetreden in de gateway.');

export function badRequest(reason: string, name = 'nonFieldErrors'): Problem {
  return problem(400, 'invalid', 'Ongeldige invoer.', { invalidParams: [{ name, code: 'invalid', reason }] });
}

/**
 * A busy back end (429 or 503) as the browser sees it: the same status as the gateway's own problem,
 * with the back end's validated Retry-After (see upstream.safeRetryAfter), never its other headers or body.
 */
export function unavailable(status: 429 | 503, retryAfter: string | undefined): { problem: Problem; headers: Record<string, string> } {
  return { problem: status === 429 ? TOO_MANY : UNAVAILABLE, headers: retryAfter === undefined ? {} : { 'retry-after': retryAfter } };
}
