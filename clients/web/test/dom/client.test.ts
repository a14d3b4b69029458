// @vitest-environment jsdom
import { Code, ConnectError } from "@connectrpc/connect";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { FletClient, restartedNotice } from "../../src/app/client";
import { Backoff } from "../../src/connection/backoff";
import { ErrorCode, SessionClosed_Reason, type ClientMessage, type SendRequest } from "../../src/gen/fletactors/v1/session_pb";
import { add, child, node, props, set } from "../wire";
import { closed, patch, ScriptedTransport, server, started } from "./transport";

const deadline = { timeout: 2000, interval: 2 };
let client: FletClient | undefined;

const quickBackoff = (): Backoff => new Backoff({ initialMs: 1, maxMs: 4, factor: 2, random: () => 0 });

function boot(
  transport: ScriptedTransport,
  app = "counter",
  navigate?: (url: string, target: string | undefined) => void,
  backoff = quickBackoff(),
): FletClient {
  document.body.replaceChildren();
  const root = document.createElement("div");
  const indicator = document.createElement("div");
  document.body.append(root, indicator);
  client = new FletClient({
    window,
    root,
    indicator,
    transport,
    app,
    storage: window.sessionStorage,
    backoff,
    resizeDebounceMs: 20,
    ...(navigate ? { navigate } : {}),
  });
  void client.start();
  return client;
}

function kinds(messages: ClientMessage[]): string[] {
  return messages.map((m) => {
    const kind = m.kind;
    if (kind.case === "event") return `event:${kind.value.controlId}:${kind.value.name}:${kind.value.data}`;
    if (kind.case === "writeBack") return `writeBack:${kind.value.controlId}:${kind.value.prop}`;
    if (kind.case === "ack") return `ack:${kind.value.epoch}:${kind.value.seq}`;
    if (kind.case === "pageEvent") return `page:${kind.value.kind.case}`;
    if (kind.case === "methodResult") return `result:${kind.value.callId}:${kind.value.error}`;
    return kind.case ?? "none";
  });
}

const firstTree = [add(1, "views", 0, node(2, "view", {}, [child("controls", 3, "textfield", { on_change: true }), child("controls", 4, "elevatedbutton", { text: "Go", on_click: true })]))];

beforeEach(() => {
  window.sessionStorage.clear();
  window.location.hash = "";
});

afterEach(() => {
  client?.stop();
  client = undefined;
});

