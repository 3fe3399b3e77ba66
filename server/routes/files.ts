import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DOCUMENT_MEDIA_TYPES } from '../../common/contracts/leaving-care';

/**
 * A scope whose routes take a raw file (PDF, JPEG, PNG) as the body, up to `maxBytes`;
 * anything larger is refused with 413 before it is read in full.
 */
export function withFileBodies(
  app: FastifyInstance,
  maxBytes: number,
  register: (scope: FastifyInstance) => void,
) {
  app.register(async (scope) => {
    for (const type of DOCUMENT_MEDIA_TYPES)
      scope.addContentTypeParser(type, { parseAs: 'buffer', bodyLimit: maxBytes }, (_q, body, done) =>
        done(null, body),
      );
    register(scope);
  });
}

/** The uploaded file and the type the sender claimed for it (checked against its first bytes later). */
export function fileOf(q: FastifyRequest) {
  return {
    content: Buffer.isBuffer(q.body) ? q.body : Buffer.alloc(0),
    declaredType: String(q.headers['content-type'] ?? '')
      .split(';')[0]!
      .trim(),
  };
}

/** Sends a stored file as a download, never rendered inline. */
export function sendFile(reply: FastifyReply, doc: { filename: string; mediaType: string; content: Buffer }) {
  const ascii = doc.filename.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '');
  return reply
    .type(doc.mediaType)
    .header(
      'content-disposition',
      `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(doc.filename)}`,
    )
    .header('x-content-type-options', 'nosniff')
    .send(doc.content as never);
}
