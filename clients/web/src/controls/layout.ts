import type { MirrorNode } from "../mirror/tree";
import type { Value } from "../mirror/values";
import { cssColor } from "../render/colors";
import { bool, boxAlignment, cornerRadii, crossAlignment, edgeInsets, h, mainAlignment, num, px, scrollOverflow, str } from "../render/dom";
import { changed, ElementSlot, type ControlFactory, type PropNames, type RenderContext } from "../render/view";
import { view } from "./base";

/** scroll_to on a scrollable control: `offset` (negative counts from the end), `delta`, or the child `key`. */
function scrollTo(el: HTMLElement, horizontal: boolean, args: ReadonlyMap<string, Value>): undefined {
  const key = args.get("key");
  if (typeof key === "string" && key) {
    const target = [...el.children].find((c) => (c as HTMLElement).dataset["key"] === key);
    target?.scrollIntoView({ block: "nearest", inline: "nearest" });
    return undefined;
  }
  const delta = numeric(args.get("delta"));
  const offset = numeric(args.get("offset"));
  const extent = horizontal ? el.scrollWidth : el.scrollHeight;
  const current = horizontal ? el.scrollLeft : el.scrollTop;
  let target = current;
  if (typeof delta === "number") target = current + delta;
  else if (typeof offset === "number") target = offset < 0 ? extent + offset + 1 : offset;
  el.scrollTo(horizontal ? { left: target } : { top: target });
  return undefined;
}

function numeric(value: Value | undefined): number | undefined {
  return typeof value === "bigint" ? Number(value) : typeof value === "number" ? value : undefined;
}

function flex(direction: "column" | "row"): ControlFactory {
  return (node, ctx) => {
    const el = h(ctx.document, "div", `fa-flex fa-${direction}`);
    const cross = direction === "column" ? "horizontal_alignment" : "vertical_alignment";
    return view(
      el,
      (names) => {
        if (changed(names, "spacing")) el.style.gap = px(num(node, "spacing") ?? 10);
        if (changed(names, "alignment")) el.style.justifyContent = mainAlignment(str(node, "alignment"));
        if (changed(names, cross)) el.style.alignItems = crossAlignment(str(node, cross));
        if (changed(names, "scroll")) {
          const overflow = scrollOverflow(str(node, "scroll"));
          if (direction === "column") el.style.overflowY = overflow;
          else el.style.overflowX = overflow;
          el.classList.toggle("fa-scroll", overflow !== "");
        }
        if (changed(names, "wrap")) el.style.flexWrap = bool(node, "wrap") ? "wrap" : "";
      },
      { controls: el },
      { call: (method, args) => callScroll(method, el, direction === "row", args) },
    );
  };
}

function callScroll(method: string, el: HTMLElement, horizontal: boolean, args: ReadonlyMap<string, Value>): undefined {
  if (method !== "scroll_to") throw new Error(`unknown method ${method}`);
  return scrollTo(el, horizontal, args);
}

export const column = flex("column");
export const row = flex("row");

function applyBox(el: HTMLElement, node: MirrorNode, names: PropNames): void {
  if (changed(names, "padding")) el.style.padding = edgeInsets(node, "padding");
  if (changed(names, "margin")) el.style.margin = edgeInsets(node, "margin");
  if (changed(names, "border_radius")) el.style.borderRadius = cornerRadii(node, "border_radius");
}

/** How long a press must be held to raise long_press rather than click (Flutter's long-press timeout). */
export const LONG_PRESS_MS = 500;

