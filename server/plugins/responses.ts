import { errorResponseSchema } from '../../common/contracts/common';

/** Error answers listed in the OpenAPI document for every route. */
export const errorResponses = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
  409: errorResponseSchema,
};
