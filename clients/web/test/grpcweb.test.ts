import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { create, fromBinary, toBinary } from "@bufbuild/protobuf";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Backoff } from "../src/connection/backoff";
import { SessionConnection, type SessionHandler } from "../src/connection/connection";
import { grpcWebTransport } from "../src/connection/grpcweb";
import { SessionStore } from "../src/connection/store";
import {
  OpenRequestSchema,
  SendRequestSchema,
  SendResponseSchema,
  ServerMessageSchema,
  type OpenRequest,
  type PatchBatch,
  type SendRequest,
  type ServerMessage,
} from "../src/gen/fletactors/v1/session_pb";
import { Mirror } from "../src/mirror/mirror";
import { add, batch, node } from "./wire";

// The real gRPC-Web transport against a loopback HTTP/1.1 server that frames messages the way the gRPC-Web spec
// says: the paths, content type, frames and trailers the FletActors server must speak with this client.

const deadline = { timeout: 3000, interval: 5 };

function frame(flag: number, payload: Uint8Array): Buffer {
  const header = Buffer.alloc(5);
  header.writeUInt8(flag, 0);
  header.writeUInt32BE(payload.length, 1);
  return Buffer.concat([header, Buffer.from(payload)]);
}

function trailers(status: number, message = ""): Buffer {
  return frame(0x80, Buffer.from(`grpc-status:${status}\r\ngrpc-message:${encodeURIComponent(message)}\r\n`));
}

async function body(req: IncomingMessage): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const all = Buffer.concat(chunks);
  expect(all.readUInt8(0)).toBe(0);
  return new Uint8Array(all.subarray(5, 5 + all.readUInt32BE(1)));
}

class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length(): number {
    return this.items.size;
  }
  clear(): void {
    this.items.clear();
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
}

interface Recorded {
  opens: OpenRequest[];
  sends: SendRequest[];
  contentTypes: string[];
}

let server: Server | undefined;
let connection: SessionConnection | undefined;

async function listen(onOpen: (request: OpenRequest, res: ServerResponse, recorded: Recorded) => void): Promise<{ url: string; recorded: Recorded }> {
  const recorded: Recorded = { opens: [], sends: [], contentTypes: [] };
  server = createServer((req, res) => {
    void (async () => {
      recorded.contentTypes.push(String(req.headers["content-type"]));
      const payload = await body(req);
      if (req.url === "/fletactors.v1.SessionService/Open") {
        const request = fromBinary(OpenRequestSchema, payload);
        recorded.opens.push(request);
        onOpen(request, res, recorded);
      } else if (req.url === "/fletactors.v1.SessionService/Send") {
        recorded.sends.push(fromBinary(SendRequestSchema, payload));
        res.writeHead(200, { "content-type": "application/grpc-web+proto" });
        res.end(Buffer.concat([frame(0, toBinary(SendResponseSchema, create(SendResponseSchema))), trailers(0)]));
      } else {
        res.writeHead(404).end();
      }
    })();
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, recorded };
}

function message(kind: ServerMessage["kind"]): Buffer {
  return frame(0, toBinary(ServerMessageSchema, create(ServerMessageSchema, { kind } as Parameters<typeof create<typeof ServerMessageSchema>>[1])));
}

function handler(mirror: Mirror, batches: PatchBatch[]): SessionHandler {
  return {
    pageInfo: () => ({ route: "/", width: 800, height: 600 }),
    resumePoint: () => (mirror.epoch === 0n ? undefined : { epoch: mirror.epoch, seq: mirror.lastAppliedSeq }),
    newSession: () => mirror.restart(),
    sessionRestarted: () => undefined,
    batch: (b) => {
      batches.push(b);
      const outcome = mirror.apply(b);
      return outcome.kind === "applied" ? "applied" : outcome.kind === "ignored" ? "ignored" : "resync";
    },
    methodCall: () => undefined,
    errorReport: () => undefined,
    status: () => undefined,
  };
}

function connect(url: string, storage: Storage, mirror: Mirror, batches: PatchBatch[]): SessionConnection {
  connection = new SessionConnection(grpcWebTransport(url), new SessionStore(storage, "counter"), handler(mirror, batches), {
    app: "counter",
    platform: "web",
    userAgent: "test",
    backoff: new Backoff({ initialMs: 1, maxMs: 4, factor: 2, random: () => 0 }),
    delay: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    maxQueued: 100,
  });
  void connection.start();
  return connection;
}

afterEach(async () => {
  connection?.stop();
  connection = undefined;
  const closing = server;
  server = undefined;
  if (!closing) return;
  const closed = new Promise<void>((resolve) => closing.close(() => resolve()));
  closing.closeAllConnections();
  await closed;
});

describe("gRPC-Web transport", () => {
  it("open_RegisterOverGrpcWeb_StreamsBatchesAndAcksViaSend", async () => {
    const { url, recorded } = await listen((_request, res) => {
      res.writeHead(200, { "content-type": "application/grpc-web+proto" });
      res.write(message({ case: "started", value: { $typeName: "fletactors.v1.SessionStarted", sessionId: "s1", resumeToken: "secret", epoch: 1n, resumed: false, sessionTimeoutSeconds: 30, maxUnackedBatches: 8, lastInputSeq: 0n, restarted: false } }));
      res.write(message({ case: "patch", value: batch(1, 1, [add(1, "views", 0, node(2, "view"))], true) }));
      // The stream stays open, as a live session's does.
    });
    const mirror = new Mirror();
    const batches: PatchBatch[] = [];

    connect(url, new MemoryStorage(), mirror, batches);

    await vi.waitFor(() => expect(recorded.sends.length).toBeGreaterThan(0), deadline);
    const register = recorded.opens[0]!.kind;
    expect(register.case === "register" && register.value).toMatchObject({ app: "counter", platform: "web", route: "/", pageWidth: 800 });
    expect(mirror.get(2)?.type).toBe("view");
    const send = recorded.sends[0]!;
    expect(send.sessionId).toBe("s1");
    expect(send.resumeToken).toBe("secret");
    expect(send.messages[0]!.kind).toMatchObject({ case: "ack", value: { epoch: 1n, seq: 1n } });
    expect(new Set(recorded.contentTypes)).toEqual(new Set(["application/grpc-web+proto"]));
  });

  it("open_ResumeRefusedTrailersOnly_RegistersAnew", async () => {
    const { url, recorded } = await listen((request, res) => {
      if (request.kind.case === "resume") {
        // Trailers-Only: the status travels in the HTTP headers and the body is empty.
        res.writeHead(200, { "content-type": "application/grpc-web+proto", "grpc-status": "7", "grpc-message": "bad token" });
        res.end();
        return;
      }
      res.writeHead(200, { "content-type": "application/grpc-web+proto" });
      res.write(message({ case: "started", value: { $typeName: "fletactors.v1.SessionStarted", sessionId: "s2", resumeToken: "t2", epoch: 1n, resumed: false, sessionTimeoutSeconds: 30, maxUnackedBatches: 8, lastInputSeq: 0n, restarted: false } }));
    });
    const storage = new MemoryStorage();
    storage.setItem("fletactors.session:counter", JSON.stringify({ sessionId: "old", resumeToken: "stale", epoch: "4" }));

    connect(url, storage, new Mirror(), []);

    await vi.waitFor(() => expect(recorded.opens.map((o) => o.kind.case)).toEqual(["resume", "register"]), deadline);
    await vi.waitFor(() => expect(JSON.parse(storage.getItem("fletactors.session:counter") ?? "{}").sessionId).toBe("s2"), deadline);
  });
});