describe("FletClient session", () => {
  it("start_NoStoredSession_RegistersWithAppRouteSizeAndPlatform", async () => {
    window.location.hash = "#/store";
    const transport = new ScriptedTransport();

    boot(transport, "shop");

    await vi.waitFor(() => expect(transport.streams.length).toBe(1), deadline);
    const request = transport.current.request.kind;
    expect(request.case).toBe("register");
    if (request.case !== "register") return;
    expect(request.value.app).toBe("shop");
    expect(request.value.route).toBe("/store");
    expect(request.value.platform).toBe("web");
    expect(request.value.userAgent).toBe(navigator.userAgent);
    expect(request.value.pageWidth).toBe(window.innerWidth);
    expect(request.value.pageHeight).toBe(window.innerHeight);
  });

  it("batch_Applied_RendersAndAcksCumulatively", async () => {
    const transport = new ScriptedTransport();
    const c = boot(transport);
    await vi.waitFor(() => expect(transport.streams.length).toBe(1), deadline);

    transport.current.push(started("s1", "t1", 1));
    transport.current.push(patch(1, 1, firstTree, true));
    transport.current.push(patch(1, 2, [set(4, { text: "Again" })]));

    await vi.waitFor(() => expect(kinds(transport.sent).at(-1)).toBe("ack:1:2"), deadline);
    expect(c.renderer.elementOf(4)?.textContent).toBe("Again");
    expect(transport.sends.every((s) => s.sessionId === "s1" && s.resumeToken === "t1")).toBe(true);
    expect(JSON.parse(window.sessionStorage.getItem("fletactors.session:counter")!)).toEqual({ sessionId: "s1", resumeToken: "t1", epoch: "1" });
  });

  it("typing_TextField_SendsWriteBackThenChangeInOrder", async () => {
    const transport = new ScriptedTransport();
    const c = boot(transport);
    await vi.waitFor(() => expect(transport.streams.length).toBe(1), deadline);
    transport.current.push(started("s1", "t1", 1));
    transport.current.push(patch(1, 1, firstTree, true));
    await vi.waitFor(() => expect(c.renderer.elementOf(3)).toBeDefined(), deadline);

    const input = c.renderer.elementOf(3)!.querySelector("input")!;
    input.value = "Ada";
    input.dispatchEvent(new Event("input"));
    c.renderer.elementOf(4)!.click();

    await vi.waitFor(() => expect(kinds(transport.sent).filter((k) => !k.startsWith("ack"))).toEqual(["writeBack:3:value", "event:3:change:Ada", "event:4:click:"]), deadline);
    const writeBack = transport.sent.find((m) => m.kind.case === "writeBack")!;
    expect(writeBack.kind.case === "writeBack" && writeBack.kind.value.value?.kind).toEqual({ case: "stringValue", value: "Ada" });
  });

  it("streamEnds_Reconnects_ResumesFromLastAppliedBatch", async () => {
    const transport = new ScriptedTransport();
    boot(transport);
    await vi.waitFor(() => expect(transport.streams.length).toBe(1), deadline);
    transport.current.push(started("s1", "t1", 1));
    transport.current.push(patch(1, 1, firstTree, true));
    transport.current.push(patch(1, 2, [set(4, { text: "x" })]));
    await vi.waitFor(() => expect(kinds(transport.sent)).toContain("ack:1:2"), deadline);

    transport.current.end();

    await vi.waitFor(() => expect(transport.streams.length).toBe(2), deadline);
    const resume = transport.current.request.kind;
    expect(resume.case).toBe("resume");
    if (resume.case !== "resume") return;
    expect(resume.value).toMatchObject({ sessionId: "s1", resumeToken: "t1", epoch: 1n, lastAppliedSeq: 2n });
    expect(document.querySelector("[data-status]")?.textContent).toBe("Reconnecting…");
    transport.current.push(started("s1", "t1", 1, true));
    await vi.waitFor(() => expect((document.querySelector("[data-status]") as HTMLElement).hidden).toBe(true), deadline);
  });

  it("reload_StoredSession_ResumesFromSeqZeroAndTakesReset", async () => {
    window.sessionStorage.setItem("fletactors.session:counter", JSON.stringify({ sessionId: "s9", resumeToken: "t9", epoch: "3" }));
    const transport = new ScriptedTransport();
    const c = boot(transport);

    await vi.waitFor(() => expect(transport.streams.length).toBe(1), deadline);
    const resume = transport.current.request.kind;
    expect(resume.case === "resume" && resume.value).toMatchObject({ sessionId: "s9", resumeToken: "t9", epoch: 3n, lastAppliedSeq: 0n });
    transport.current.push(started("s9", "t9", 3, true));
    transport.current.push(patch(3, 7, firstTree, true));

    await vi.waitFor(() => expect(c.renderer.elementOf(4)?.textContent).toBe("Go"), deadline);
    await vi.waitFor(() => expect(kinds(transport.sent)).toContain("ack:3:7"), deadline);
  });

  it("resumeRefused_ClearsStorageAndRegistersAnew", async () => {
    window.sessionStorage.setItem("fletactors.session:counter", JSON.stringify({ sessionId: "gone", resumeToken: "t", epoch: "1" }));
    const transport = new ScriptedTransport();
    boot(transport);
    await vi.waitFor(() => expect(transport.streams.length).toBe(1), deadline);

    transport.current.fail(Code.NotFound, "no such session");

    await vi.waitFor(() => expect(transport.streams.length).toBe(2), deadline);
    expect(transport.current.request.kind.case).toBe("register");
    expect(window.sessionStorage.getItem("fletactors.session:counter")).toBeNull();
  });

  it("sequenceGap_AbortsStreamAndResumesFromLastApplied", async () => {
    const transport = new ScriptedTransport();
    const c = boot(transport);
    await vi.waitFor(() => expect(transport.streams.length).toBe(1), deadline);
    transport.current.push(started("s1", "t1", 1));
    transport.current.push(patch(1, 1, firstTree, true));
    transport.current.push(patch(1, 3, [set(4, { text: "skipped ahead" })]));

    await vi.waitFor(() => expect(transport.streams.length).toBe(2), deadline);
    expect(transport.streams[0]!.aborted).toBe(true);
    const resume = transport.current.request.kind;
    expect(resume.case === "resume" && resume.value.lastAppliedSeq).toBe(1n);
    expect(c.renderer.elementOf(4)?.textContent).toBe("Go");
  });

  it("closedReplaced_StopsWithoutReconnecting", async () => {
    const transport = new ScriptedTransport();
    boot(transport);
    await vi.waitFor(() => expect(transport.streams.length).toBe(1), deadline);
    transport.current.push(started("s1", "t1", 1));

    transport.current.push(server({ case: "closed", value: { $typeName: "fletactors.v1.SessionClosed", reason: SessionClosed_Reason.REPLACED, message: "" } }));

    await vi.waitFor(() => expect(document.querySelector("[data-status]")?.getAttribute("data-status")).toBe("closed"), deadline);
    expect(transport.streams.length).toBe(1);
  });

  it("closedRestarted_RegistersNewSessionAndTakesItsReset", async () => {
    const transport = new ScriptedTransport();
    const c = boot(transport);
    await vi.waitFor(() => expect(transport.streams.length).toBe(1), deadline);
    transport.current.push(started("s1", "t1", 5));
    transport.current.push(patch(5, 1, firstTree, true));
    await vi.waitFor(() => expect(c.renderer.elementOf(4)).toBeDefined(), deadline);

    transport.current.push(server({ case: "closed", value: { $typeName: "fletactors.v1.SessionClosed", reason: SessionClosed_Reason.RESTARTED, message: "moved" } }));
    await vi.waitFor(() => expect(transport.streams.length).toBe(2), deadline);
    expect(transport.current.request.kind.case).toBe("register");
    transport.current.push(started("s2", "t2", 1));
    transport.current.push(patch(1, 1, [add(1, "views", 0, node(2, "view", {}, [child("controls", 3, "text", { value: "fresh" })]))], true));

    await vi.waitFor(() => expect(c.renderer.elementOf(3)?.textContent).toBe("fresh"), deadline);
  });

  it("methodCalls_LaunchUrlFocusAndUnknown_AnswerWithResults", async () => {
    const transport = new ScriptedTransport();
    const opened: string[] = [];
    const c = boot(transport, "counter", (url) => opened.push(url));
    await vi.waitFor(() => expect(transport.streams.length).toBe(1), deadline);
    transport.current.push(started("s1", "t1", 1));
    transport.current.push(patch(1, 1, firstTree, true));
    const call = (callId: number, controlId: number, method: string, args = {}) =>
      server({ case: "methodCall", value: { $typeName: "fletactors.v1.MethodCall", callId: BigInt(callId), controlId: BigInt(controlId), method, args: props(args) } });

    transport.current.push(call(1, 1, "launch_url", { url: "https://example.org/docs" }));
    transport.current.push(call(2, 3, "focus"));
    transport.current.push(call(3, 4, "explode"));
    transport.current.push(call(4, 1, "launch_url", { url: "javascript:alert(1)" }));

    await vi.waitFor(() => expect(kinds(transport.sent).filter((k) => k.startsWith("result"))).toHaveLength(4), deadline);
    const results = kinds(transport.sent).filter((k) => k.startsWith("result"));
    expect(results[0]).toBe("result:1:");
    expect(results[1]).toBe("result:2:");
    expect(results[2]).toBe("result:3:elevatedbutton has no method explode");
    expect(results[3]).toMatch(/^result:4:launch_url refuses javascript/);
    expect(opened).toEqual(["https://example.org/docs"]);
    expect(document.activeElement).toBe(c.renderer.elementOf(3)!.querySelector("input"));
  });

  it("errorReport_ShowsToast", async () => {
    const transport = new ScriptedTransport();
    const c = boot(transport);
    await vi.waitFor(() => expect(transport.streams.length).toBe(1), deadline);
    const consoleError = vi.spyOn(console, "error").mockImplementation(() => undefined);

    transport.current.push(server({ case: "error", value: { $typeName: "fletactors.v1.ErrorReport", code: ErrorCode.HANDLER_FAILED, message: "boom in handler", controlId: 4n } }));

    await vi.waitFor(() => expect(c.toasts.count).toBe(1), deadline);
    expect(document.querySelector(".fa-toast")?.textContent).toContain("boom in handler");
    expect(consoleError).toHaveBeenCalled();
    consoleError.mockRestore();
  });
});

