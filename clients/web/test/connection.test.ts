import { describe, expect, it } from "vitest";
import { Backoff } from "../src/connection/backoff";
import { clientMessage, Outbox } from "../src/connection/outbox";
import type { ClientMessage, SendRequest } from "../src/gen/fletactors/v1/session_pb";
import { appFromPath } from "../src/main";
import { routeFromHash } from "../src/app/router";
import { cssColor } from "../src/render/colors";

function ack(seq: number): ClientMessage {
  return clientMessage({ case: "ack", value: { $typeName: "fletactors.v1.Ack", epoch: 1n, seq: BigInt(seq) } });
}

function event(id: number, name = "click", data = ""): ClientMessage {
  return clientMessage({ case: "event", value: { $typeName: "fletactors.v1.ControlEvent", controlId: BigInt(id), name, data } });
}

function describeMessage(m: ClientMessage): string {
  const k = m.kind;
  if (k.case === "ack") return `ack${k.value.seq}`;
  if (k.case === "event") return `ev${k.value.controlId}${k.value.data}`;
  if (k.case === "writeBack") return `wb${k.value.controlId}`;
  return String(k.case);
}

/** A Send whose completion the test controls. */
class ManualSend {
  readonly requests: SendRequest[] = [];
  private pending: Array<{ resolve: () => void; reject: (e: Error) => void }> = [];

  readonly fn = (request: SendRequest): Promise<void> => {
    this.requests.push(request);
    return new Promise((resolve, reject) => this.pending.push({ resolve, reject }));
  };

  async complete(): Promise<void> {
    this.pending.shift()!.resolve();
    await Promise.resolve();
    await Promise.resolve();
  }

  async fail(): Promise<void> {
    this.pending.shift()!.reject(new Error("network down"));
    await Promise.resolve();
    await Promise.resolve();
  }

  get batches(): string[][] {
    return this.requests.map((r) => r.messages.map(describeMessage));
  }
}

describe("Backoff", () => {
  it("next_Attempts_GrowExponentiallyUpToCap", () => {
    const backoff = new Backoff({ initialMs: 100, maxMs: 1000, factor: 2, random: () => 0.999999 });

    const delays = Array.from({ length: 6 }, () => backoff.next());

    expect(delays).toEqual([100, 200, 400, 800, 1000, 1000]);
  });

  it("next_Jitter_StaysInUpperHalfOfStep", () => {
    const low = new Backoff({ initialMs: 100, maxMs: 1000, factor: 2, random: () => 0 });
    const high = new Backoff({ initialMs: 100, maxMs: 1000, factor: 2, random: () => 0.999999 });

    expect([low.next(), low.next()]).toEqual([50, 100]);
    expect([high.next(), high.next()]).toEqual([100, 200]);
  });

  it("reset_AfterConnect_StartsOver", () => {
    const backoff = new Backoff({ initialMs: 100, maxMs: 1000, factor: 2, random: () => 0.999999 });
    backoff.next();
    backoff.next();

    backoff.reset();

    expect(backoff.next()).toBe(100);
  });

  it("constructor_BadOptions_Throws", () => {
    expect(() => new Backoff({ initialMs: 0, maxMs: 10, factor: 2, random: Math.random })).toThrow(RangeError);
  });
});

