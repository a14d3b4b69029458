import { h } from "../render/dom";
import { ElementSlot, type ControlFactory, type SlotHost } from "../render/view";
import { elevatedbutton, filledbutton, floatingactionbutton, iconbutton, outlinedbutton, textbutton } from "./buttons";
import { icon, image, progressbar, progressring, text } from "./display";
import { checkbox, dropdown, dropdownoption, radio, radiogroup, slider, switchControl, textfield } from "./inputs";
import { card, column, container, dividerControl, gridview, listview, row, stack, verticaldivider } from "./layout";
import { listtile, tab, tabs } from "./navigation";
import { alertdialog, snackbar } from "./overlay";
import { appbar, page, pageView } from "./page";

/** Every control type of CONTROLS.md and the view that renders it. */
export const controlFactories: Readonly<Record<string, ControlFactory>> = {
  page,
  view: pageView,
  text,
  elevatedbutton,
  outlinedbutton,
  textbutton,
  filledbutton,
  iconbutton,
  floatingactionbutton,
  textfield,
  checkbox,
  switch: switchControl,
  slider,
  dropdown,
  dropdownoption,
  radiogroup,
  radio,
  column,
  row,
  container,
  stack,
  listview,
  gridview,
  image,
  icon,
  progressbar,
  progressring,
  alertdialog,
  snackbar,
  appbar,
  card,
  listtile,
  tabs,
  tab,
  divider: dividerControl,
  verticaldivider,
};

/** A type this client does not know: a visible marker, with every slot's children shown inside it. */
export const unknownControl: ControlFactory = (node, ctx) => {
  const body = h(ctx.document, "div", "fa-unknown-body");
  const el = h(ctx.document, "div", "fa-unknown", h(ctx.document, "div", "fa-unknown-label", `Unknown control “${node.type}”`), body);
  const hosts = new Map<string, SlotHost>();
  return {
    el,
    update: () => undefined,
    slot: (name) => {
      let host = hosts.get(name);
      if (!host) {
        const container = h(ctx.document, "div", "fa-unknown-slot");
        body.append(container);
        hosts.set(name, (host = new ElementSlot(container)));
      }
      return host;
    },
  };
};