describe("FletClient page events", () => {
  async function connected(): Promise<{ transport: ScriptedTransport; c: FletClient }> {
    const transport = new ScriptedTransport();
    const c = boot(transport);
    await vi.waitFor(() => expect(transport.streams.length).toBe(1), deadline);
    transport.current.push(started("s1", "t1", 1));
    transport.current.push(patch(1, 1, firstTree, true));
    await vi.waitFor(() => expect(kinds(transport.sent)).toContain("ack:1:1"), deadline);
    return { transport, c };
  }

  it("resize_BurstOfEvents_SendsOneResizeAfterQuiet", async () => {
    const { transport } = await connected();

    for (const width of [500, 510, 520]) {
      Object.defineProperty(window, "innerWidth", { value: width, configurable: true });
      window.dispatchEvent(new Event("resize"));
    }

    await vi.waitFor(() => expect(kinds(transport.sent)).toContain("page:resize"), deadline);
    const resizes = transport.sent.filter((m) => m.kind.case === "pageEvent" && m.kind.value.kind.case === "resize");
    expect(resizes).toHaveLength(1);
    const resize = resizes[0]!.kind;
    expect(resize.case === "pageEvent" && resize.value.kind.case === "resize" && resize.value.kind.value.width).toBe(520);
  });

  function keysSent(transport: ScriptedTransport): Array<{ key: string; shift: boolean; ctrl: boolean; alt: boolean; meta: boolean }> {
    return transport.sent.flatMap((m) =>
      m.kind.case === "pageEvent" && m.kind.value.kind.case === "keyboard"
        ? [(({ key, shift, ctrl, alt, meta }) => ({ key, shift, ctrl, alt, meta }))(m.kind.value.kind.value)]
        : [],
    );
  }

  function press(key: string, code: string, init: KeyboardEventInit = {}): void {
    window.dispatchEvent(new KeyboardEvent("keydown", { key, code, bubbles: true, ...init }));
  }

  it("keyboard_PageWithoutHandler_SendsNoKeys", async () => {
    const { transport, c } = await connected();

    press("a", "KeyA");
    press("Enter", "Enter");
    window.dispatchEvent(new ErrorEvent("error", { message: "marker" }));
    await vi.waitFor(() => expect(kinds(transport.sent)).toContain("page:clientError"), deadline);

    expect(c.reportsKeys).toBe(false);
    expect(keysSent(transport)).toEqual([]);
  });

  it("keyboard_PageAsksForKeys_SendsFletNamesWithModifiersUntilItStopsAsking", async () => {
    const { transport, c } = await connected();

    transport.current.push(patch(1, 2, [set(1, { on_keyboard_event: true })]));
    await vi.waitFor(() => expect(c.reportsKeys).toBe(true), deadline);
    press("a", "KeyA", { shiftKey: true, ctrlKey: true });
    press("ArrowDown", "ArrowDown", { altKey: true });
    press("Shift", "ShiftLeft", { shiftKey: true });
    press("b", "KeyB", { repeat: true });
    // Typing into a field is seen too, and not consumed.
    const field = document.querySelector<HTMLInputElement>("input")!;
    const typed = new KeyboardEvent("keydown", { key: "F1", code: "F1", bubbles: true, cancelable: true, metaKey: true });
    field.dispatchEvent(typed);
    await vi.waitFor(() => expect(keysSent(transport)).toHaveLength(3), deadline);
    transport.current.push(patch(1, 3, [set(1, { on_keyboard_event: null })]));
    await vi.waitFor(() => expect(c.reportsKeys).toBe(false), deadline);
    press("c", "KeyC");
    window.dispatchEvent(new ErrorEvent("error", { message: "marker" }));
    await vi.waitFor(() => expect(kinds(transport.sent)).toContain("page:clientError"), deadline);

    expect(keysSent(transport)).toEqual([
      { key: "A", shift: true, ctrl: true, alt: false, meta: false },
      { key: "Arrow Down", shift: false, ctrl: false, alt: true, meta: false },
      { key: "F1", shift: false, ctrl: false, alt: false, meta: true },
    ]);
    expect(typed.defaultPrevented).toBe(false);
  });

  it("windowError_ReportsClientError", async () => {
    const { transport } = await connected();

    window.dispatchEvent(new ErrorEvent("error", { message: "TypeError: x is undefined" }));

    await vi.waitFor(() => expect(kinds(transport.sent)).toContain("page:clientError"), deadline);
    const report = transport.sent.find((m) => m.kind.case === "pageEvent" && m.kind.value.kind.case === "clientError")!.kind;
    expect(report.case === "pageEvent" && report.value.kind.case === "clientError" && report.value.kind.value.message).toContain("x is undefined");
  });

  it("hashChange_SendsRouteChange_ServerRouteDoesNotEcho", async () => {
    const { transport, c } = await connected();

    let hashChanges = 0;
    window.addEventListener("hashchange", () => hashChanges++);
    window.location.hash = "#/cart";
    await vi.waitFor(() => expect(kinds(transport.sent)).toContain("page:routeChange"), deadline);
    transport.current.push(patch(1, 2, [set(1, { route: "/checkout" })]));
    await vi.waitFor(() => expect(window.location.hash).toBe("#/checkout"), deadline);
    // The client saw the server's hash change too before the check below.
    await vi.waitFor(() => expect(hashChanges).toBe(2), deadline);
    await vi.waitFor(() => expect(kinds(transport.sent)).toContain("ack:1:2"), deadline);
    await c.connection.flushed();

    const routes = transport.sent.flatMap((m) => (m.kind.case === "pageEvent" && m.kind.value.kind.case === "routeChange" ? [m.kind.value.kind.value.route] : []));
    expect(routes).toEqual(["/cart"]);
  });
});

