import { bool, h, num, setText, str } from "../render/dom";
import { changed, type ControlFactory, type ControlView, type SlotHost } from "../render/view";
import { view } from "./base";
import { setIcon } from "./buttons";

/** A tab renders two elements: its header (the view's root) and its panel, which the tabs control places. */
interface TabView extends ControlView {
  readonly panel: HTMLElement;
}

function isTab(v: ControlView): v is TabView {
  return "panel" in v;
}

export const tab: ControlFactory = (node, ctx) => {
  const doc = ctx.document;
  const icon = h(doc, "span", "fa-btn-icon");
  const label = h(doc, "span", "fa-tab-label");
  const el = h(doc, "button", "fa-tab", icon, label);
  el.type = "button";
  el.setAttribute("role", "tab");
  const panel = h(doc, "div", "fa-tab-panel");
  panel.setAttribute("role", "tabpanel");
  const base = view(el, (names) => {
    if (changed(names, "text")) setText(label, str(node, "text"));
    if (changed(names, "icon")) setIcon(ctx, icon, str(node, "icon"));
  }, { content: panel }, { focus: () => el.focus(), dispose: () => panel.remove() });
  return { ...base, panel } satisfies TabView;
};

export const tabs: ControlFactory = (node, ctx) => {
  const doc = ctx.document;
  const bar = h(doc, "div", "fa-tabbar");
  bar.setAttribute("role", "tablist");
  const panels = h(doc, "div", "fa-tab-panels");
  const el = h(doc, "div", "fa-tabs", bar, panels);
  const select = (): void => {
    const selected = num(node, "selected_index") ?? 0;
    [...bar.children].forEach((header, i) => {
      header.setAttribute("aria-selected", String(i === selected));
      (header as HTMLElement).tabIndex = i === selected ? 0 : -1;
    });
    [...panels.children].forEach((panel, i) => ((panel as HTMLElement).hidden = i !== selected));
  };
  bar.addEventListener("click", (e) => {
    const header = (e.target as Element).closest(".fa-tab");
    if (!header || header.parentElement !== bar) return;
    const index = [...bar.children].indexOf(header);
    if (index === (num(node, "selected_index") ?? 0) || ctx.isDisabled(node)) return;
    ctx.change(node, "selected_index", BigInt(index), "int");
    select();
  });
  const host: SlotHost = {
    insert: (child, index) => {
      bar.insertBefore(child.el, bar.children[index] ?? null);
      if (isTab(child)) panels.insertBefore(child.panel, panels.children[index] ?? null);
      select();
    },
    remove: (child) => {
      child.el.remove();
      if (isTab(child)) child.panel.remove();
      select();
    },
  };
  return view(el, (names) => {
    if (changed(names, "selected_index")) select();
  }, { tabs: host });
};

export const listtile: ControlFactory = (node, ctx) => {
  const doc = ctx.document;
  const leading = h(doc, "div", "fa-listtile-leading");
  const title = h(doc, "div", "fa-listtile-title");
  const subtitle = h(doc, "div", "fa-listtile-subtitle");
  const trailing = h(doc, "div", "fa-listtile-trailing");
  const el = h(doc, "div", "fa-listtile", leading, h(doc, "div", "fa-listtile-text", title, subtitle), trailing);
  el.addEventListener("click", () => ctx.emit(node, "click"));
  return view(
    el,
    (names) => {
      if (changed(names, "selected")) el.classList.toggle("fa-selected", bool(node, "selected"));
      if (changed(names, "dense")) el.classList.toggle("fa-dense", bool(node, "dense"));
      if (changed(names, "on_click")) {
        const clickable = node.props.get("on_click") === true;
        el.classList.toggle("fa-clickable", clickable);
        if (clickable) el.tabIndex = 0;
        else el.removeAttribute("tabindex");
      }
    },
    { leading, title, subtitle, trailing },
  );
};
