import { create } from "@bufbuild/protobuf";
import { ClientMessageSchema, SendRequestSchema, type ClientMessage, type SendRequest } from "../gen/fletactors/v1/session_pb";

/** Sends one SendRequest; resolves when the server took it. */
export type SendFn = (request: SendRequest) => Promise<void>;

export interface OutboxOptions {
  /** The most messages held while disconnected; beyond it the oldest events not yet sent are dropped. */
  readonly maxQueued: number;
  /** Called when a Send failed; the outbox keeps what it sent and waits for {@link Outbox.open}. */
  readonly onSendFailed: (error: unknown) => void;
  /** Called when a Send succeeded (the path to the session works again). */
  readonly onSent?: () => void;
}

interface Entry {
  readonly message: ClientMessage;
  /** Consecutive entries with the same key replace each other (a slider being dragged). */
  readonly coalesceKey: string | undefined;
}

/**
 * The upward half of a gRPC-Web session: messages leave in order, one Send in flight at a time, everything queued
 * meanwhile going out together in the next Send. Acks are cumulative, so a newer one replaces a queued one.
 *
 * Inputs (everything but acks) are numbered (input_seq) when they first leave, and kept until the server confirms
 * them: a Send that returned OK, an InputAck, or SessionStarted.last_input_seq on a resume. A Send whose outcome is
 * unknown is repeated with the same numbers, and the server drops what it already took, so no input is lost and
 * none runs twice. Only entries that have not left yet coalesce or make room; a number once sent is never reused.
 */
export class Outbox {
  private queue: Entry[] = [];
  /** Sent and not yet confirmed, in number order (consecutive numbers). */
  private unconfirmed: ClientMessage[] = [];
  /** The last number handed out. */
  private lastSeq = 0n;
  private session: { id: string; token: string } | undefined;
  private inFlight = false;
  /** Changes when the outbox is discarded, so that a Send of the old session settles nothing of the new one. */
  private generation = 0;
  private idleWaiters: Array<() => void> = [];

  constructor(private readonly send: SendFn, private readonly options: OutboxOptions) {}

  /**
   * Starts sending for a session (after SessionStarted). `lastInputSeq` is the session's last_input_seq: kept inputs
   * up to it are forgotten, the later ones go again first, and new inputs are numbered after it.
   */
  open(sessionId: string, resumeToken: string, lastInputSeq = 0n): void {
    this.confirm(lastInputSeq);
    if (lastInputSeq > this.lastSeq) this.lastSeq = lastInputSeq;
    this.session = { id: sessionId, token: resumeToken };
    this.pump();
  }

  /** Stops sending (disconnected); queued and unconfirmed messages wait for the next {@link open}. */
  pause(): void {
    this.session = undefined;
  }

  /** Forgets everything, numbering included: the session the messages belonged to is gone. */
  discard(): void {
    this.queue = [];
    this.unconfirmed = [];
    this.lastSeq = 0n;
    this.generation++;
  }

  /** Forgets the kept inputs numbered up to and including `seq` (InputAck). */
  confirm(seq: bigint): void {
    const first = this.unconfirmed[0]?.inputSeq;
    if (first === undefined || seq < first) return;
    this.unconfirmed.splice(0, Number(seq - first + 1n));
  }

  /** Messages waiting to leave or to be confirmed. */
  get pending(): number {
    return this.queue.length + this.unconfirmed.length;
  }

  enqueue(message: ClientMessage, coalesceKey?: string): void {
    if (message.kind.case === "ack") {
      const queued = this.queue.findIndex((e) => e.message.kind.case === "ack");
      if (queued >= 0) this.queue.splice(queued, 1);
    } else if (coalesceKey !== undefined && this.queue.at(-1)?.coalesceKey === coalesceKey) {
      this.queue.pop();
    }
    this.queue.push({ message, coalesceKey });
    this.bound();
    this.pump();
  }

  /** Enqueues messages that must travel together and in this order (a write-back and its change event). */
  enqueueAll(messages: readonly ClientMessage[], coalesceKey?: string): void {
    if (coalesceKey !== undefined) {
      const n = messages.length;
      const tail = this.queue.slice(-n);
      if (tail.length === n && tail.every((e) => e.coalesceKey === coalesceKey)) this.queue.splice(-n, n);
    }
    for (const message of messages) this.queue.push({ message, coalesceKey });
    this.bound();
    this.pump();
  }

  /** Resolves once nothing is queued, unconfirmed after a failed Send, or in flight (for tests and orderly shutdown). */
  idle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private isIdle(): boolean {
    return !this.inFlight && (this.pending === 0 || !this.session);
  }

  private bound(): void {
    // Sent inputs hold numbers the server may already have taken: only what has not left can make room.
    while (this.pending > this.options.maxQueued && this.queue.length > 0) {
      const oldestEvent = this.queue.findIndex((e) => e.message.kind.case === "event");
      this.queue.splice(oldestEvent >= 0 ? oldestEvent : 0, 1);
    }
  }

  private pump(): void {
    if (this.inFlight || !this.session || this.pending === 0) return this.notifyIdle();
    const leaving = this.queue;
    this.queue = [];
    for (const entry of leaving) {
      if (entry.message.kind.case === "ack") continue;
      entry.message.inputSeq = ++this.lastSeq;
      this.unconfirmed.push(entry.message);
    }
    const acks = leaving.filter((e) => e.message.kind.case === "ack").map((e) => e.message);
    // Inputs in number order (those of an earlier failed Send first), then the newest ack.
    const messages = [...this.unconfirmed, ...acks];
    const last = this.unconfirmed.at(-1)?.inputSeq;
    const { id, token } = this.session;
    const generation = this.generation;
    this.inFlight = true;
    const request = create(SendRequestSchema, { sessionId: id, resumeToken: token, messages });
    this.send(request).then(
      () => {
        this.inFlight = false;
        if (last !== undefined && generation === this.generation) this.confirm(last);
        this.options.onSent?.();
        this.pump();
      },
      (error: unknown) => {
        this.inFlight = false;
        // The outcome is unknown: the server may have taken some or all of it. The inputs stay unconfirmed and go
        // again under the same numbers; the ack goes again unless a newer one is queued.
        if (generation === this.generation && acks.length > 0 && !this.queue.some((e) => e.message.kind.case === "ack")) {
          this.queue.unshift({ message: acks[acks.length - 1]!, coalesceKey: undefined });
        }
        this.session = undefined;
        this.options.onSendFailed(error);
        this.notifyIdle();
      },
    );
  }

  private notifyIdle(): void {
    if (!this.isIdle()) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }
}

/** Builds a ClientMessage from its oneof case. */
export function clientMessage(kind: ClientMessage["kind"]): ClientMessage {
  return create(ClientMessageSchema, { kind } as Parameters<typeof create<typeof ClientMessageSchema>>[1]);
}
