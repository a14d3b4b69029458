import { createClient } from "@connectrpc/connect";
import { createGrpcWebTransport } from "@connectrpc/connect-web";
import { SessionService } from "../gen/fletactors/v1/session_pb";
import type { SessionTransport } from "./connection";

/**
 * SessionService over gRPC-Web (binary) at the given origin: the server answers /fletactors.v1.SessionService/Open
 * and /Send on the same HTTP/1.1 port that serves the page.
 */
export function grpcWebTransport(baseUrl: string, fetchImpl?: typeof globalThis.fetch): SessionTransport {
  const transport = createGrpcWebTransport({ baseUrl, useBinaryFormat: true, ...(fetchImpl ? { fetch: fetchImpl } : {}) });
  const client = createClient(SessionService, transport);
  return {
    open: (request, signal) => client.open(request, { signal }),
    send: async (request) => {
      await client.send(request);
    },
  };
}
