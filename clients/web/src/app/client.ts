import type { MethodCall, ErrorReport, PatchBatch } from "../gen/fletactors/v1/session_pb";
import { ErrorCode } from "../gen/fletactors/v1/session_pb";
import { Backoff } from "../connection/backoff";
import { SessionConnection, type ConnectionStatus, type SessionHandler, type SessionTransport } from "../connection/connection";
import { clientMessage } from "../connection/outbox";
import { SessionStore } from "../connection/store";
import { snapshot } from "../mirror/changes";
import { Mirror, toId } from "../mirror/mirror";
import { PAGE_ID } from "../mirror/tree";
import { fromWire, kindOf, toWire, type Value, type ValueKind } from "../mirror/values";
import { Renderer, type RendererHost, type UpEvent } from "../render/renderer";
import { ClientErrorReporter } from "./errors";
import { KeyboardReporter } from "./keyboard";
import { HashRouter } from "./router";
import { StatusIndicator } from "./status";
import { Toasts } from "./toast";
import * as up from "./messages";

export interface ClientOptions {
  readonly window: Window;
  /** Where the page renders. */
  readonly root: HTMLElement;
  /** The connection indicator element. */
  readonly indicator: HTMLElement;
  readonly transport: SessionTransport;
  /** The app to run ("" = the server's default app, the gallery). */
  readonly app: string;
  readonly storage?: Storage | undefined;
  readonly backoff?: Backoff;
  /** Quiet time before a resize is reported. */
  readonly resizeDebounceMs?: number;
  /** Opens a URL for the page's launch_url method. */
  readonly navigate?: (url: string, target: string | undefined) => void;
}

/** What the user reads when the server started the app again after the session's node went away. */
export const restartedNotice = "The connection to the server was lost and the app was started again.";

