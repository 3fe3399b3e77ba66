import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParamsSchema, listOf } from '../../common/contracts/common';
import {
  documentReceiptSchema,
  keyRegistrationAnswerSchema,
  keyRegistrationSchema,
} from '../../common/contracts/cooperation-documents';
import {
  countryKeySchema,
  hubDocumentBodySchema,
  hubSettingsSchema,
  hubSwitchBodySchema,
  receivedDocumentPageSchema,
  receivedDocumentsQuerySchema,
} from '../../common/contracts/cooperation-hub';
import type { Deps } from '../domain/context';
import { receiveDocument, receivedDocuments } from '../domain/cooperation/hub-inbox.service';
import { confirmKey, countryKeys, registerKey, revokeKey } from '../domain/cooperation/hub-keys.service';
import { changeHubSwitch, hubState } from '../domain/cooperation/hub-register.service';
import { errorResponses } from '../plugins/responses';
import { cooperationRegisterRoutes } from './cooperation-register.routes';

const tags = ['cooperation hub'];
const hub = { access: 'cooperation.hub' as const };
const withRules = { ...errorResponses, 422: errorResponses[400] };

/**
 * The hub's side of the countries' channel (decision 0045): the switch, the register, the keys
 * countries registered and the documents they sent. Two doors are public: a country's Yuva has
 * no session here, its signature is what the hub trusts.
 */
export function cooperationHubRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/cooperation/hub',
    {
      config: hub,
      schema: {
        tags,
        summary: 'Whether this installation is the countries’ cooperation hub',
        response: { 200: hubSettingsSchema, ...errorResponses },
      },
    },
    async (q) => hubState(deps, q.ctx),
  );
  r.put(
    '/api/cooperation/hub',
    {
      config: hub,
      schema: {
        tags,
        summary: 'Make this installation the cooperation hub, or stop being one',
        body: hubSwitchBodySchema,
        response: { 200: hubSettingsSchema, ...errorResponses },
      },
    },
    async (q) => changeHubSwitch(deps, q.ctx, q.body),
  );
  cooperationRegisterRoutes(app, deps);

  r.post(
    '/api/hub/keys',
    {
      config: { access: 'public' as const },
      schema: {
        tags,
        summary:
          "A country's Yuva registers its public key (pending until the hub's administrator confirms its fingerprint); a repeat answers the key's status",
        body: keyRegistrationSchema,
        response: { 200: keyRegistrationAnswerSchema, ...withRules, 429: errorResponses[400] },
      },
    },
    async (q) => registerKey(deps, q.ctx, q.body),
  );
  r.get(
    '/api/cooperation/keys',
    {
      config: hub,
      schema: {
        tags,
        summary: "The countries' registered keys with their fingerprints, pending ones first",
        response: { 200: listOf(countryKeySchema), ...errorResponses },
      },
    },
    async (q) => countryKeys(deps, q.ctx),
  );
  for (const [step, summary, run] of [
    ['confirm', "Trust a country's key (its previous key goes out of use)", confirmKey],
    ['revoke', "Take a country's key out of use", revokeKey],
  ] as const) {
    r.post(
      `/api/cooperation/keys/:id/${step}`,
      {
        config: hub,
        schema: {
          tags,
          summary,
          params: idParamsSchema,
          response: { 200: countryKeySchema, ...errorResponses },
        },
      },
      async (q) => run(deps, q.ctx, q.params.id),
    );
  }

  r.post(
    '/api/hub/documents',
    {
      config: { access: 'public' as const },
      schema: {
        tags,
        summary: "A country's Yuva sends a signed document (aggregates or knowledge, never a child's record)",
        body: hubDocumentBodySchema,
        response: { 201: documentReceiptSchema, ...withRules },
      },
    },
    async (q, reply) => reply.code(201).send(await receiveDocument(deps, q.ctx, q.body, 'network')),
  );
  r.post(
    '/api/cooperation/documents/upload',
    {
      config: { access: 'cooperation.write' as const },
      schema: {
        tags,
        summary:
          "Upload a country's signed document by hand (the JSON file as the body): the hub's administrator, or a delegate of that country",
        body: hubDocumentBodySchema,
        response: { 201: documentReceiptSchema, ...withRules },
      },
    },
    async (q, reply) => reply.code(201).send(await receiveDocument(deps, q.ctx, q.body, 'file')),
  );
  r.get(
    '/api/cooperation/documents',
    {
      config: { access: 'cooperation.read' as const },
      schema: {
        tags,
        summary: 'The documents the hub received from the member countries (without their contents)',
        querystring: receivedDocumentsQuerySchema,
        response: { 200: receivedDocumentPageSchema, ...errorResponses },
      },
    },
    async (q) => receivedDocuments(deps, q.ctx, q.query),
  );
}
