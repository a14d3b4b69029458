import type { MirrorNode } from "../mirror/tree";
import type { Value, ValueKind } from "../mirror/values";

/** Where the children of one slot of a control go in the DOM. */
export interface SlotHost {
  insert(child: ControlView, index: number): void;
  remove(child: ControlView): void;
}

/** The DOM side of one control: one root element per control, updated prop by prop. */
export interface ControlView {
  readonly el: HTMLElement;
  /** The host of a slot this control renders; undefined when the control has no such slot. */
  slot(name: string): SlotHost | undefined;
  /** Brings the element up to date with the named props of the node ("all" right after creation). */
  update(names: PropNames): void;
  /** The element that takes keyboard focus for the `focus` method. */
  focus?(): void;
  /** Runs a method of the control other than focus; returns its result. */
  call?(method: string, args: ReadonlyMap<string, Value>): Value | undefined;
  /** Called after the view was inserted into (or moved within) its parent's slot. */
  attached?(): void;
  dispose?(): void;
}

export type PropNames = ReadonlySet<string> | "all";

export function changed(names: PropNames, ...props: string[]): boolean {
  return names === "all" || props.some((p) => names.has(p));
}

/** What a control may ask of the renderer and, through it, of the session. */
export interface RenderContext {
  /** Raises an event when the app subscribed to it (`on_<name>`) and the control is not disabled. */
  emit(node: MirrorNode, name: string, data?: string): void;
  /** Writes a client-owned value back to the server (and into the mirror), then raises `change`. */
  change(node: MirrorNode, prop: string, value: Value, kind: ValueKind, options?: { coalesce?: boolean }): void;
  /** Writes a client-owned value back without an event (a dialog closing itself before `dismiss`). */
  writeBack(node: MirrorNode, prop: string, value: Value, kind: ValueKind): void;
  /** Whether the node or an ancestor is disabled. */
  isDisabled(node: MirrorNode): boolean;
  /** The view of a control, when rendered. */
  viewOf(id: number): ControlView | undefined;
  /** The page's route changed on the server side. */
  routeSet(route: string): void;
  /** The user pressed the back arrow of a view. */
  viewPop(route: string): void;
  /** The page's `on_keyboard_event` changed: key presses are reported only while it is true. */
  keyboardWanted(wanted: boolean): void;
  readonly document: Document;
}

/** The constructor of a control's view. */
export type ControlFactory = (node: MirrorNode, ctx: RenderContext) => ControlView;

/** A slot whose children are the children of one element, in slot order. */
export class ElementSlot implements SlotHost {
  constructor(readonly container: HTMLElement, private readonly onChange?: () => void) {}

  insert(child: ControlView, index: number): void {
    this.container.insertBefore(child.el, this.container.children[index] ?? null);
    this.onChange?.();
  }

  remove(child: ControlView): void {
    child.el.remove();
    this.onChange?.();
  }
}