describe("Outbox", () => {
  it("enqueue_WhileSendInFlight_BatchesRestIntoNextSendInOrder", async () => {
    const send = new ManualSend();
    const outbox = new Outbox(send.fn, { maxQueued: 100, onSendFailed: () => undefined });
    outbox.open("s", "t");

    outbox.enqueue(event(1));
    outbox.enqueue(event(2));
    outbox.enqueue(event(3));
    await send.complete();

    expect(send.batches).toEqual([["ev1"], ["ev2", "ev3"]]);
    expect(send.requests.every((r) => r.sessionId === "s" && r.resumeToken === "t")).toBe(true);
  });

  it("enqueue_Acks_NewerReplacesQueued", async () => {
    const send = new ManualSend();
    const outbox = new Outbox(send.fn, { maxQueued: 100, onSendFailed: () => undefined });
    outbox.open("s", "t");
    outbox.enqueue(event(1));

    outbox.enqueue(ack(1));
    outbox.enqueue(ack(2));
    outbox.enqueue(ack(3));
    await send.complete();

    expect(send.batches).toEqual([["ev1"], ["ack3"]]);
  });

  it("enqueueAll_ConsecutiveSameKey_KeepsOnlyNewestPair", async () => {
    const send = new ManualSend();
    const outbox = new Outbox(send.fn, { maxQueued: 100, onSendFailed: () => undefined });
    outbox.open("s", "t");
    outbox.enqueue(event(9));

    outbox.enqueueAll([event(5, "wb", "1"), event(5, "change", "1")], "5.value");
    outbox.enqueueAll([event(5, "wb", "2"), event(5, "change", "2")], "5.value");
    outbox.enqueue(event(7));
    outbox.enqueueAll([event(5, "wb", "3"), event(5, "change", "3")], "5.value");
    await send.complete();

    expect(send.batches).toEqual([["ev9"], ["ev52", "ev52", "ev7", "ev53", "ev53"]]);
  });

  it("paused_MessagesWaitForOpen", async () => {
    const send = new ManualSend();
    const outbox = new Outbox(send.fn, { maxQueued: 100, onSendFailed: () => undefined });

    outbox.enqueue(event(1));
    expect(send.requests).toHaveLength(0);
    outbox.open("s", "t");

    expect(send.batches).toEqual([["ev1"]]);
  });

  it("sendFails_EventsDroppedOthersKeptAndReported", async () => {
    const send = new ManualSend();
    const failures: unknown[] = [];
    const outbox = new Outbox(send.fn, { maxQueued: 100, onSendFailed: (e) => failures.push(e) });
    outbox.open("s", "t");
    outbox.enqueue(ack(1));
    outbox.enqueue(event(2));
    outbox.enqueue(ack(2));
    await send.complete();

    outbox.enqueue(event(3));
    await send.fail();
    outbox.open("s", "t");

    expect(failures).toHaveLength(1);
    // [ev2, ack2] failed: the ack goes out again, the event (maybe already handled) does not; ev3 was never sent.
    expect(send.batches).toEqual([["ack1"], ["ev2", "ack2"], ["ack2", "ev3"]]);
  });

  it("bound_TooManyQueued_DropsOldestEvents", () => {
    const send = new ManualSend();
    const outbox = new Outbox(send.fn, { maxQueued: 3, onSendFailed: () => undefined });

    outbox.enqueue(ack(1));
    for (let i = 1; i <= 4; i++) outbox.enqueue(event(i));

    expect(outbox.pending).toBe(3);
    outbox.open("s", "t");
    expect(send.batches).toEqual([["ack1", "ev3", "ev4"]]);
  });
});

describe("URLs and colors", () => {
  it.each([
    ["", "/"],
    ["#", "/"],
    ["#/", "/"],
    ["#/store", "/store"],
    ["#store/item%201", "/store/item 1"],
  ])("routeFromHash_%s_Is_%s", (hash, route) => {
    expect(routeFromHash(hash)).toBe(route);
  });

  it.each([
    ["/", ""],
    ["/apps/counter", "counter"],
    ["/apps/todo/", "todo"],
    ["/apps/a%20b", "a b"],
    ["/other", ""],
  ])("appFromPath_%s_Is_%s", (path, app) => {
    expect(appFromPath(path)).toBe(app);
  });

  it.each([
    ["blue400", "#42a5f5"],
    ["BLUE_400", "#42a5f5"],
    ["red", "#f44336"],
    ["deep_purple_accent_200", "#7c4dff"],
    ["white54", "rgba(255,255,255,0.54)"],
    ["primary", "var(--fa-primary)"],
    ["on_surface_variant", "var(--fa-on-surface-variant)"],
    ["#123456", "#123456"],
    ["rgb(1, 2, 3)", "rgb(1, 2, 3)"],
    ["red,0.5", "color-mix(in srgb, #f44336 50%, transparent)"],
  ])("cssColor_%s_Is_%s", (name, css) => {
    expect(cssColor(name)).toBe(css);
  });
});