const safeUrl = /^(https?:|mailto:|tel:|\/|\.|#|[^:]*$)/i;

/** The browser client: connection, mirror and renderer wired to the page's browser-side behaviour. */
export class FletClient implements SessionHandler, RendererHost {
  readonly mirror = new Mirror();
  readonly renderer: Renderer;
  readonly connection: SessionConnection;
  readonly router: HashRouter;
  readonly toasts: Toasts;
  private readonly indicator: StatusIndicator;
  private readonly errors: ClientErrorReporter;
  private readonly keyboard: KeyboardReporter;
  private readonly win: Window;
  private resizeTimer: ReturnType<typeof setTimeout> | undefined;
  private lastSize = { width: 0, height: 0 };
  private readonly disposers: Array<() => void> = [];

  constructor(private readonly options: ClientOptions) {
    const win = options.window;
    this.win = win;
    this.renderer = new Renderer(options.root, this);
    this.router = new HashRouter(win, (route) => this.send([up.routeChange(route)]));
    this.toasts = new Toasts(win.document);
    this.indicator = new StatusIndicator(options.indicator);
    this.connection = new SessionConnection(options.transport, new SessionStore(options.storage, options.app), this, {
      app: options.app,
      platform: "web",
      userAgent: win.navigator.userAgent,
      backoff: options.backoff ?? new Backoff(),
      delay: (ms, signal) => delay(win, ms, signal),
      maxQueued: 1000,
    });
    this.errors = new ClientErrorReporter(win, (message) => this.send([up.clientError(message)]));
    this.keyboard = new KeyboardReporter(win, (press) => this.send([up.keyboard(press)]));
    const onResize = (): void => this.scheduleResize();
    win.addEventListener("resize", onResize);
    this.disposers.push(
      () => win.removeEventListener("resize", onResize),
      () => this.errors.dispose(),
      () => this.router.dispose(),
      () => this.keyboard.dispose(),
    );
  }

  start(): Promise<void> {
    this.lastSize = this.size();
    return this.connection.start();
  }

  stop(): void {
    this.connection.stop();
    if (this.resizeTimer !== undefined) clearTimeout(this.resizeTimer);
    for (const dispose of this.disposers) dispose();
  }

  // SessionHandler ------------------------------------------------------------------------------------------------

  pageInfo(): { route: string; width: number; height: number } {
    return { route: this.router.route, ...this.size() };
  }

  resumePoint(): { epoch: bigint; seq: bigint } | undefined {
    const epoch = this.mirror.epoch;
    return epoch === 0n ? undefined : { epoch, seq: this.mirror.lastAppliedSeq };
  }

  newSession(): void {
    this.mirror.restart();
  }

  sessionRestarted(): void {
    this.toasts.show(restartedNotice, "info");
  }

  batch(batch: PatchBatch): "applied" | "ignored" | "resync" | "reset" {
    const outcome = this.mirror.apply(batch);
    switch (outcome.kind) {
      case "applied":
        this.render(outcome.changes);
        return "applied";
      case "ignored":
        return "ignored";
      case "gap":
        console.warn(`fletactors: ${outcome.reason}; resuming`);
        return "resync";
      case "invalid":
        console.error(`fletactors: ${outcome.reason}; asking for the whole tree`);
        this.send([up.clientError(`patch rejected: ${outcome.reason}`)]);
        return "reset";
    }
  }

  methodCall(call: MethodCall): void {
    const args = new Map<string, Value>();
    for (const prop of call.args) {
      const value = fromWire(prop.value);
      if (value !== undefined) args.set(prop.name, value);
    }
    let result: Value | undefined;
    let error = "";
    try {
      result = this.runMethod(toId(call.controlId), call.method, args);
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    this.send([up.methodResult(call.callId, result === undefined ? undefined : toWire(result, kindOf(result)), error)]);
  }

  errorReport(report: ErrorReport): void {
    const code = ErrorCode[report.code] ?? String(report.code);
    const where = report.controlId ? ` (control ${report.controlId})` : "";
    console.error(`fletactors: ${code}${where}: ${report.message}`);
    this.toasts.show(report.message || code);
  }

  status(status: ConnectionStatus, detail?: string): void {
    this.indicator.show(status, detail);
  }

  // RendererHost --------------------------------------------------------------------------------------------------

  event(controlId: number, name: string, data: string): void {
    this.send([up.controlEvent(controlId, name, data)]);
  }

  writeBack(controlId: number, prop: string, value: Value, kind: ValueKind, then: UpEvent | undefined, coalesce: boolean): void {
    const messages = [up.writeBack(controlId, prop, toWire(value, kind))];
    if (then) messages.push(up.controlEvent(controlId, then.name, then.data));
    this.connection.send(messages, coalesce ? `${controlId}.${prop}` : undefined);
  }

  routeSet(route: string): void {
    this.router.serverRoute(route);
  }

  viewPop(route: string): void {
    this.send([up.viewPop(route)]);
  }

  keyboardWanted(wanted: boolean): void {
    this.keyboard.follow(wanted);
  }

  /** Whether key presses are reported to the server (the page has a keyboard handler). */
  get reportsKeys(): boolean {
    return this.keyboard.active;
  }

  // ---------------------------------------------------------------------------------------------------------------

  private send(messages: ReturnType<typeof clientMessage>[]): void {
    this.connection.send(messages);
  }

  private render(changes: Parameters<Renderer["apply"]>[0]): void {
    try {
      this.renderer.apply(changes);
    } catch (error) {
      // The mirror is right; the DOM may not be. Rebuild it from the mirror rather than leave it half done.
      console.error("fletactors: rendering failed; rebuilding the page", error);
      this.send([up.clientError(`render failed: ${error instanceof Error ? error.message : String(error)}`)]);
      const root = this.mirror.root;
      if (root) this.renderer.apply([{ kind: "reset", root: snapshot(root) }]);
    }
  }

  private runMethod(controlId: number, method: string, args: ReadonlyMap<string, Value>): Value | undefined {
    if (controlId === PAGE_ID && method === "launch_url") {
      const url = args.get("url");
      if (typeof url !== "string" || !url) throw new Error("launch_url needs a url");
      if (!safeUrl.test(url)) throw new Error(`launch_url refuses ${url.split(":")[0]}: URLs`);
      const target = args.get("web_window_name");
      const navigate = this.options.navigate ?? ((u: string, t: string | undefined) => (t ? this.win.open(u, t) : this.win.location.assign(u)));
      navigate(url, typeof target === "string" && target ? target : undefined);
      return undefined;
    }
    const view = this.renderer.viewOf(controlId);
    if (!view) throw new Error(`unknown control ${controlId}`);
    const type = this.mirror.get(controlId)?.type ?? "control";
    if (method === "focus") {
      if (!view.focus) throw new Error(`${type} cannot take focus`);
      view.focus();
      return undefined;
    }
    if (!view.call) throw new Error(`${type} has no method ${method}`);
    return view.call(method, args);
  }

  private size(): { width: number; height: number } {
    return { width: this.win.innerWidth, height: this.win.innerHeight };
  }

  private scheduleResize(): void {
    if (this.resizeTimer !== undefined) clearTimeout(this.resizeTimer);
    this.resizeTimer = setTimeout(() => {
      this.resizeTimer = undefined;
      const size = this.size();
      if (size.width === this.lastSize.width && size.height === this.lastSize.height) return;
      this.lastSize = size;
      this.send([up.resize(size.width, size.height)]);
    }, this.options.resizeDebounceMs ?? 100);
  }
}

function delay(win: Window, ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = win.setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      win.clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener("abort", onAbort, { once: true });
  });
}
