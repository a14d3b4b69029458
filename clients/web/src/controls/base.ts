import type { MirrorNode } from "../mirror/tree";
import { ElementSlot, type ControlView, type PropNames, type RenderContext, type SlotHost } from "../render/view";

/** Builds a view from its root element, an update function and its slot hosts. */
export function view(
  el: HTMLElement,
  update: (names: PropNames) => void,
  slots: Record<string, SlotHost | HTMLElement> = {},
  extra: Partial<Pick<ControlView, "focus" | "call" | "attached" | "dispose">> = {},
): ControlView {
  const hosts = new Map<string, SlotHost>();
  for (const [name, host] of Object.entries(slots)) hosts.set(name, host instanceof HTMLElement ? new ElementSlot(host) : host);
  return { el, update, slot: (name) => hosts.get(name), ...extra };
}

/** Raises focus and blur events of the control when its element gains or loses focus. */
export function bindFocus(ctx: RenderContext, node: MirrorNode, target: HTMLElement): void {
  target.addEventListener("focus", () => ctx.emit(node, "focus"));
  target.addEventListener("blur", () => ctx.emit(node, "blur"));
}

/** Whether the slot has any child in the mirror. */
export function hasChildren(node: MirrorNode, slot: string): boolean {
  return (node.slots.get(slot)?.length ?? 0) > 0;
}
