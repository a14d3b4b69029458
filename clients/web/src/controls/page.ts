import type { MirrorNode } from "../mirror/tree";
import { cssColor } from "../render/colors";
import { crossAlignment, edgeInsets, h, mainAlignment, scrollOverflow, str, bool } from "../render/dom";
import { renderIcon } from "../render/icons";
import { changed, ElementSlot, type ControlFactory } from "../render/view";
import { hasChildren, view } from "./base";

export const page: ControlFactory = (node, ctx) => {
  const doc = ctx.document;
  const views = h(doc, "div", "fa-views");
  const overlay = h(doc, "div", "fa-overlay");
  const el = h(doc, "div", "fa-page", views, overlay);
  return view(
    el,
    (names) => {
      if (changed(names, "title")) {
        const title = str(node, "title");
        if (title) doc.title = title;
      }
      if (changed(names, "padding")) el.style.setProperty("--fa-page-padding", edgeInsets(node, "padding"));
      if (changed(names, "theme_mode")) {
        const mode = str(node, "theme_mode", "system");
        doc.documentElement.dataset["theme"] = mode === "light" || mode === "dark" ? mode : "system";
      }
      if (changed(names, "route") && node.props.has("route")) ctx.routeSet(str(node, "route"));
      if (changed(names, "on_keyboard_event")) ctx.keyboardWanted(bool(node, "on_keyboard_event"));
    },
    { views, overlay },
  );
};

export const pageView: ControlFactory = (node, ctx) => {
  const doc = ctx.document;
  const appbar = h(doc, "div", "fa-view-appbar");
  const body = h(doc, "div", "fa-view-body");
  const fab = h(doc, "div", "fa-view-fab");
  const el = h(doc, "div", "fa-view", appbar, body, fab);
  return view(
    el,
    (names) => {
      if (changed(names, "padding")) body.style.padding = edgeInsets(node, "padding");
      if (changed(names, "scroll")) body.style.overflowY = scrollOverflow(str(node, "scroll"));
      if (changed(names, "vertical_alignment")) body.style.justifyContent = mainAlignment(str(node, "vertical_alignment"));
      if (changed(names, "horizontal_alignment")) body.style.alignItems = crossAlignment(str(node, "horizontal_alignment"));
      if (changed(names, "route")) el.dataset["route"] = str(node, "route");
    },
    { appbar, controls: body, floating_action_button: fab },
  );
};

/** The view above the given one in the page, or undefined for the first view (which has nothing to go back to). */
function isPoppable(bar: MirrorNode): MirrorNode | undefined {
  const owner = bar.parent;
  if (owner?.type !== "view" || bar.slot !== "appbar") return undefined;
  const views = owner.parent?.slots.get("views") ?? [];
  return views.indexOf(owner) > 0 ? owner : undefined;
}

export const appbar: ControlFactory = (node, ctx) => {
  const doc = ctx.document;
  const leading = h(doc, "div", "fa-appbar-leading");
  const back = h(doc, "button", "fa-iconbtn fa-appbar-back", renderIcon(doc, "arrow_back"));
  back.type = "button";
  back.setAttribute("aria-label", "Back");
  back.hidden = true;
  const title = h(doc, "div", "fa-appbar-title");
  const actions = h(doc, "div", "fa-appbar-actions");
  const el = h(doc, "header", "fa-appbar", back, leading, title, actions);
  back.addEventListener("click", () => {
    const owner = isPoppable(node);
    if (owner) ctx.viewPop(str(owner, "route"));
  });
  const refreshBack = (): void => {
    back.hidden = hasChildren(node, "leading") || !isPoppable(node);
  };
  return view(
    el,
    (names) => {
      if (changed(names, "center_title")) el.classList.toggle("fa-center-title", bool(node, "center_title"));
      if (changed(names, "color")) el.style.color = cssColor(str(node, "color"));
      if (changed(names, "leading")) refreshBack();
    },
    { leading: new ElementSlot(leading, refreshBack), title, actions },
    { attached: refreshBack },
  );
};
