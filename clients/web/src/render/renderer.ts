import type { Change, Snapshot } from "../mirror/changes";
import { subtree, type MirrorNode } from "../mirror/tree";
import type { Value, ValueKind } from "../mirror/values";
import { eventData } from "../mirror/values";
import { controlFactories, unknownControl } from "../controls/registry";
import { applyCommon, commonProps } from "./common";
import { h } from "./dom";
import { ElementSlot, type ControlFactory, type ControlView, type PropNames, type RenderContext, type SlotHost } from "./view";

/** What the renderer hands to the session: the messages that go up to the server, and route changes. */
export interface RendererHost {
  event(controlId: number, name: string, data: string): void;
  /**
   * Writes a client-owned value back; `then` is the event that must follow it in the same order (the `change`
   * the app subscribed to). `coalesce` lets a newer pair replace a queued one for the same control (a drag).
   */
  writeBack(controlId: number, prop: string, value: Value, kind: ValueKind, then: UpEvent | undefined, coalesce: boolean): void;
  routeSet(route: string): void;
  viewPop(route: string): void;
  /** The page's `on_keyboard_event` changed: key presses are reported only while it is true. */
  keyboardWanted(wanted: boolean): void;
}

export interface UpEvent {
  readonly name: string;
  readonly data: string;
}

interface Rendered {
  readonly node: MirrorNode;
  readonly view: ControlView;
  parent: Rendered | undefined;
  slot: string;
  orphans?: Map<string, SlotHost>;
}

const common = new Set<string>(commonProps);

/**
 * Renders the mirror into the DOM: one element per control, keyed by id, and updated change by change as the
 * mirror reports them (never a full re-render of a batch).
 */
export class Renderer implements RenderContext {
  private readonly rendered = new Map<number, Rendered>();
  private root: Rendered | undefined;
  readonly document: Document;

  constructor(
    private readonly mount: HTMLElement,
    private readonly host: RendererHost,
    private readonly factories: Readonly<Record<string, ControlFactory>> = controlFactories,
  ) {
    this.document = mount.ownerDocument;
  }

  /** Replays the changes of one applied batch, in op order. */
  apply(changes: readonly Change[]): void {
    let viewsChanged = false;
    for (const change of changes) {
      switch (change.kind) {
        case "reset":
          this.clear();
          this.root = this.build(change.root, undefined, "");
          this.mount.append(this.root.view.el);
          viewsChanged = true;
          break;
        case "add": {
          const parent = this.rendered.get(change.parent.id);
          if (!parent) throw new Error(`render: no element for parent ${change.parent.id}`);
          const rendered = this.build(change.tree, parent, change.slot);
          this.slotOf(parent, change.slot).insert(rendered.view, change.index);
          attach(rendered);
          viewsChanged ||= change.slot === "views";
          break;
        }
        case "set": {
          const rendered = this.rendered.get(change.node.id);
          if (rendered) this.update(rendered, new Set(change.names));
          break;
        }
        case "remove": {
          const rendered = this.rendered.get(change.node.id);
          if (!rendered) break;
          if (rendered.parent) this.slotOf(rendered.parent, rendered.slot).remove(rendered.view);
          viewsChanged ||= rendered.slot === "views";
          this.forget(change.node);
          break;
        }
        case "move": {
          const rendered = this.rendered.get(change.node.id);
          const parent = this.rendered.get(change.parent.id);
          if (!rendered || !parent) throw new Error(`render: no element for move of ${change.node.id}`);
          if (rendered.parent) this.slotOf(rendered.parent, rendered.slot).remove(rendered.view);
          viewsChanged ||= rendered.slot === "views" || change.slot === "views";
          rendered.parent = parent;
          rendered.slot = change.slot;
          this.slotOf(parent, change.slot).insert(rendered.view, change.index);
          attach(rendered);
          break;
        }
      }
    }
    if (viewsChanged) this.refreshViews();
  }

  /** The root element of a control, when rendered. */
  elementOf(id: number): HTMLElement | undefined {
    return this.rendered.get(id)?.view.el;
  }

  viewOf(id: number): ControlView | undefined {
    return this.rendered.get(id)?.view;
  }

