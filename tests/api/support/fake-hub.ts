import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SignedDocument } from '../../../common/contracts/cooperation-documents';
import { fingerprint, signatureHolds } from '../../../server/domain/cooperation/signature';

/**
 * A tiny stand-in for another installation's hub (its two public doors, as the contract in
 * common/contracts/cooperation-documents.ts fixes them), on 127.0.0.1 and a free port. It records
 * what it received, and answers as told: accept, refuse in the app's error shape, or say nonsense.
 */
export interface FakeHub {
  url: string;
  received: { path: string; body: unknown; language: string | undefined }[];
  /** The public key registered last (the fake confirms it at once, as its administrator would). */
  publicKey: string | null;
  /** `otherReceipt`: a 201 receipt, but for another document than the one sent. */
  mode: 'accept' | 'refuse' | 'nonsense' | 'otherReceipt';
  close(): Promise<void>;
}

export async function startFakeHub(): Promise<FakeHub> {
  const hub: FakeHub = {
    url: '',
    received: [],
    publicKey: null,
    mode: 'accept',
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
  const server: Server = createServer((request, response) => {
    let text = '';
    request.on('data', (chunk) => {
      text += chunk;
    });
    request.on('end', () => {
      const body = JSON.parse(text) as Record<string, unknown>;
      hub.received.push({ path: request.url ?? '', body, language: request.headers['accept-language'] });
      const [status, answer] = answerOf(hub, request.url ?? '', body);
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(typeof answer === 'string' ? answer : JSON.stringify(answer));
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
  hub.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return hub;
}

const refusal = (message: string, rule: string) => ({
  error: { code: 'rule_violation', message, details: { rule } },
});

function answerOf(hub: FakeHub, path: string, body: Record<string, unknown>): [number, unknown] {
  if (hub.mode === 'nonsense') return [200, '<html>a parked domain</html>'];
  if (hub.mode === 'refuse') return [422, refusal('The country XX is not a member of the group.', 'x')];
  if (path === '/api/hub/keys') {
    hub.publicKey = String(body.publicKey);
    return [201, { fingerprint: fingerprint(hub.publicKey), status: 'pending' }];
  }
  if (path === '/api/hub/documents') {
    const doc = body as unknown as SignedDocument;
    if (!hub.publicKey || !signatureHolds(doc, hub.publicKey))
      return [422, refusal('The signature does not hold.', 'cooperation_signature')];
    const receipt = {
      receiptId: randomUUID(),
      documentId: hub.mode === 'otherReceipt' ? randomUUID() : doc.id,
      country: doc.country,
      kind: doc.kind,
      receivedAt: new Date().toISOString(),
    };
    return [201, receipt];
  }
  return [404, { error: { code: 'not_found', message: 'Not found.' } }];
}
