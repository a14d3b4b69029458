import { create } from "@bufbuild/protobuf";
import { Code, ConnectError } from "@connectrpc/connect";
import {
  ServerMessageSchema,
  SessionClosed_Reason,
  type ClientMessage,
  type OpenRequest,
  type PatchOp,
  type SendRequest,
  type ServerMessage,
} from "../../src/gen/fletactors/v1/session_pb";
import type { SessionTransport } from "../../src/connection/connection";
import { batch } from "../wire";

/** One Open call's stream, fed by the test. */
export class ScriptedStream {
  private readonly queue: Array<ServerMessage | Error | null> = [];
  private wake: (() => void) | undefined;
  aborted = false;

  constructor(readonly request: OpenRequest, signal: AbortSignal) {
    signal.addEventListener("abort", () => {
      this.aborted = true;
      this.wake?.();
    });
  }

  push(message: ServerMessage): void {
    this.queue.push(message);
    this.wake?.();
  }

  /** Ends the stream as a server that closed it cleanly. */
  end(): void {
    this.queue.push(null);
    this.wake?.();
  }

  fail(code: Code, message = "refused"): void {
    this.queue.push(new ConnectError(message, code));
    this.wake?.();
  }

  async *messages(): AsyncGenerator<ServerMessage> {
    for (;;) {
      if (this.aborted) throw new ConnectError("aborted", Code.Canceled);
      const next = this.queue.shift();
      if (next === undefined) {
        await new Promise<void>((resolve) => (this.wake = resolve));
        this.wake = undefined;
        continue;
      }
      if (next === null) return;
      if (next instanceof Error) throw next;
      yield next;
    }
  }
}

/** A SessionService stand-in: records every Open and Send, and lets the test script the server's side. */
export class ScriptedTransport implements SessionTransport {
  readonly streams: ScriptedStream[] = [];
  readonly sends: SendRequest[] = [];
  sendFailure: ConnectError | undefined;

  open(request: OpenRequest, signal: AbortSignal): AsyncIterable<ServerMessage> {
    const stream = new ScriptedStream(request, signal);
    this.streams.push(stream);
    return stream.messages();
  }

  /** Failures for the next Sends, one each, before {@link sendFailure} applies. */
  readonly nextSendFailures: ConnectError[] = [];

  async send(request: SendRequest): Promise<void> {
    this.sends.push(request);
    const failure = this.nextSendFailures.shift() ?? this.sendFailure;
    if (failure) throw failure;
  }

  get current(): ScriptedStream {
    const stream = this.streams.at(-1);
    if (!stream) throw new Error("no Open call yet");
    return stream;
  }

  /** Every message sent upward, flattened in order. */
  get sent(): ClientMessage[] {
    return this.sends.flatMap((s) => s.messages);
  }
}

export function started(sessionId: string, token: string, epoch: number, resumed = false, restarted = false, lastInputSeq = 0): ServerMessage {
  return create(ServerMessageSchema, {
    kind: {
      case: "started",
      value: {
        sessionId,
        resumeToken: token,
        epoch: BigInt(epoch),
        resumed,
        restarted,
        lastInputSeq: BigInt(lastInputSeq),
        sessionTimeoutSeconds: 60,
        maxUnackedBatches: 16,
      },
    },
  });
}

/** The server closing the session for `reason`. */
export function closed(reason: SessionClosed_Reason, message = ""): ServerMessage {
  return create(ServerMessageSchema, { kind: { case: "closed", value: { reason, message } } });
}

export function patch(epoch: number, seq: number, ops: PatchOp[], reset = false): ServerMessage {
  return create(ServerMessageSchema, { kind: { case: "patch", value: batch(epoch, seq, ops, reset) } });
}

export function server(kind: ServerMessage["kind"]): ServerMessage {
  return create(ServerMessageSchema, { kind } as Parameters<typeof create<typeof ServerMessageSchema>>[1]);
}
