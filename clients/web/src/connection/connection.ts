import { create } from "@bufbuild/protobuf";
import { Code, ConnectError } from "@connectrpc/connect";
import {
  OpenRequestSchema,
  SessionClosed_Reason,
  type ClientMessage,
  type ErrorReport,
  type MethodCall,
  type OpenRequest,
  type PatchBatch,
  type SendRequest,
  type ServerMessage,
  type SessionClosed,
  type SessionStarted,
} from "../gen/fletactors/v1/session_pb";
import { Backoff } from "./backoff";
import { clientMessage, Outbox } from "./outbox";
import type { SessionStore } from "./store";

/** The two gRPC-Web calls of SessionService, as the connection uses them. */
export interface SessionTransport {
  open(request: OpenRequest, signal: AbortSignal): AsyncIterable<ServerMessage>;
  send(request: SendRequest): Promise<void>;
}

/** What the page does with the session's traffic. */
export interface SessionHandler {
  /** The page size and route to register or resume with. */
  pageInfo(): { route: string; width: number; height: number };
  /** The epoch and seq of the last batch applied, or undefined when the client holds no tree. */
  resumePoint(): { epoch: bigint; seq: bigint } | undefined;
  /** A new session starts (not a resume): the next batch resets the tree, whatever its epoch. */
  newSession(): void;
  /**
   * The session was gone (its node left the cluster or was lost) and the server started the app again as a new
   * session; the page re-renders from its first batch and the user should know why its state may have changed.
   */
  sessionRestarted(): void;
  /**
   * Applies a batch. "resync" asks for a resume from the last applied batch (a gap); "reset" for a resume that
   * resends the whole tree (a batch that did not fit the tree would not fit it the second time either).
   */
  batch(batch: PatchBatch): "applied" | "ignored" | "resync" | "reset";
  methodCall(call: MethodCall): void;
  errorReport(report: ErrorReport): void;
  status(status: ConnectionStatus, detail?: string): void;
}

export type ConnectionStatus = "connecting" | "connected" | "reconnecting" | "closed";

export interface ConnectionOptions {
  readonly app: string;
  readonly platform: string;
  readonly userAgent: string;
  readonly backoff: Backoff;
  /** Waits before a reconnect attempt; setTimeout in the browser. */
  readonly delay: (ms: number, signal: AbortSignal) => Promise<void>;
  readonly maxQueued: number;
}

/** Why the current stream is being left. */
type Exit = { kind: "retry"; immediate: boolean } | { kind: "stop"; detail: string };

/**
 * The session's connection: Open (register or resume) with reconnects, backoff and the resume token, and the
 * outbox for Send. Keeps the session id, token and epoch in the store so a reloaded tab resumes its session.
 */
export class SessionConnection {
  private readonly outbox: Outbox;
  private stream: AbortController | undefined;
  private exitRequest: Exit | undefined;
  private readonly stopped = new AbortController();
  private connected = false;
  /** Once a session has started, every later attempt is a reconnect, whether or not it waited for the backoff. */
  private everConnected = false;
  private running: Promise<void> | undefined;
  private resetNext = false;

  constructor(
    private readonly transport: SessionTransport,
    private readonly store: SessionStore,
    private readonly handler: SessionHandler,
    private readonly options: ConnectionOptions,
  ) {
    this.outbox = new Outbox((request) => transport.send(request), {
      maxQueued: options.maxQueued,
      onSendFailed: (error) => this.sendFailed(error),
      // Send retries and reconnects share the backoff; a Send that got through ends a run of failures as a start does.
      onSent: () => options.backoff.reset(),
    });
  }

  start(): Promise<void> {
    this.running ??= this.run();
    return this.running;
  }

  /** Ends the connection for good (page unload, tests). */
  stop(): void {
    this.stopped.abort();
    this.stream?.abort();
  }

