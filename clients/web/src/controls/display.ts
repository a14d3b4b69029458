import { cssColor } from "../render/colors";
import { bool, compactName, cornerRadii, h, num, px, str } from "../render/dom";
import { changed, type ControlFactory } from "../render/view";
import { view } from "./base";
import { setIcon } from "./buttons";

const weights: Record<string, string> = { normal: "400", bold: "700" };

export const text: ControlFactory = (node, ctx) => {
  const el = h(ctx.document, "div", "fa-text");
  return view(el, (names) => {
    if (changed(names, "value")) {
      const value = str(node, "value");
      if (el.textContent !== value) el.textContent = value;
    }
    if (changed(names, "size")) el.style.fontSize = px(num(node, "size"));
    if (changed(names, "weight")) {
      const weight = str(node, "weight");
      el.style.fontWeight = weights[weight] ?? (/^w[1-9]00$/.test(weight) ? weight.slice(1) : "");
    }
    if (changed(names, "italic")) el.style.fontStyle = bool(node, "italic") ? "italic" : "";
    if (changed(names, "color")) el.style.color = cssColor(str(node, "color"));
    if (changed(names, "text_align")) el.style.textAlign = str(node, "text_align");
    if (changed(names, "selectable")) el.classList.toggle("fa-selectable", bool(node, "selectable"));
    if (changed(names, "max_lines")) {
      const lines = num(node, "max_lines");
      el.classList.toggle("fa-clamped", lines !== undefined && lines > 0);
      el.style.setProperty("--fa-max-lines", lines && lines > 0 ? String(lines) : "");
    }
  });
};

export const icon: ControlFactory = (node, ctx) => {
  const el = h(ctx.document, "span", "fa-icon");
  el.setAttribute("role", "img");
  return view(el, (names) => {
    if (changed(names, "name")) {
      const name = str(node, "name");
      setIcon(ctx, el, name);
      el.setAttribute("aria-label", name);
    }
    if (changed(names, "color")) el.style.color = cssColor(str(node, "color"));
    if (changed(names, "size")) el.style.fontSize = px(num(node, "size"));
  });
};

const objectFit: Record<string, string> = { contain: "contain", cover: "cover", fill: "fill", none: "none", scaledown: "scale-down" };

export const image: ControlFactory = (node, ctx) => {
  const el = h(ctx.document, "img", "fa-image");
  el.decoding = "async";
  return view(el, (names) => {
    if (changed(names, "src")) el.src = str(node, "src");
    if (changed(names, "fit")) el.style.objectFit = objectFit[compactName(str(node, "fit"))] ?? "";
    if (changed(names, "border_radius")) el.style.borderRadius = cornerRadii(node, "border_radius");
    if (changed(names, "semantics_label")) el.alt = str(node, "semantics_label");
  });
};

export const progressbar: ControlFactory = (node, ctx) => {
  const doc = ctx.document;
  const bar = h(doc, "div", "fa-progressbar-bar");
  const el = h(doc, "div", "fa-progressbar", bar);
  el.setAttribute("role", "progressbar");
  return view(el, (names) => {
    if (changed(names, "value")) {
      const value = num(node, "value");
      el.classList.toggle("fa-indeterminate", value === undefined);
      bar.style.width = value === undefined ? "" : `${Math.max(0, Math.min(1, value)) * 100}%`;
      if (value === undefined) el.removeAttribute("aria-valuenow");
      else el.setAttribute("aria-valuenow", String(Math.round(value * 100)));
    }
    if (changed(names, "color")) el.style.setProperty("--fa-progress-color", cssColor(str(node, "color")) || "var(--fa-primary)");
    if (changed(names, "bar_height")) el.style.setProperty("--fa-bar-height", px(num(node, "bar_height") ?? 4));
  });
};

const SVG = "http://www.w3.org/2000/svg";
const CIRCUMFERENCE = 2 * Math.PI * 20;

export const progressring: ControlFactory = (node, ctx) => {
  const doc = ctx.document;
  const svg = doc.createElementNS(SVG, "svg");
  svg.setAttribute("viewBox", "0 0 48 48");
  const track = doc.createElementNS(SVG, "circle");
  const arc = doc.createElementNS(SVG, "circle");
  for (const circle of [track, arc]) {
    circle.setAttribute("cx", "24");
    circle.setAttribute("cy", "24");
    circle.setAttribute("r", "20");
    circle.setAttribute("fill", "none");
  }
  track.setAttribute("class", "fa-ring-track");
  arc.setAttribute("class", "fa-ring-arc");
  svg.append(track, arc);
  const el = h(doc, "div", "fa-progressring");
  el.append(svg);
  el.setAttribute("role", "progressbar");
  return view(el, (names) => {
    if (changed(names, "value")) {
      const value = num(node, "value");
      el.classList.toggle("fa-indeterminate", value === undefined);
      const shown = value === undefined ? 0.25 : Math.max(0, Math.min(1, value));
      arc.setAttribute("stroke-dasharray", `${shown * CIRCUMFERENCE} ${CIRCUMFERENCE}`);
      if (value === undefined) el.removeAttribute("aria-valuenow");
      else el.setAttribute("aria-valuenow", String(Math.round(value * 100)));
    }
    if (changed(names, "color")) el.style.setProperty("--fa-progress-color", cssColor(str(node, "color")) || "var(--fa-primary)");
    if (changed(names, "stroke_width")) el.style.setProperty("--fa-stroke", String((num(node, "stroke_width") ?? 4) * 1.2));
  });
};