  /** Drops every element (the session is gone or about to be re-rendered from a reset). */
  clear(): void {
    for (const { view } of this.rendered.values()) view.dispose?.();
    this.rendered.clear();
    this.root?.view.el.remove();
    this.root = undefined;
  }

  // RenderContext ------------------------------------------------------------------------------------------------

  emit(node: MirrorNode, name: string, data = ""): void {
    if (this.subscribed(node, name)) this.host.event(node.id, name, data);
  }

  change(node: MirrorNode, prop: string, value: Value, kind: ValueKind, options?: { coalesce?: boolean }): void {
    if (this.isDisabled(node)) return;
    const then = this.subscribed(node, "change") ? { name: "change", data: eventData(value) } : undefined;
    this.writeBackInternal(node, prop, value, kind, then, options?.coalesce ?? false);
  }

  writeBack(node: MirrorNode, prop: string, value: Value, kind: ValueKind): void {
    this.writeBackInternal(node, prop, value, kind, undefined, false);
  }

  isDisabled(node: MirrorNode): boolean {
    for (let n: MirrorNode | undefined = node; n; n = n.parent) {
      if (n.props.get("disabled") === true) return true;
    }
    return false;
  }

  routeSet(route: string): void {
    this.host.routeSet(route);
  }

  viewPop(route: string): void {
    this.host.viewPop(route);
  }

  keyboardWanted(wanted: boolean): void {
    this.host.keyboardWanted(wanted);
  }

  // --------------------------------------------------------------------------------------------------------------

  private subscribed(node: MirrorNode, name: string): boolean {
    return node.props.get(`on_${name}`) === true && !this.isDisabled(node);
  }

  private writeBackInternal(node: MirrorNode, prop: string, value: Value, kind: ValueKind, then: UpEvent | undefined, coalesce: boolean): void {
    // The client owns this value: the mirror takes it at once, so later renders keep it; the server never echoes it.
    node.props.set(prop, value);
    this.host.writeBack(node.id, prop, value, kind, then, coalesce);
  }

  private build(snap: Snapshot, parent: Rendered | undefined, slot: string): Rendered {
    const node = snap.node;
    const factory = this.factories[node.type] ?? unknownControl;
    const view = factory(node, this);
    view.el.dataset["id"] = String(node.id);
    view.el.dataset["type"] = node.type;
    if (node.key) view.el.dataset["key"] = node.key;
    const rendered: Rendered = { node, view, parent, slot };
    this.rendered.set(node.id, rendered);
    this.update(rendered, "all");
    for (const [slotName, kids] of snap.slots) {
      const host = this.slotOf(rendered, slotName);
      kids.forEach((kid, index) => {
        const child = this.build(kid, rendered, slotName);
        host.insert(child.view, index);
        attach(child);
      });
    }
    return rendered;
  }

  private update(rendered: Rendered, names: PropNames): void {
    rendered.view.update(names);
    if (names === "all" || [...names].some((n) => common.has(n))) applyCommon(rendered.view.el, rendered.node, names);
  }

  private slotOf(rendered: Rendered, slot: string): SlotHost {
    const host = rendered.view.slot(slot) ?? rendered.orphans?.get(slot);
    if (host) return host;
    // A slot the control does not render (a newer server?): keep the children, hidden, so later ops still apply.
    console.warn(`fletactors: ${rendered.node.type} ${rendered.node.id} has no slot "${slot}"; its children stay hidden`);
    const container = h(this.document, "div", "fa-orphans");
    container.hidden = true;
    rendered.view.el.append(container);
    const orphans = new ElementSlot(container);
    (rendered.orphans ??= new Map()).set(slot, orphans);
    return orphans;
  }

  private forget(node: MirrorNode): void {
    for (const n of subtree(node)) {
      const rendered = this.rendered.get(n.id);
      if (!rendered) continue;
      rendered.view.dispose?.();
      this.rendered.delete(n.id);
    }
  }

  /** Views came or went: the back arrow shows on every view's app bar but the first one's. */
  private refreshViews(): void {
    const page = this.root?.node;
    const views = page?.slots.get("views") ?? [];
    for (const view of views) {
      for (const bar of view.slots.get("appbar") ?? []) this.rendered.get(bar.id)?.view.update(new Set(["leading"]));
    }
  }
}

function attach(rendered: Rendered): void {
  rendered.view.attached?.();
}