  /** Queues upward messages; they leave in order once the session is connected. */
  send(messages: readonly ClientMessage[], coalesceKey?: string): void {
    if (messages.length === 1 && coalesceKey === undefined) this.outbox.enqueue(messages[0]!);
    else this.outbox.enqueueAll(messages, coalesceKey);
  }

  /** Resolves once everything queued so far has been sent (or the connection is down). */
  flushed(): Promise<void> {
    return this.outbox.idle();
  }

  /** Leaves the current stream and resumes from the last applied batch (a gap, or a batch that did not fit). */
  resync(): void {
    this.leave({ kind: "retry", immediate: true });
  }

  private leave(exit: Exit): void {
    this.exitRequest ??= exit;
    this.stream?.abort();
  }

  private async run(): Promise<void> {
    const { backoff } = this.options;
    while (!this.stopped.signal.aborted) {
      this.handler.status(this.everConnected || backoff.attempts > 0 ? "reconnecting" : "connecting");
      const exit = await this.attempt();
      this.connected = false;
      this.outbox.pause();
      if (this.stopped.signal.aborted) break;
      if (exit.kind === "stop") {
        this.handler.status("closed", exit.detail);
        return;
      }
      this.handler.status("reconnecting");
      if (!exit.immediate) {
        try {
          await this.options.delay(backoff.next(), this.stopped.signal);
        } catch {
          break;
        }
      }
    }
    this.handler.status("closed", "stopped");
  }

  /** One Open call, from request to the end of its stream. */
  private async attempt(): Promise<Exit> {
    const stored = this.store.load();
    const request = this.openRequest(stored);
    const stream = new AbortController();
    this.stream = stream;
    this.exitRequest = undefined;
    try {
      for await (const message of this.transport.open(request, stream.signal)) {
        const exit = this.receive(message);
        if (exit) return exit;
        if (this.exitRequest) return this.exitRequest;
      }
      return this.exitRequest ?? { kind: "retry", immediate: false };
    } catch (error) {
      if (this.exitRequest) return this.exitRequest;
      const code = ConnectError.from(error).code;
      if (stored && (code === Code.PermissionDenied || code === Code.NotFound || code === Code.FailedPrecondition)) {
        // The server refused the resume (token, expired session, or unknown id): start a new session now.
        this.store.clear();
        this.outbox.discard();
        return { kind: "retry", immediate: true };
      }
      console.warn(`fletactors: session stream failed (${Code[code] ?? code}): ${ConnectError.from(error).rawMessage}`);
      return { kind: "retry", immediate: false };
    } finally {
      stream.abort();
      this.stream = undefined;
    }
  }

  private openRequest(stored: ReturnType<SessionStore["load"]>): OpenRequest {
    const { route, width, height } = this.handler.pageInfo();
    if (stored) {
      const point = this.resetNext ? undefined : this.handler.resumePoint();
      this.resetNext = false;
      // Without a tree (a reloaded tab) the client asks from seq 0; the server answers with a reset batch.
      const resumeFrom = point && point.epoch === stored.epoch ? point : { epoch: stored.epoch, seq: 0n };
      return create(OpenRequestSchema, {
        kind: {
          case: "resume",
          value: {
            sessionId: stored.sessionId,
            resumeToken: stored.resumeToken,
            epoch: resumeFrom.epoch,
            lastAppliedSeq: resumeFrom.seq,
            pageWidth: width,
            pageHeight: height,
          },
        },
      });
    }
    return create(OpenRequestSchema, {
      kind: {
        case: "register",
        value: {
          app: this.options.app,
          route,
          pageWidth: width,
          pageHeight: height,
          platform: this.options.platform,
          userAgent: this.options.userAgent,
        },
      },
    });
  }

