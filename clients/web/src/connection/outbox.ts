import { create } from "@bufbuild/protobuf";
import { ClientMessageSchema, SendRequestSchema, type ClientMessage, type SendRequest } from "../gen/fletactors/v1/session_pb";

/** Sends one SendRequest; resolves when the server took it. */
export type SendFn = (request: SendRequest) => Promise<void>;

export interface OutboxOptions {
  /** The most messages held while disconnected; beyond it the oldest events are dropped. */
  readonly maxQueued: number;
  /** Called when a Send failed; the outbox keeps what is safe to repeat and waits for {@link Outbox.open}. */
  readonly onSendFailed: (error: unknown) => void;
}

interface Entry {
  readonly message: ClientMessage;
  /** Consecutive entries with the same key replace each other (a slider being dragged). */
  readonly coalesceKey: string | undefined;
}

/**
 * The upward half of a gRPC-Web session: messages leave in order, one Send in flight at a time, everything queued
 * meanwhile going out together in the next Send. Acks are cumulative, so a newer one replaces a queued one.
 */
export class Outbox {
  private queue: Entry[] = [];
  private session: { id: string; token: string } | undefined;
  private inFlight = false;
  private idleWaiters: Array<() => void> = [];

  constructor(private readonly send: SendFn, private readonly options: OutboxOptions) {}

  /** Starts sending for a session (after SessionStarted). */
  open(sessionId: string, resumeToken: string): void {
    this.session = { id: sessionId, token: resumeToken };
    this.pump();
  }

  /** Stops sending (disconnected); queued messages wait for the next {@link open}. */
  pause(): void {
    this.session = undefined;
  }

  /** Forgets everything queued: the session they belonged to is gone. */
  discard(): void {
    this.queue = [];
  }

  get pending(): number {
    return this.queue.length;
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

  /** Resolves once nothing is queued or in flight (for tests and orderly shutdown). */
  idle(): Promise<void> {
    if (!this.inFlight && (this.queue.length === 0 || !this.session)) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private bound(): void {
    while (this.queue.length > this.options.maxQueued) {
      const oldestEvent = this.queue.findIndex((e) => e.message.kind.case === "event");
      this.queue.splice(oldestEvent >= 0 ? oldestEvent : 0, 1);
    }
  }

  private pump(): void {
    if (this.inFlight || !this.session) return this.notifyIdle();
    if (this.queue.length === 0) return this.notifyIdle();
    const batch = this.queue;
    this.queue = [];
    const { id, token } = this.session;
    this.inFlight = true;
    const request = create(SendRequestSchema, { sessionId: id, resumeToken: token, messages: batch.map((e) => e.message) });
    this.send(request).then(
      () => {
        this.inFlight = false;
        this.pump();
      },
      (error: unknown) => {
        this.inFlight = false;
        // The outcome is unknown: the server may have taken the batch. Repeating an event could run a handler
        // twice, so only the messages that are safe to repeat go back to the front of the queue.
        const again = batch.filter((e) => e.message.kind.case !== "event");
        this.queue = [...again, ...this.queue];
        this.session = undefined;
        this.options.onSendFailed(error);
        this.notifyIdle();
      },
    );
  }

  private notifyIdle(): void {
    if (this.inFlight) return;
    if (this.queue.length > 0 && this.session) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }
}

/** Builds a ClientMessage from its oneof case. */
export function clientMessage(kind: ClientMessage["kind"]): ClientMessage {
  return create(ClientMessageSchema, { kind } as Parameters<typeof create<typeof ClientMessageSchema>>[1]);
}
