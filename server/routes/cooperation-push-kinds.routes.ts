import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { signedDocumentSchema } from '../../common/contracts/cooperation-documents';
import { pushSchema } from '../../common/contracts/cooperation-link';
import {
  pushAmbassadorsBodySchema,
  pushFosterDayBodySchema,
  pushPracticeBodySchema,
  sharedPracticesSchema,
} from '../../common/contracts/cooperation-push-kinds';
import type { Deps } from '../domain/context';
import { pushFileName } from '../domain/cooperation/indicator-push.service';
import {
  fileSubject,
  pushAmbassadors,
  pushFosterDay,
  pushPractice,
  sharedPractices,
} from '../domain/cooperation/kind-push.service';
import type { PushResult } from '../domain/cooperation/push.service';
import { errorResponses } from '../plugins/responses';
import { attachment } from './files';

const tags = ['cooperation'];
const withErrors = { ...errorResponses, 422: errorResponses[400] };
const answers = { 200: signedDocumentSchema, 201: pushSchema, ...withErrors };

/** As the indicators: 201 with the log's row when sent, 200 with the signed file to download. */
function answer(reply: FastifyReply, via: 'network' | 'file', result: PushResult) {
  if (via === 'network') return reply.code(201).send(result.push);
  const { document, push } = result;
  const subject = fileSubject(document.kind, push.subject, document.payload as Record<string, unknown>);
  return reply.header('content-disposition', attachment(pushFileName(document, subject))).send(document);
}

/** The practice, Foster Family Day results and ambassadors' figures a country sends (decision 0045). */
export function cooperationPushKindRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const config = { access: 'cooperation.push' as const };
  r.post(
    '/api/cooperation/pushes/practice',
    {
      config,
      schema: {
        tags,
        summary:
          'Share a good practice as the country wrote it (with `ref`, an update of one already shared): sent to the hub (201) or downloaded signed (200)',
        body: pushPracticeBodySchema,
        response: answers,
      },
    },
    async (q, reply) => answer(reply, q.body.via, await pushPractice(deps, q.ctx, q.body)),
  );
  r.get(
    '/api/cooperation/pushes/practices',
    {
      config,
      schema: {
        tags,
        summary: 'The good practices this installation shared, the last version sent of each',
        response: { 200: sharedPracticesSchema, ...errorResponses },
      },
    },
    async (q) => sharedPractices(deps, q.ctx),
  );
  r.post(
    '/api/cooperation/pushes/foster-day',
    {
      config,
      schema: {
        tags,
        summary:
          "Sign the Foster Family Day results of the country's chosen campaigns (counts only, small ones withheld): sent (201) or downloaded (200)",
        body: pushFosterDayBodySchema,
        response: answers,
      },
    },
    async (q, reply) => answer(reply, q.body.via, await pushFosterDay(deps, q.ctx, q.body)),
  );
  r.post(
    '/api/cooperation/pushes/ambassadors',
    {
      config,
      schema: {
        tags,
        summary:
          "Sign the volunteer ambassadors' figures of the year (counts only, small ones withheld): sent (201) or downloaded (200)",
        body: pushAmbassadorsBodySchema,
        response: answers,
      },
    },
    async (q, reply) => answer(reply, q.body.via, await pushAmbassadors(deps, q.ctx, q.body)),
  );
}