export const container: ControlFactory = (node, ctx) => {
  const el = h(ctx.document, "div", "fa-container");
  const subscribed = (event: string): boolean => node.props.get(`on_${event}`) === true;
  let pressTimer: ReturnType<typeof setTimeout> | undefined;
  let longPressed = false;
  const cancelPress = (): void => {
    clearTimeout(pressTimer);
    pressTimer = undefined;
  };
  el.addEventListener("pointerdown", (e) => {
    longPressed = false;
    if (!subscribed("long_press")) return;
    e.stopPropagation();
    cancelPress();
    pressTimer = setTimeout(() => {
      pressTimer = undefined;
      longPressed = true;
      ctx.emit(node, "long_press");
    }, LONG_PRESS_MS);
  });
  for (const end of ["pointerup", "pointerleave", "pointercancel"]) el.addEventListener(end, cancelPress);
  el.addEventListener("click", (e) => {
    if (longPressed) {
      // The press already raised long_press; Flet raises no click after it.
      longPressed = false;
      e.stopPropagation();
      return;
    }
    if (!subscribed("click")) return;
    e.stopPropagation();
    ctx.emit(node, "click");
  });
  el.addEventListener("mouseenter", () => {
    if (subscribed("hover")) ctx.emit(node, "hover", "true");
  });
  el.addEventListener("mouseleave", () => {
    if (subscribed("hover")) ctx.emit(node, "hover", "false");
  });
  return view(
    el,
    (names) => {
      applyBox(el, node, names);
      if (changed(names, "alignment")) {
        const alignment = boxAlignment(str(node, "alignment"));
        el.classList.toggle("fa-aligned", alignment !== undefined);
        el.style.justifyContent = alignment?.[0] ?? "";
        el.style.alignItems = alignment?.[1] ?? "";
      }
      if (changed(names, "border_color", "border_width")) {
        const color = str(node, "border_color");
        const width = num(node, "border_width");
        el.style.border = color || width ? `${width ?? 1}px solid ${cssColor(color) || "currentColor"}` : "";
      }
      if (changed(names, "ink", "on_click", "on_long_press")) {
        el.classList.toggle("fa-ink", bool(node, "ink"));
        el.classList.toggle("fa-clickable", subscribed("click") || subscribed("long_press"));
      }
    },
    { content: el },
  );
};

export const stack: ControlFactory = (_node, ctx) => {
  const el = h(ctx.document, "div", "fa-stack");
  return view(el, () => undefined, { controls: el });
};

export const listview: ControlFactory = (node, ctx) => {
  const el = h(ctx.document, "div", "fa-listview");
  const autoScroll = (): void => {
    if (bool(node, "auto_scroll")) queueMicrotask(() => scrollTo(el, bool(node, "horizontal"), new Map([["offset", -1]])));
  };
  return view(
    el,
    (names) => {
      if (changed(names, "spacing")) el.style.gap = px(num(node, "spacing") ?? 0);
      if (changed(names, "padding")) el.style.padding = edgeInsets(node, "padding");
      if (changed(names, "horizontal")) el.classList.toggle("fa-horizontal", bool(node, "horizontal"));
    },
    { controls: new ElementSlot(el, autoScroll) },
    { call: (method, args) => callScroll(method, el, bool(node, "horizontal"), args) },
  );
};

export const gridview: ControlFactory = (node, ctx) => {
  const el = h(ctx.document, "div", "fa-grid");
  return view(
    el,
    (names) => {
      if (changed(names, "runs_count", "max_extent")) {
        const extent = num(node, "max_extent");
        const runs = num(node, "runs_count");
        el.style.gridTemplateColumns = extent
          ? `repeat(auto-fill, minmax(min(${extent}px, 100%), 1fr))`
          : `repeat(${runs && runs > 0 ? runs : 1}, minmax(0, 1fr))`;
      }
      if (changed(names, "spacing")) el.style.rowGap = px(num(node, "spacing") ?? 0);
      if (changed(names, "run_spacing")) el.style.columnGap = px(num(node, "run_spacing") ?? 0);
      if (changed(names, "child_aspect_ratio")) el.style.setProperty("--fa-aspect", String(num(node, "child_aspect_ratio") ?? 1));
      if (changed(names, "padding")) el.style.padding = edgeInsets(node, "padding");
    },
    { controls: el },
    { call: (method, args) => callScroll(method, el, false, args) },
  );
};

export const card: ControlFactory = (node, ctx) => {
  const el = h(ctx.document, "div", "fa-card");
  return view(
    el,
    (names) => {
      if (changed(names, "elevation")) el.style.setProperty("--fa-elevation", String(Math.max(0, Math.min(24, num(node, "elevation") ?? 1))));
      if (changed(names, "color")) el.style.backgroundColor = cssColor(str(node, "color"));
    },
    { content: el },
  );
};

function divider(vertical: boolean): ControlFactory {
  return (node, ctx: RenderContext) => {
    const el = h(ctx.document, "div", vertical ? "fa-vdivider" : "fa-divider");
    el.setAttribute("role", "separator");
    return view(el, (names) => {
      if (changed(names, "thickness")) el.style.setProperty("--fa-thickness", px(num(node, "thickness") ?? 1));
      if (changed(names, "color")) el.style.setProperty("--fa-divider-color", cssColor(str(node, "color")) || "var(--fa-outline-variant)");
    });
  };
}

export const dividerControl = divider(false);
export const verticaldivider = divider(true);
