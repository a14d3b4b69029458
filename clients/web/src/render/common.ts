import type { MirrorNode } from "../mirror/tree";
import { cssColor } from "./colors";
import { bool, num, px, str } from "./dom";
import { changed, type PropNames } from "./view";

/** The props every control takes (CONTROLS.md), applied to the control's root element. */
export const commonProps = [
  "visible",
  "disabled",
  "tooltip",
  "width",
  "height",
  "expand",
  "bgcolor",
  "opacity",
  "left",
  "top",
  "right",
  "bottom",
] as const;

const edges = ["left", "top", "right", "bottom"] as const;

export function applyCommon(el: HTMLElement, node: MirrorNode, names: PropNames): void {
  const style = el.style;
  if (changed(names, "visible")) el.classList.toggle("fa-hidden", !bool(node, "visible", true));
  if (changed(names, "disabled")) {
    const disabled = bool(node, "disabled");
    el.classList.toggle("fa-disabled", disabled);
    // inert keeps the whole subtree out of focus and clicks, as the inherited disabled state asks.
    el.toggleAttribute("inert", disabled);
    if (disabled) el.setAttribute("aria-disabled", "true");
    else el.removeAttribute("aria-disabled");
  }
  if (changed(names, "tooltip")) {
    const tooltip = str(node, "tooltip");
    if (tooltip) el.title = tooltip;
    else el.removeAttribute("title");
  }
  if (changed(names, "width")) style.width = px(num(node, "width"));
  if (changed(names, "height")) style.height = px(num(node, "height"));
  if (changed(names, "expand")) {
    const raw = node.props.get("expand");
    const expand = raw === true ? 1 : typeof raw === "number" || typeof raw === "bigint" ? Number(raw) : 0;
    style.flex = expand > 0 ? `${expand} 1 0` : "";
    el.classList.toggle("fa-expand", expand > 0);
  }
  if (changed(names, "bgcolor")) style.backgroundColor = cssColor(str(node, "bgcolor"));
  if (changed(names, "opacity")) {
    const opacity = num(node, "opacity");
    style.opacity = opacity === undefined ? "" : String(opacity);
  }
  if (changed(names, ...edges)) {
    let positioned = false;
    for (const edge of edges) {
      const value = num(node, edge);
      style[edge] = px(value);
      positioned ||= value !== undefined;
    }
    el.classList.toggle("fa-positioned", positioned);
  }
}
