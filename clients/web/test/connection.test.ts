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

/** A message as text; a numbered input ends in #input_seq. */
function describeMessage(m: ClientMessage): string {
  const k = m.kind;
  const seq = m.inputSeq > 0n ? `#${m.inputSeq}` : "";
  if (k.case === "ack") return `ack${k.value.seq}${seq}`;
  if (k.case === "event") return `ev${k.value.controlId}${k.value.data}${seq}`;
  if (k.case === "writeBack") return `wb${k.value.controlId}${seq}`;
  return `${String(k.case)}${seq}`;
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

    expect(send.batches).toEqual([["ev1#1"], ["ev2#2", "ev3#3"]]);
    expect(send.requests.every((r) => r.sessionId === "s" && r.resumeToken === "t")).toBe(true);
  });

  it("enqueue_Acks_NewerReplacesQueuedAndAcksAreNeverNumbered", async () => {
    const send = new ManualSend();
    const outbox = new Outbox(send.fn, { maxQueued: 100, onSendFailed: () => undefined });
    outbox.open("s", "t");
    outbox.enqueue(event(1));

    outbox.enqueue(ack(1));
    outbox.enqueue(ack(2));
    outbox.enqueue(ack(3));
    await send.complete();

    expect(send.batches).toEqual([["ev1#1"], ["ack3"]]);
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

    expect(send.batches).toEqual([["ev9#1"], ["ev52#2", "ev52#3", "ev7#4", "ev53#5", "ev53#6"]]);
  });

  it("paused_MessagesWaitForOpen", async () => {
    const send = new ManualSend();
    const outbox = new Outbox(send.fn, { maxQueued: 100, onSendFailed: () => undefined });

    outbox.enqueue(event(1));
    expect(send.requests).toHaveLength(0);
    outbox.open("s", "t");

    expect(send.batches).toEqual([["ev1#1"]]);
  });

  it("sendFails_EverythingKeptAndSentAgainUnderTheSameNumbersBeforeNewInputs", async () => {
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
    outbox.enqueue(event(4));
    outbox.open("s", "t");
    await send.complete();

    expect(failures).toHaveLength(1);
    // [ev2, ack2] failed with an unknown outcome: both go again, ev2 under its number (the server drops it if it
    // took it); ev3 and ev4 never left, so they are numbered only now, after it.
    expect(send.batches).toEqual([["ack1"], ["ev2#1", "ack2"], ["ev2#1", "ev3#2", "ev4#3", "ack2"]]);
    expect(outbox.pending).toBe(0);
  });

  it("open_ResumedWithLastInputSeq_DropsWhatTheSessionTookAndSendsTheRestInOrder", async () => {
    const send = new ManualSend();
    const outbox = new Outbox(send.fn, { maxQueued: 100, onSendFailed: () => undefined });
    outbox.open("s", "t");
    outbox.enqueue(event(1));
    outbox.enqueue(event(2));
    outbox.enqueue(event(3));
    await send.complete();
    await send.fail();

    // Act: the resumed session had taken ev1 and ev2
    outbox.open("s", "t", 2n);
    outbox.enqueue(event(4));
    await send.complete();

    expect(send.batches).toEqual([["ev1#1"], ["ev2#2", "ev3#3"], ["ev3#3"], ["ev4#4"]]);
  });

  it("open_ReloadedTabResumesSession_NumbersAfterTheSessionsLastInputSeq", () => {
    const send = new ManualSend();
    const outbox = new Outbox(send.fn, { maxQueued: 100, onSendFailed: () => undefined });
    outbox.enqueue(event(1));

    outbox.open("s", "t", 57n);

    expect(send.batches).toEqual([["ev1#58"]]);
  });

  it("confirm_InputAckWhileSendFails_ConfirmedInputsAreNotSentAgain", async () => {
    const send = new ManualSend();
    const outbox = new Outbox(send.fn, { maxQueued: 100, onSendFailed: () => undefined });
    outbox.open("s", "t");
    outbox.enqueue(event(1));
    outbox.enqueue(event(2));
    outbox.enqueue(event(3));
    await send.complete();

    outbox.confirm(2n);
    await send.fail();
    outbox.open("s", "t");

    expect(send.batches).toEqual([["ev1#1"], ["ev2#2", "ev3#3"], ["ev3#3"]]);
  });

  it("enqueueAll_SliderDraggedWhileSendFails_SentPairKeepsNumbersOnlyUnsentPairsCoalesce", async () => {
    const send = new ManualSend();
    const outbox = new Outbox(send.fn, { maxQueued: 100, onSendFailed: () => undefined });
    outbox.open("s", "t");
    outbox.enqueueAll([event(5, "wb", "1"), event(5, "change", "1")], "5.value");

    outbox.enqueueAll([event(5, "wb", "2"), event(5, "change", "2")], "5.value");
    outbox.enqueueAll([event(5, "wb", "3"), event(5, "change", "3")], "5.value");
    await send.fail();
    outbox.enqueueAll([event(5, "wb", "4"), event(5, "change", "4")], "5.value");
    outbox.open("s", "t");

    // The first pair left and failed: it goes again as it was. 2 and 3 coalesced before leaving, then 4 replaced
    // the unsent 3; only the newest unsent pair is numbered, after the sent one.
    expect(send.batches).toEqual([["ev51#1", "ev51#2"], ["ev51#1", "ev51#2", "ev54#3", "ev54#4"]]);
  });

  it("discard_NewSession_ForgetsKeptInputsAndNumbersFromOne", async () => {
    const send = new ManualSend();
    const outbox = new Outbox(send.fn, { maxQueued: 100, onSendFailed: () => undefined });
    outbox.open("s", "t");
    outbox.enqueue(event(1));
    await send.fail();

    outbox.discard();
    outbox.enqueue(event(2));
    outbox.open("s2", "t2");

    expect(send.batches).toEqual([["ev1#1"], ["ev2#1"]]);
  });

  it("bound_TooManyQueued_DropsOldestEvents", () => {
    const send = new ManualSend();
    const outbox = new Outbox(send.fn, { maxQueued: 3, onSendFailed: () => undefined });

    outbox.enqueue(ack(1));
    for (let i = 1; i <= 4; i++) outbox.enqueue(event(i));

    expect(outbox.pending).toBe(3);
    outbox.open("s", "t");
    expect(send.batches).toEqual([["ev3#1", "ev4#2", "ack1"]]);
  });

  it("bound_SentInputsUnconfirmed_OnlyUnsentMakeRoom", async () => {
    const send = new ManualSend();
    const outbox = new Outbox(send.fn, { maxQueued: 3, onSendFailed: () => undefined });
    outbox.open("s", "t");
    outbox.enqueue(event(1));
    outbox.enqueue(event(2));
    outbox.enqueue(event(3));
    await send.complete();
    await send.fail();

    for (let i = 4; i <= 6; i++) outbox.enqueue(event(i));
    outbox.open("s", "t");

    // ev2 and ev3 were sent (numbers 2 and 3) and stay; of the unsent, only the newest fits.
    expect(send.batches).toEqual([["ev1#1"], ["ev2#2", "ev3#3"], ["ev2#2", "ev3#3", "ev6#4"]]);
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
    ["onsurfacevariant", "var(--fa-on-surface-variant)"],
    ["surfaceContainerHighest", "var(--fa-surface-container-highest)"],
    ["deeppurpleaccent200", "#7c4dff"],
    ["bluegrey700", "#455a64"],
    ["lightblue", "#03a9f4"],
    ["no_such_colour", "no_such_colour"],
    ["#123456", "#123456"],
    ["rgb(1, 2, 3)", "rgb(1, 2, 3)"],
    ["red,0.5", "color-mix(in srgb, #f44336 50%, transparent)"],
  ])("cssColor_%s_Is_%s", (name, css) => {
    expect(cssColor(name)).toBe(css);
  });
});
