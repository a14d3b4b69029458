import { cssColor } from "../render/colors";
import { bool, h, num, px, setText, str } from "../render/dom";
import { renderIcon } from "../render/icons";
import { changed, ElementSlot, type ControlFactory, type RenderContext } from "../render/view";
import type { MirrorNode } from "../mirror/tree";
import { bindFocus, hasChildren, view } from "./base";

/** Replaces the icon inside a holder element; an empty name removes it. */
export function setIcon(ctx: RenderContext, holder: HTMLElement, name: string): void {
  if (holder.dataset["icon"] === name) return;
  holder.dataset["icon"] = name;
  holder.replaceChildren(...(name ? [renderIcon(ctx.document, name)] : []));
  holder.hidden = !name;
}

function clickable(ctx: RenderContext, node: MirrorNode, button: HTMLButtonElement): void {
  button.type = "button";
  button.addEventListener("click", () => ctx.emit(node, "click"));
  bindFocus(ctx, node, button);
}

/** elevatedbutton, outlinedbutton, textbutton, filledbutton: one factory per variant. */
function labelledButton(variant: string): ControlFactory {
  return (node, ctx) => {
    const doc = ctx.document;
    const icon = h(doc, "span", "fa-btn-icon");
    const label = h(doc, "span", "fa-btn-label");
    const content = h(doc, "span", "fa-btn-content");
    const el = h(doc, "button", `fa-btn fa-btn-${variant}`, icon, label, content);
    clickable(ctx, node, el);
    const refreshContent = (): void => {
      const custom = hasChildren(node, "content");
      content.hidden = !custom;
      label.hidden = custom || !str(node, "text");
    };
    return view(
      el,
      (names) => {
        if (changed(names, "text")) {
          setText(label, str(node, "text"));
          refreshContent();
        }
        if (changed(names, "icon")) setIcon(ctx, icon, str(node, "icon"));
        if (changed(names, "icon_color")) icon.style.color = cssColor(str(node, "icon_color"));
        if (changed(names, "color")) el.style.color = cssColor(str(node, "color"));
        if (changed(names, "disabled")) el.disabled = bool(node, "disabled");
      },
      { content: new ElementSlot(content, refreshContent) },
      { focus: () => el.focus() },
    );
  };
}

export const elevatedbutton = labelledButton("elevated");
export const outlinedbutton = labelledButton("outlined");
export const textbutton = labelledButton("text");
export const filledbutton = labelledButton("filled");

export const iconbutton: ControlFactory = (node, ctx) => {
  const doc = ctx.document;
  const icon = h(doc, "span", "fa-btn-icon");
  const el = h(doc, "button", "fa-iconbtn", icon);
  clickable(ctx, node, el);
  const refreshIcon = (): void => {
    const selected = bool(node, "selected");
    const selectedIcon = str(node, "selected_icon");
    const name = selected && selectedIcon ? selectedIcon : str(node, "icon");
    setIcon(ctx, icon, name);
    el.setAttribute("aria-label", str(node, "tooltip") || name);
    el.classList.toggle("fa-selected", selected);
    if (node.props.has("selected")) el.setAttribute("aria-pressed", String(selected));
  };
  return view(
    el,
    (names) => {
      if (changed(names, "icon", "selected", "selected_icon", "tooltip")) refreshIcon();
      if (changed(names, "icon_color")) el.style.color = cssColor(str(node, "icon_color"));
      if (changed(names, "icon_size")) el.style.fontSize = px(num(node, "icon_size"));
      if (changed(names, "disabled")) el.disabled = bool(node, "disabled");
    },
    {},
    { focus: () => el.focus() },
  );
};

export const floatingactionbutton: ControlFactory = (node, ctx) => {
  const doc = ctx.document;
  const icon = h(doc, "span", "fa-btn-icon");
  const label = h(doc, "span", "fa-btn-label");
  const content = h(doc, "span", "fa-btn-content");
  const el = h(doc, "button", "fa-fab", icon, label, content);
  el.type = "button";
  el.addEventListener("click", () => ctx.emit(node, "click"));
  return view(
    el,
    (names) => {
      if (changed(names, "icon")) setIcon(ctx, icon, str(node, "icon"));
      if (changed(names, "text")) {
        setText(label, str(node, "text"));
        el.classList.toggle("fa-fab-extended", str(node, "text") !== "");
      }
      if (changed(names, "mini")) el.classList.toggle("fa-fab-mini", bool(node, "mini"));
      if (changed(names, "tooltip")) el.setAttribute("aria-label", str(node, "tooltip") || str(node, "text") || str(node, "icon"));
      if (changed(names, "disabled")) el.disabled = bool(node, "disabled");
    },
    { content },
    { focus: () => el.focus() },
  );
};
