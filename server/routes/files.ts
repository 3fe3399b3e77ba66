import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { DOCUMENT_MEDIA_TYPES } from '../../common/contracts/leaving-care';
import { cleanFileName } from '../../common/text/file-name';

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

/**
 * The uploaded file, the type the sender claimed for it (checked against its first bytes
 * later) and its name from the query (`filename`), cleaned of direction overrides, invisible
 * and control characters and folders (`cleanFileName`). Every upload route takes its file
 * from here, so none can store a name as it was sent.
 */
export function fileOf(q: FastifyRequest) {
  const query = (q.query ?? {}) as { filename?: unknown };
  return {
    filename: cleanFileName(typeof query.filename === 'string' ? query.filename : ''),
    content: Buffer.isBuffer(q.body) ? q.body : Buffer.alloc(0),
    declaredType: String(q.headers['content-type'] ?? '')
      .split(';')[0]!
      .trim(),
  };
}

/**
 * The answer of a download in the OpenAPI document: the file itself, under each media type it
 * can have (a client learns it is not JSON, and a contract-following proxy passes it).
 */
export function fileAnswer(description: string, mediaTypes: readonly string[]) {
  const file = z.string().meta({ format: 'binary' });
  return { description, content: Object.fromEntries(mediaTypes.map((type) => [type, { schema: file }])) };
}

/** RFC 5987 value: percent-encoded UTF-8, with the characters encodeURIComponent leaves but the RFC does not. */
const rfc5987 = (text: string) =>
  encodeURIComponent(text).replace(/['()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * The Content-Disposition of every download (documents, exports, reports): an attachment,
 * never shown inline, under the cleaned name (`cleanFileName`, so a name stored before it
 * was cleaned is sent clean too), as ASCII for old clients and UTF-8 for the others.
 */
export function attachment(filename: string): string {
  const name = cleanFileName(filename);
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${rfc5987(name)}`;
}

/** Sends a stored file as a download, never rendered inline. */
export function sendFile(reply: FastifyReply, doc: { filename: string; mediaType: string; content: Buffer }) {
  return reply
    .type(doc.mediaType)
    .header('content-disposition', attachment(doc.filename))
    .header('x-content-type-options', 'nosniff')
    .send(doc.content as never);
}
