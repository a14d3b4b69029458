import type { MirrorNode } from "../mirror/tree";
import { NumberList, type Value } from "../mirror/values";

/** Creates an element with classes and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className = "",
  ...kids: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  if (className) el.className = className;
  for (const kid of kids) el.append(kid);
  return el;
}

export function str(node: MirrorNode, name: string, fallback = ""): string {
  const v = node.props.get(name);
  return typeof v === "string" ? v : v === undefined ? fallback : String(v);
}

/** A numeric prop, num or int alike (an int arrives as bigint). */
export function num(node: MirrorNode, name: string): number | undefined {
  const v = node.props.get(name);
  if (typeof v === "bigint") return Number(v);
  return typeof v === "number" && Number.isFinite(v) ? v : undefined;
}

export function bool(node: MirrorNode, name: string, fallback = false): boolean {
  const v = node.props.get(name);
  return typeof v === "boolean" ? v : fallback;
}

export function prop(node: MirrorNode, name: string): Value | undefined {
  return node.props.get(name);
}

export function px(value: number | undefined): string {
  return value === undefined ? "" : `${value}px`;
}

/** The four numbers of a number_list prop, or undefined when the prop is not a list of four finite numbers. */
function four(node: MirrorNode, name: string): readonly [number, number, number, number] | undefined {
  const v = node.props.get(name);
  if (!(v instanceof NumberList) || v.values.length !== 4 || !v.values.every(Number.isFinite)) return undefined;
  const [a, b, c, d] = v.values as [number, number, number, number];
  return [a, b, c, d];
}

/**
 * A padding or margin prop as a CSS value: one number for every side, or the wire's [left, top, right, bottom]
 * turned into CSS's top, right, bottom, left order. "" (the stylesheet's default) when not set.
 */
export function edgeInsets(node: MirrorNode, name: string): string {
  const sides = four(node, name);
  if (sides === undefined) return px(num(node, name));
  const [left, top, right, bottom] = sides;
  return `${top}px ${right}px ${bottom}px ${left}px`;
}

/**
 * A border_radius prop as a CSS value: one number for every corner, or the wire's (Flet's) [top_left, top_right,
 * bottom_left, bottom_right] turned into CSS's top-left, top-right, bottom-right, bottom-left order.
 */
export function cornerRadii(node: MirrorNode, name: string): string {
  const corners = four(node, name);
  if (corners === undefined) return px(num(node, name));
  const [topLeft, topRight, bottomLeft, bottomRight] = corners;
  return `${topLeft}px ${topRight}px ${bottomRight}px ${bottomLeft}px`;
}

/** Shows text or removes the element's text when empty, keeping the element in place. */
export function setText(el: HTMLElement, text: string): void {
  if (el.textContent !== text) el.textContent = text;
  el.hidden = text === "";
}

// Keyed by the compact form of Flet's names (MainAxisAlignment.SPACE_BETWEEN is "spaceBetween"); see compactName.
const mainAxis: Record<string, string> = {
  start: "flex-start",
  center: "center",
  end: "flex-end",
  spacebetween: "space-between",
  spacearound: "space-around",
  spaceevenly: "space-evenly",
};

const crossAxis: Record<string, string> = { start: "flex-start", center: "center", end: "flex-end", stretch: "stretch" };

/** An enum value as Flet spells it (`spaceBetween`) or in snake case (`space_between`), reduced to one key. */
export function compactName(value: string): string {
  return value.toLowerCase().replace(/_/g, "");
}

export function mainAlignment(value: string): string {
  return mainAxis[compactName(value)] ?? "";
}

export function crossAlignment(value: string): string {
  return crossAxis[value] ?? "";
}

/** Container alignment names → [justify-content, align-items] in a flex row. */
export function boxAlignment(value: string): [string, string] | undefined {
  const [vertical, horizontal] =
    value === "center" ? ["center", "center"] : (value.split("_") as [string, string | undefined]);
  const axis = (part: string | undefined): string | undefined =>
    part === "left" || part === "top" ? "flex-start" : part === "right" || part === "bottom" ? "flex-end" : part === "center" ? "center" : undefined;
  const justify = axis(horizontal);
  const align = axis(vertical);
  return justify && align ? [justify, align] : undefined;
}

export function scrollOverflow(value: string): string {
  return value === "auto" || value === "adaptive" ? "auto" : value === "always" ? "scroll" : value === "hidden" ? "hidden" : "";
}
