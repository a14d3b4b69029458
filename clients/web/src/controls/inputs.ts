import { closest, subtree } from "../mirror/tree";
import { cssColor } from "../render/colors";
import { bool, h, num, setText, str } from "../render/dom";
import { changed, type ControlFactory, type SlotHost } from "../render/view";
import { bindFocus, view } from "./base";
import { setIcon } from "./buttons";

const inputModes: Record<string, string> = { number: "decimal", phone: "tel", email: "email", url: "url", text: "text" };

export const textfield: ControlFactory = (node, ctx) => {
  const doc = ctx.document;
  const prefix = h(doc, "span", "fa-field-affix");
  const suffix = h(doc, "span", "fa-field-affix");
  const reveal = h(doc, "button", "fa-field-reveal");
  reveal.type = "button";
  reveal.tabIndex = -1;
  const label = h(doc, "label", "fa-field-label");
  const helper = h(doc, "div", "fa-field-helper");
  const box = h(doc, "div", "fa-field-box", prefix, suffix, reveal, label);
  const el = h(doc, "div", "fa-field", box, helper);
  let revealed = false;
  let input: HTMLInputElement | HTMLTextAreaElement = makeInput(false);
  box.insertBefore(input, suffix);

  function makeInput(multiline: boolean): HTMLInputElement | HTMLTextAreaElement {
    const field = multiline ? h(doc, "textarea", "fa-field-input") : h(doc, "input", "fa-field-input");
    field.id = `fa-input-${node.id}`;
    label.htmlFor = field.id;
    field.addEventListener("input", () => {
      refreshFilled();
      ctx.change(node, "value", field.value, "str");
    });
    field.addEventListener("keydown", (e) => {
      const key = e as KeyboardEvent;
      if (key.key === "Enter" && !multiline && !key.isComposing) ctx.emit(node, "submit", field.value);
    });
    bindFocus(ctx, node, field);
    return field;
  }

  function refreshFilled(): void {
    // The label floats above a value or prefix; a hint shows (in the label's place) only while focused.
    el.classList.toggle("fa-has-value", input.value !== "" || str(node, "prefix_text") !== "");
  }

  function refreshType(): void {
    if (!(input instanceof HTMLInputElement)) return;
    const password = bool(node, "password");
    input.type = password && !revealed ? "password" : "text";
    input.inputMode = inputModes[str(node, "keyboard_type", "text")] ?? "text";
    setIcon(ctx, reveal, revealed ? "visibility_off" : "visibility");
    reveal.hidden = !(password && bool(node, "can_reveal_password"));
    reveal.setAttribute("aria-label", revealed ? "Hide password" : "Show password");
  }

  reveal.addEventListener("click", () => {
    revealed = !revealed;
    refreshType();
  });

  function applyAll(): void {
    const value = str(node, "value");
    if (input.value !== value) input.value = value;
    input.placeholder = str(node, "hint_text");
    input.readOnly = bool(node, "read_only");
    input.disabled = bool(node, "disabled");
    input.style.textAlign = str(node, "text_align");
    const maxLength = num(node, "max_length");
    if (maxLength !== undefined && maxLength > 0) input.maxLength = maxLength;
    else input.removeAttribute("maxlength");
    if (input instanceof HTMLTextAreaElement) {
      input.rows = num(node, "min_lines") ?? num(node, "max_lines") ?? 3;
      const maxLines = num(node, "max_lines");
      input.style.maxHeight = maxLines ? `${maxLines * 1.5}em` : "";
    }
    refreshType();
    refreshFilled();
  }

  return view(
    el,
    (names) => {
      if (changed(names, "multiline")) {
        const multiline = bool(node, "multiline");
        if (multiline !== input instanceof HTMLTextAreaElement) {
          const next = makeInput(multiline);
          input.replaceWith(next);
          input = next;
          el.classList.toggle("fa-multiline", multiline);
          names = "all";
        }
      }
      if (changed(names, "value", "hint_text", "read_only", "disabled", "text_align", "max_length", "min_lines", "max_lines", "password", "can_reveal_password", "keyboard_type", "prefix_text")) {
        applyAll();
      }
      if (changed(names, "label")) {
        setText(label, str(node, "label"));
        el.classList.toggle("fa-has-label", str(node, "label") !== "");
      }
      if (changed(names, "prefix_text")) setText(prefix, str(node, "prefix_text"));
      if (changed(names, "suffix_text")) setText(suffix, str(node, "suffix_text"));
      if (changed(names, "helper_text", "error_text")) {
        const error = str(node, "error_text");
        setText(helper, error || str(node, "helper_text"));
        el.classList.toggle("fa-error", error !== "");
      }
      if (changed(names, "border")) {
        const border = str(node, "border", "outline");
        el.dataset["border"] = border === "underline" || border === "none" ? border : "outline";
      }
    },
    {},
    {
      focus: () => input.focus(),
      attached: () => {
        if (bool(node, "autofocus")) queueMicrotask(() => input.focus());
      },
    },
  );
};

function toggle(kind: "checkbox" | "switch"): ControlFactory {
  return (node, ctx) => {
    const doc = ctx.document;
    const input = h(doc, "input", kind === "switch" ? "fa-switch-input" : "fa-check-input");
    input.type = "checkbox";
    if (kind === "switch") input.setAttribute("role", "switch");
    const text = h(doc, "span", "fa-toggle-label");
    const parts: Node[] = kind === "switch" ? [input, h(doc, "span", "fa-switch-track", h(doc, "span", "fa-switch-thumb")), text] : [input, text];
    const el = h(doc, "label", kind === "switch" ? "fa-switch" : "fa-check", ...parts);
    input.addEventListener("change", () => ctx.change(node, "value", input.checked, "bool"));
    bindFocus(ctx, node, input);
    return view(
      el,
      (names) => {
        if (changed(names, "value")) input.checked = bool(node, "value");
        if (changed(names, "label")) setText(text, str(node, "label"));
        if (changed(names, "disabled")) input.disabled = bool(node, "disabled");
      },
      {},
      { focus: () => input.focus() },
    );
  };
}

