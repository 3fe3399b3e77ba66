// What every family strengthening route shares: its tag, its path prefix, its access and its answers.
import { idParamsSchema } from '../../common/contracts/common';
import { errorResponses } from '../plugins/responses';

export const tags = ['family strengthening'];
export const base = '/api/strengthening';
export const read = { access: 'strengthening.read' as const };
export const write = { access: 'strengthening.write' as const };
export const params = idParamsSchema;
/** A change may also be refused for breaking a rule of the programme (422, like a 400). */
export const withRules = { ...errorResponses, 422: errorResponses[400] };
