import { bool, h, num, setText, str } from "../render/dom";
import { changed, type ControlFactory } from "../render/view";
import { view } from "./base";

export const alertdialog: ControlFactory = (node, ctx) => {
  const doc = ctx.document;
  const title = h(doc, "div", "fa-dialog-title");
  const content = h(doc, "div", "fa-dialog-content");
  const actions = h(doc, "div", "fa-dialog-actions");
  const dialog = h(doc, "div", "fa-dialog", title, content, actions);
  dialog.setAttribute("role", "dialog");
  dialog.setAttribute("aria-modal", "true");
  dialog.tabIndex = -1;
  const el = h(doc, "div", "fa-dialog-layer", dialog);
  el.hidden = true;

  const dismiss = (): void => {
    if (bool(node, "modal") || !bool(node, "open")) return;
    el.hidden = true;
    ctx.writeBack(node, "open", false, "bool");
    ctx.emit(node, "dismiss");
  };
  // A click on the scrim (outside the dialog) or Escape dismisses a non-modal dialog.
  el.addEventListener("click", (e) => {
    if (e.target === el) dismiss();
  });
  el.addEventListener("keydown", (e) => {
    if ((e as KeyboardEvent).key === "Escape") dismiss();
  });
  return view(
    el,
    (names) => {
      if (changed(names, "open")) {
        const open = bool(node, "open");
        const opening = open && el.hidden;
        el.hidden = !open;
        if (opening) queueMicrotask(() => dialog.focus());
      }
    },
    { title, content, actions },
    { focus: () => dialog.focus() },
  );
};

export const snackbar: ControlFactory = (node, ctx) => {
  const doc = ctx.document;
  const content = h(doc, "div", "fa-snackbar-content");
  const action = h(doc, "button", "fa-snackbar-action");
  action.type = "button";
  const el = h(doc, "div", "fa-snackbar", content, action);
  el.setAttribute("role", "status");
  el.hidden = true;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const stopTimer = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  const close = (): void => {
    stopTimer();
    if (el.hidden) return;
    el.hidden = true;
    ctx.writeBack(node, "open", false, "bool");
    ctx.emit(node, "dismiss");
  };
  action.addEventListener("click", () => {
    ctx.emit(node, "action");
    close();
  });
  return view(
    el,
    (names) => {
      if (changed(names, "action")) setText(action, str(node, "action"));
      if (changed(names, "open", "duration")) {
        const open = bool(node, "open");
        stopTimer();
        el.hidden = !open;
        if (open) timer = setTimeout(close, num(node, "duration") ?? 4000);
      }
    },
    { content },
    { dispose: stopTimer },
  );
};