export const checkbox = toggle("checkbox");
export const switchControl = toggle("switch");

export const slider: ControlFactory = (node, ctx) => {
  const doc = ctx.document;
  const input = h(doc, "input", "fa-slider-input");
  input.type = "range";
  const el = h(doc, "div", "fa-slider", input);
  const fill = (): void => {
    const min = Number(input.min);
    const max = Number(input.max);
    const ratio = max > min ? (Number(input.value) - min) / (max - min) : 0;
    el.style.setProperty("--fa-slider-fill", `${Math.round(ratio * 1000) / 10}%`);
    const label = str(node, "label");
    input.title = label ? label.replace("{value}", input.value) : "";
  };
  input.addEventListener("input", () => {
    fill();
    ctx.change(node, "value", Number(input.value), "num", { coalesce: true });
  });
  bindFocus(ctx, node, input);
  return view(
    el,
    (names) => {
      if (changed(names, "min", "max", "divisions", "value")) {
        const min = num(node, "min") ?? 0;
        const max = num(node, "max") ?? 1;
        const divisions = num(node, "divisions");
        input.min = String(min);
        input.max = String(max);
        input.step = divisions && divisions > 0 ? String((max - min) / divisions) : "any";
        input.value = String(num(node, "value") ?? min);
      }
      if (changed(names, "disabled")) input.disabled = bool(node, "disabled");
      fill();
    },
    {},
    { focus: () => input.focus() },
  );
};

export const dropdown: ControlFactory = (node, ctx) => {
  const doc = ctx.document;
  const select = h(doc, "select", "fa-field-input fa-select");
  select.id = `fa-input-${node.id}`;
  const placeholder = h(doc, "option", "fa-placeholder");
  placeholder.value = "";
  placeholder.disabled = true;
  select.append(placeholder);
  const label = h(doc, "label", "fa-field-label");
  label.htmlFor = select.id;
  const box = h(doc, "div", "fa-field-box", select, label);
  const el = h(doc, "div", "fa-field fa-dropdown", box);
  el.dataset["border"] = "outline";
  const sync = (): void => {
    const value = str(node, "value");
    select.value = value;
    if (select.value !== value) select.value = "";
    el.classList.toggle("fa-has-value", value !== "" || str(node, "hint_text") !== "");
  };
  select.addEventListener("change", () => {
    el.classList.toggle("fa-has-value", true);
    ctx.change(node, "value", select.value, "str");
  });
  bindFocus(ctx, node, select);
  // The placeholder option stays first; the options slot counts after it.
  const options: SlotHost = {
    insert: (child, index) => {
      select.insertBefore(child.el, select.children[index + 1] ?? null);
      sync();
    },
    remove: (child) => {
      child.el.remove();
      sync();
    },
  };
  return view(
    el,
    (names) => {
      if (changed(names, "hint_text")) placeholder.textContent = str(node, "hint_text");
      if (changed(names, "label")) {
        setText(label, str(node, "label"));
        el.classList.toggle("fa-has-label", str(node, "label") !== "");
      }
      if (changed(names, "disabled")) select.disabled = bool(node, "disabled");
      if (changed(names, "value", "hint_text")) sync();
    },
    { options },
    { focus: () => select.focus() },
  );
};

export const dropdownoption: ControlFactory = (node, ctx) => {
  const el = h(ctx.document, "option", "fa-option");
  return view(el, (names) => {
    if (changed(names, "value", "text")) {
      const value = str(node, "value");
      const text = str(node, "text");
      el.value = value || text;
      el.textContent = text || value;
    }
  });
};

export const radiogroup: ControlFactory = (node, ctx) => {
  const el = h(ctx.document, "div", "fa-radiogroup");
  el.setAttribute("role", "radiogroup");
  return view(
    el,
    (names) => {
      if (!changed(names, "value") || names === "all") return;
      for (const n of subtree(node)) if (n.type === "radio") ctx.viewOf(n.id)?.update(new Set(["group"]));
    },
    { content: el },
  );
};

export const radio: ControlFactory = (node, ctx) => {
  const doc = ctx.document;
  const input = h(doc, "input", "fa-radio-input");
  input.type = "radio";
  const text = h(doc, "span", "fa-toggle-label");
  const el = h(doc, "label", "fa-radio", input, text);
  const refresh = (): void => {
    const group = closest(node, "radiogroup");
    input.name = group ? `fa-radio-${group.id}` : `fa-radio-${node.id}`;
    input.checked = group !== undefined && str(group, "value") === str(node, "value");
  };
  input.addEventListener("change", () => {
    const group = closest(node, "radiogroup");
    if (!input.checked || !group || ctx.isDisabled(node)) return;
    ctx.change(group, "value", str(node, "value"), "str");
  });
  return view(
    el,
    (names) => {
      if (changed(names, "value", "group")) refresh();
      if (changed(names, "label")) setText(text, str(node, "label"));
      if (changed(names, "disabled")) input.disabled = bool(node, "disabled");
      if (changed(names, "fill_color")) input.style.accentColor = cssColor(str(node, "fill_color"));
    },
    {},
    { focus: () => input.focus(), attached: refresh },
  );
};
