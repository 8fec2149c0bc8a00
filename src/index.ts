/** The npm entry: the element class and its types, without side effects. Import `./define.js` to register the tag. */
export { MijnZakenElement, type Credentials, type Navigation } from './mijn-zaken/mijn-zaken.element.js';
export type { MijnZakenErrorDetail, MijnZakenLoadDetail, MijnZakenSelectDetail, MijnZakenSubmitDetail } from './mijn-zaken/events.js';
export type { GatewayErrorKind } from './gateway/errors.js';
export type { Audience } from './model/view-model.js';
export type { Confidentiality } from './model/documents.js';
export { resetGatewayState } from './gateway/client.js';