  private receive(message: ServerMessage): Exit | undefined {
    const kind = message.kind;
    switch (kind.case) {
      case "started":
        this.started(kind.value);
        return undefined;
      case "patch": {
        const batch = kind.value;
        const outcome = this.handler.batch(batch);
        if (outcome === "resync" || outcome === "reset") {
          this.resetNext = outcome === "reset";
          return { kind: "retry", immediate: true };
        }
        if (outcome === "applied") {
          this.remember(batch.epoch);
          this.outbox.enqueue(clientMessage({ case: "ack", value: { $typeName: "fletactors.v1.Ack", epoch: batch.epoch, seq: batch.seq } }));
        }
        return undefined;
      }
      case "methodCall":
        this.handler.methodCall(kind.value);
        return undefined;
      case "error":
        this.handler.errorReport(kind.value);
        return undefined;
      case "inputAck":
        this.outbox.confirm(kind.value.lastInputSeq);
        return undefined;
      case "closed":
        return this.closed(kind.value);
      default:
        return undefined;
    }
  }

  private started(started: SessionStarted): void {
    const previous = this.store.load();
    if (!started.resumed || previous?.sessionId !== started.sessionId) {
      this.handler.newSession();
      // A restarted session is new too: the inputs kept for the old one name controls that are gone.
      if (started.restarted || previous?.sessionId !== started.sessionId) this.outbox.discard();
    }
    this.store.save({ sessionId: started.sessionId, resumeToken: started.resumeToken, epoch: started.epoch });
    this.connected = true;
    this.everConnected = true;
    this.options.backoff.reset();
    this.handler.status("connected");
    this.outbox.open(started.sessionId, started.resumeToken, started.lastInputSeq);
    if (started.restarted) {
      console.info(`fletactors: session ${previous?.sessionId ?? "(none)"} was gone; the app started again as ${started.sessionId}`);
      this.handler.sessionRestarted();
    }
  }

  private remember(epoch: bigint): void {
    const stored = this.store.load();
    if (stored && stored.epoch !== epoch) this.store.save({ ...stored, epoch });
  }

  private closed(closed: SessionClosed): Exit {
    const reason = closed.reason;
    const detail = closed.message || SessionClosed_Reason[reason];
    switch (reason) {
      case SessionClosed_Reason.CLOSED_BY_APP:
        this.store.clear();
        return { kind: "stop", detail: closed.message || "The session has ended." };
      case SessionClosed_Reason.REPLACED:
        // Another tab took this session over; reconnecting would take it back and start a tug of war.
        return { kind: "stop", detail: closed.message || "This session was opened in another window." };
      case SessionClosed_Reason.NODE_LEAVING:
        // The node is going away on purpose and the session with it: resume at once through any other node, which
        // starts the app again (SessionStarted.restarted). Waiting out a backoff would only prolong the outage; a
        // leaving node that refuses the resume itself (no SessionStarted on this stream) gets the backoff.
        console.info(`fletactors: session closed (${detail}); resuming elsewhere`);
        return { kind: "retry", immediate: this.connected };
      case SessionClosed_Reason.EXPIRED:
      case SessionClosed_Reason.RESTARTED:
        this.store.clear();
        this.outbox.discard();
        console.info(`fletactors: session closed (${detail}); starting a new one`);
        return { kind: "retry", immediate: true };
      default:
        console.info(`fletactors: session closed (${detail}); reconnecting`);
        return { kind: "retry", immediate: false };
    }
  }

  private sendFailed(error: unknown): void {
    const code = ConnectError.from(error).code;
    console.warn(`fletactors: send failed (${Code[code] ?? code}): ${ConnectError.from(error).rawMessage}`);
    // A refused Send means the session is gone or the token no longer holds: reconnect and let Open decide. An
    // input out of order (ABORTED) is settled by resuming too: SessionStarted says which number the session has.
    // Otherwise the stream may still be fine: send again after a pause, the unconfirmed inputs first.
    if (code === Code.PermissionDenied || code === Code.NotFound || code === Code.Aborted || !this.connected) {
      this.leave({ kind: "retry", immediate: false });
      return;
    }
    const stored = this.store.load();
    void this.options.delay(this.options.backoff.next(), this.stopped.signal).then(
      () => {
        if (this.connected && stored) this.outbox.open(stored.sessionId, stored.resumeToken);
      },
      () => undefined,
    );
  }
}
