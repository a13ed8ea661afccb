import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Hono } from 'hono';

/** The liveness probe's path: its answer depends only on the KB, so the server can replay it. */
export const PROBE_PATH = '/healthz';

interface ProbeReply {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | number>>;
  readonly body: Buffer;
}

/** The app's own answer to `GET /healthz`, asked once: the route stays defined in one place, `createApp`. */
export async function probeReply(app: Hono): Promise<ProbeReply> {
  const response = await app.request(PROBE_PATH);
  const body = Buffer.from(await response.arrayBuffer());
  return {
    status: response.status,
    headers: { ...Object.fromEntries(response.headers), 'content-length': body.length },
    body,
  };
}

type Listener = (request: IncomingMessage, response: ServerResponse) => void;

/**
 * `http.createServer` for `serve()`, whose listener answers a plain `GET /healthz` with the reply the app gave at
 * start-up, before any Request or Response object is made: a probe costs no more than a bare server's hello world
 * however busy the heap is (issue 16). Any other request, and `/healthz` with another method or a query string,
 * goes to the app as before.
 */
export function serverWithProbe(reply: ProbeReply): typeof createServer {
  const wrap =
    (listener: Listener): Listener =>
    (request, response) => {
      if (request.url === PROBE_PATH && request.method === 'GET') {
        response.writeHead(reply.status, reply.headers);
        response.end(reply.body);
        return;
      }
      listener(request, response);
    };
  return ((options: object, listener: Listener) =>
    createServer(options, wrap(listener))) as typeof createServer;
}
