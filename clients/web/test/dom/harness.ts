import type { ControlNode, PatchOp } from "../../src/gen/fletactors/v1/session_pb";
import { Mirror } from "../../src/mirror/mirror";
import type { Value, ValueKind } from "../../src/mirror/values";
import { Renderer, type RendererHost, type UpEvent } from "../../src/render/renderer";
import { add, batch, node } from "../wire";

export type Sent =
  | ["event", number, string, string]
  | ["writeBack", number, string, Value, ValueKind, boolean]
  | ["route", string]
  | ["pop", string]
  | ["keys", boolean];

/** Records what the renderer hands upward, in order; a write-back's follow-up event is recorded right after it. */
export class RecordingHost implements RendererHost {
  readonly sent: Sent[] = [];
  /** Whether the page asks for key presses; a change of it is recorded, as the client acts only on a change. */
  keyboard = false;

  event(controlId: number, name: string, data: string): void {
    this.sent.push(["event", controlId, name, data]);
  }

  writeBack(controlId: number, prop: string, value: Value, kind: ValueKind, then: UpEvent | undefined, coalesce: boolean): void {
    this.sent.push(["writeBack", controlId, prop, value, kind, coalesce]);
    if (then) this.sent.push(["event", controlId, then.name, then.data]);
  }

  routeSet(route: string): void {
    this.sent.push(["route", route]);
  }

  viewPop(route: string): void {
    this.sent.push(["pop", route]);
  }

  keyboardWanted(wanted: boolean): void {
    if (wanted === this.keyboard) return;
    this.keyboard = wanted;
    this.sent.push(["keys", wanted]);
  }
}

/** A mirror and a renderer on a fresh mount, fed batch by batch like the client feeds them. */
export class Page {
  readonly mirror = new Mirror();
  readonly host = new RecordingHost();
  readonly mount: HTMLElement;
  readonly renderer: Renderer;
  private seq = 0;

  constructor() {
    document.body.replaceChildren();
    this.mount = document.createElement("div");
    document.body.append(this.mount);
    this.renderer = new Renderer(this.mount, this.host);
  }

  /** Starts the session: a reset batch with one view (id 2) holding the given controls. */
  static with(...controls: ControlNode[]): Page {
    const page = new Page();
    page.apply([add(1, "views", 0, node(2, "view", { route: "/" }, controls.map((c) => ({ ...c, slot: "controls" }))))], true);
    return page;
  }

  apply(ops: PatchOp[], reset = false): void {
    const outcome = this.mirror.apply(batch(1, ++this.seq, ops, reset));
    if (outcome.kind !== "applied") throw new Error(`batch not applied: ${JSON.stringify(outcome)}`);
    this.renderer.apply(outcome.changes);
  }

  el<T extends HTMLElement = HTMLElement>(id: number): T {
    const el = this.renderer.elementOf(id);
    if (!el) throw new Error(`no element for ${id}`);
    return el as T;
  }

  find<T extends Element = HTMLElement>(id: number, selector: string): T {
    const found = this.el(id).querySelector(selector);
    if (!found) throw new Error(`no ${selector} in ${id}`);
    return found as T;
  }
}