describe("FletClient across a cluster", () => {
  /** A backoff no test waits out: a reconnect that happens within the deadline did not wait for it. */
  const neverWithinTheTest = (): Backoff => new Backoff({ initialMs: 60_000, maxMs: 60_000, factor: 1, random: () => 0 });

  const statusText = (): string | null | undefined => document.querySelector("[data-status]")?.textContent;

  /** The numbered events of a Send as "session#seq:control". */
  const numberedEvents = (send: SendRequest): string[] =>
    send.messages.flatMap((m) => (m.kind.case === "event" ? [`${send.sessionId}#${m.inputSeq}:${m.kind.value.controlId}`] : []));

  it("closedNodeLeaving_ResumesAtOnceWithoutBackoffShowingReconnecting", async () => {
    const transport = new ScriptedTransport();
    boot(transport, "counter", undefined, neverWithinTheTest());
    await vi.waitFor(() => expect(transport.streams.length).toBe(1), deadline);
    transport.current.push(started("s1", "t1", 1));
    transport.current.push(patch(1, 1, firstTree, true));
    await vi.waitFor(() => expect(kinds(transport.sent)).toContain("ack:1:1"), deadline);

    transport.current.push(closed(SessionClosed_Reason.NODE_LEAVING, "node leaving"));

    await vi.waitFor(() => expect(transport.streams.length).toBe(2), deadline);
    const resume = transport.current.request.kind;
    expect(resume.case).toBe("resume");
    expect(resume.case === "resume" && resume.value).toMatchObject({ sessionId: "s1", resumeToken: "t1", epoch: 1n, lastAppliedSeq: 1n });
    expect(statusText()).toBe("Reconnecting…");
  });

  it("startedRestarted_AdoptsNewSessionDropsKeptInputsNumbersFromOneAndReRenders", async () => {
    const transport = new ScriptedTransport();
    const c = boot(transport, "counter", undefined, neverWithinTheTest());
    await vi.waitFor(() => expect(transport.streams.length).toBe(1), deadline);
    transport.current.push(started("s1", "t1", 1));
    transport.current.push(patch(1, 1, firstTree, true));
    await vi.waitFor(() => expect(kinds(transport.sent)).toContain("ack:1:1"), deadline);
    // Two clicks whose Send fails: the client keeps them, unconfirmed, for the session s1.
    transport.sendFailure = new ConnectError("node gone", Code.Unavailable);
    const consoleWarn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    c.renderer.elementOf(4)!.click();
    await vi.waitFor(() => expect(transport.sends.at(-1) && numberedEvents(transport.sends.at(-1)!)).toEqual(["s1#1:4"]), deadline);
    c.renderer.elementOf(4)!.click();
    consoleWarn.mockRestore();

    // Act: the node leaves; the resume is answered with a new session started from scratch.
    transport.current.push(closed(SessionClosed_Reason.NODE_LEAVING));
    await vi.waitFor(() => expect(transport.streams.length).toBe(2), deadline);
    transport.sendFailure = undefined;
    const sendsBefore = transport.sends.length;
    transport.current.push(started("s2", "t2", 1, false, true));
    transport.current.push(patch(1, 1, [add(1, "views", 0, node(2, "view", {}, [child("controls", 5, "elevatedbutton", { text: "Again", on_click: true })]))], true));

    // Assert: the old tree is gone, the new one rendered, the user told; nothing of s1 reaches s2.
    await vi.waitFor(() => expect(c.renderer.elementOf(5)?.textContent).toBe("Again"), deadline);
    expect(c.renderer.elementOf(4)).toBeUndefined();
    expect(document.querySelector(".fa-toast-info")?.textContent).toContain(restartedNotice);
    expect(JSON.parse(window.sessionStorage.getItem("fletactors.session:counter")!)).toEqual({ sessionId: "s2", resumeToken: "t2", epoch: "1" });
    c.renderer.elementOf(5)!.click();
    await vi.waitFor(() => expect(transport.sends.slice(sendsBefore).flatMap(numberedEvents)).toEqual(["s2#1:5"]), deadline);
    expect(transport.sends.slice(sendsBefore).every((s) => s.sessionId === "s2" && s.resumeToken === "t2")).toBe(true);
  });

  it("startedResumed_NoNotice", async () => {
    const transport = new ScriptedTransport();
    const c = boot(transport);
    await vi.waitFor(() => expect(transport.streams.length).toBe(1), deadline);
    transport.current.push(started("s1", "t1", 1));
    transport.current.push(patch(1, 1, firstTree, true));
    await vi.waitFor(() => expect(kinds(transport.sent)).toContain("ack:1:1"), deadline);

    transport.current.end();
    await vi.waitFor(() => expect(transport.streams.length).toBe(2), deadline);
    transport.current.push(started("s1", "t1", 1, true, false, 0));

    await vi.waitFor(() => expect((document.querySelector("[data-status]") as HTMLElement).hidden).toBe(true), deadline);
    expect(c.toasts.count).toBe(0);
    expect(c.renderer.elementOf(4)?.textContent).toBe("Go");
  });

  it("resumeRefusedNotFound_RegistersSameAppAndCurrentRouteAtOnce", async () => {
    const transport = new ScriptedTransport();
    boot(transport, "shop", undefined, neverWithinTheTest());
    await vi.waitFor(() => expect(transport.streams.length).toBe(1), deadline);
    transport.current.push(started("s1", "t1", 1));
    transport.current.push(patch(1, 1, firstTree, true));
    await vi.waitFor(() => expect(kinds(transport.sent)).toContain("ack:1:1"), deadline);
    window.location.hash = "#/cart";
    await vi.waitFor(() => expect(kinds(transport.sent)).toContain("page:routeChange"), deadline);
    transport.current.push(closed(SessionClosed_Reason.NODE_LEAVING));
    await vi.waitFor(() => expect(transport.streams.length).toBe(2), deadline);

    transport.current.fail(Code.NotFound, "session gone");

    await vi.waitFor(() => expect(transport.streams.length).toBe(3), deadline);
    const register = transport.current.request.kind;
    expect(register.case).toBe("register");
    expect(register.case === "register" && register.value).toMatchObject({ app: "shop", route: "/cart", platform: "web" });
    expect(statusText()).toBe("Reconnecting…");
  });

  it("sendFailsThenSucceeds_BackoffStartsOverForTheNextFailure", async () => {
    const transport = new ScriptedTransport();
    const backoff = quickBackoff();
    const c = boot(transport, "counter", undefined, backoff);
    await vi.waitFor(() => expect(transport.streams.length).toBe(1), deadline);
    transport.current.push(started("s1", "t1", 1));
    transport.current.push(patch(1, 1, firstTree, true));
    await vi.waitFor(() => expect(kinds(transport.sent)).toContain("ack:1:1"), deadline);
    const consoleWarn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const delays = vi.spyOn(backoff, "next");
    transport.nextSendFailures.push(new ConnectError("the forwarding node did not answer", Code.Unavailable));

    c.renderer.elementOf(4)!.click();

    await vi.waitFor(() => expect(transport.sends.length).toBe(3), deadline);
    await c.connection.flushed();
    consoleWarn.mockRestore();
    expect(delays).toHaveBeenCalledTimes(1);
    expect(backoff.attempts).toBe(0);
    expect(transport.sends.at(-1)!.messages.map((m) => m.inputSeq)).toContain(1n);
    expect(transport.streams.length).toBe(1);
  });
});
