import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParamsSchema, listOf } from '../../common/contracts/common';
import {
  familyDetailSchema,
  familyDistrictBodySchema,
  unmatchedDistrictSchema,
} from '../../common/contracts/foster';
import type { Deps } from '../domain/context';
import { changeFamilyDistrict, unmatchedDistricts } from '../domain/foster/districts.service';
import { errorResponses } from '../plugins/responses';

const tags = ['foster families'];
const manage = { access: 'foster.manage' as const };

/** A family's city or district as a place code, and the written districts no place matched. */
export function fosterDistrictRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.put(
    '/api/foster/families/:id/district',
    {
      config: manage,
      schema: {
        tags,
        summary:
          "The family's city or district, chosen from the places (the district it wrote stays as a note)",
        params: idParamsSchema,
        body: familyDistrictBodySchema,
        response: { 200: familyDetailSchema, ...errorResponses, 422: errorResponses[400] },
      },
    },
    async (q) => changeFamilyDistrict(deps, q.ctx, q.params.id, q.body),
  );
  r.get(
    '/api/foster/districts/unmatched',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Families whose written district matched no city or district, for an officer to choose it',
        response: { 200: listOf(unmatchedDistrictSchema), ...errorResponses },
      },
    },
    async (q) => unmatchedDistricts(deps, q.ctx),
  );
}
