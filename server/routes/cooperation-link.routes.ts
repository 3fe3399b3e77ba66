import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { pageQuerySchema } from '../../common/contracts/common';
import { signedDocumentSchema } from '../../common/contracts/cooperation-documents';
import {
  confirmBodySchema,
  connectionBodySchema,
  connectionSchema,
  pushIndicatorsBodySchema,
  pushPageSchema,
  pushSchema,
  registerBodySchema,
} from '../../common/contracts/cooperation-link';
import type { Deps } from '../domain/context';
import {
  confirmHub,
  connection,
  registerWithHub,
  saveConnection,
} from '../domain/cooperation/connection.service';
import { pushFileName, pushIndicators } from '../domain/cooperation/indicator-push.service';
import { pushLog } from '../domain/cooperation/push.service';
import { errorResponses } from '../plugins/responses';
import { cooperationPushKindRoutes } from './cooperation-push-kinds.routes';
import { attachment } from './files';

const tags = ['cooperation'];
const withErrors = { ...errorResponses, 422: errorResponses[400] };

/** A country's own Yuva linked to the cooperation hub, and what it pushes there (decision 0045). */
export function cooperationLinkRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const connect = { access: 'cooperation.connect' as const };
  r.get(
    '/api/cooperation/connection',
    {
      config: connect,
      schema: {
        tags,
        summary:
          "This installation's country, hub and public key with its fingerprint (never the private key), and whether the hub registered and the administrator confirmed it",
        response: { 200: connectionSchema, ...errorResponses },
      },
    },
    async (q) => connection(deps, q.ctx),
  );
  r.put(
    '/api/cooperation/connection',
    {
      config: connect,
      schema: {
        tags,
        summary:
          'Choose the country, the hub (https) and who registers; a key pair is made the first time or on request (then registered again)',
        body: connectionBodySchema,
        response: { 200: connectionSchema, ...withErrors },
      },
    },
    async (q) => saveConnection(deps, q.ctx, q.body),
  );
  r.post(
    '/api/cooperation/connection/register',
    {
      config: connect,
      schema: {
        tags,
        summary:
          "Register the public key with the hub (its /api/hub/keys); the hub's fingerprint must be ours. A hub that does not answer or refuses changes nothing",
        body: registerBodySchema,
        response: { 200: connectionSchema, ...withErrors },
      },
    },
    async (q) => registerWithHub(deps, q.ctx, q.body),
  );
  r.post(
    '/api/cooperation/connection/confirm',
    {
      config: connect,
      schema: {
        tags,
        summary: "Confirm the hub after comparing the key's fingerprint with the hub's administrator",
        body: confirmBodySchema,
        response: { 200: connectionSchema, ...withErrors },
      },
    },
    async (q) => confirmHub(deps, q.ctx, q.body),
  );
  const push = { access: 'cooperation.push' as const };
  r.post(
    '/api/cooperation/pushes/indicators',
    {
      config: push,
      schema: {
        tags,
        summary:
          "Sign the year's indicator document (aggregates only, small cells withheld) and send it to the hub (201, the log's row) or download it as a file (200, the signed document)",
        body: pushIndicatorsBodySchema,
        response: { 200: signedDocumentSchema, 201: pushSchema, ...withErrors },
      },
    },
    async (q, reply) => {
      const result = await pushIndicators(deps, q.ctx, q.body);
      if (q.body.via === 'network') return reply.code(201).send(result.push);
      return reply
        .header('content-disposition', attachment(pushFileName(result.document, result.push.subject)))
        .send(result.document);
    },
  );
  r.get(
    '/api/cooperation/pushes',
    {
      config: push,
      schema: {
        tags,
        summary: 'What this installation pushed to the hub, newest first, with the hub’s answers',
        querystring: pageQuerySchema,
        response: { 200: pushPageSchema, ...errorResponses },
      },
    },
    async (q) => pushLog(deps, q.ctx, q.query),
  );
  cooperationPushKindRoutes(app, deps);
}
