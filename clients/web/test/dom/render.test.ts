// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { LONG_PRESS_MS } from "../../src/controls/layout";
import { controlFactories } from "../../src/controls/registry";
import { add, child, move, node, remove, set } from "../wire";
import { Page } from "./harness";

afterEach(() => {
  vi.useRealTimers();
});

describe("Renderer structure", () => {
  it("render_EveryCatalogueType_HasItsOwnElement", () => {
    const types = Object.keys(controlFactories).filter((t) => t !== "page" && t !== "view");
    const page = Page.with(...types.map((type, i) => node(100 + i, type)));

    types.forEach((type, i) => {
      const el = page.el(100 + i);
      expect(el.dataset["type"]).toBe(type);
      expect(el.classList.contains("fa-unknown")).toBe(false);
      expect(el.isConnected).toBe(true);
    });
    expect(document.querySelectorAll("[data-id]").length).toBe(types.length + 2);
  });

  it("render_UnknownType_ShowsMarkerWithChildren", () => {
    const page = Page.with(node(3, "fancychart", {}, [child("series", 4, "text", { value: "inside" })]));

    expect(page.el(3).classList.contains("fa-unknown")).toBe(true);
    expect(page.el(3).textContent).toContain("inside");
  });

  it("render_SetProps_UpdatesSameElement", () => {
    const page = Page.with(node(3, "text", { value: "a" }));
    const before = page.el(3);

    page.apply([set(3, { value: "b", size: 20, color: "red400", weight: "bold" })]);

    expect(page.el(3)).toBe(before);
    expect(before.textContent).toBe("b");
    expect(before.style.fontSize).toBe("20px");
    expect(before.style.color).toBe("rgb(239, 83, 80)");
    expect(before.style.fontWeight).toBe("700");
  });

  it.each([
    ["spaceBetween", "space-between"],
    ["space_between", "space-between"],
    ["spaceEvenly", "space-evenly"],
    ["end", "flex-end"],
    ["sideways", ""],
  ])("render_RowAlignment_%s_Is_%s", (alignment, justify) => {
    const page = Page.with(node(3, "row", { alignment }));

    expect(page.el(3).style.justifyContent).toBe(justify);
  });

  it.each([
    ["scaleDown", "scale-down"],
    ["scale_down", "scale-down"],
    ["cover", "cover"],
    ["stretched", ""],
  ])("render_ImageFit_%s_Is_%s", (fit, css) => {
    const page = Page.with(node(3, "image", { src: "a.png", fit }));

    expect(page.el(3).style.objectFit).toBe(css);
  });

  it("render_AddMoveRemove_KeepsDomOrderAndOtherElements", () => {
    const page = Page.with(node(3, "column", {}, [child("controls", 4, "text", { value: "a" }), child("controls", 5, "text", { value: "b" })]));
    const a = page.el(4);
    const order = (): string[] => [...page.el(3).children].map((c) => c.textContent ?? "");

    page.apply([add(3, "controls", 1, node(6, "text", { value: "c" }))]);
    expect(order()).toEqual(["a", "c", "b"]);
    page.apply([move(4, 3, "controls", 2)]);
    expect(order()).toEqual(["c", "b", "a"]);
    expect(page.el(4)).toBe(a);
    page.apply([remove(5)]);
    expect(order()).toEqual(["c", "a"]);
    expect(page.renderer.elementOf(5)).toBeUndefined();
  });

  it("render_AddThenChangeInOneBatch_BuildsSubtreeOnce", () => {
    const page = Page.with();

    page.apply([
      add(2, "controls", 0, node(3, "row", {}, [child("controls", 4, "text", { value: "x" })])),
      add(3, "controls", 1, node(5, "text", { value: "y" })),
      remove(4),
    ]);

    expect([...page.el(3).children].map((c) => c.textContent)).toEqual(["y"]);
  });

  it("render_ResetBatch_ReplacesWholePage", () => {
    const page = Page.with(node(3, "text", { value: "old" }));

    page.apply([add(1, "views", 0, node(2, "view", {}, [child("controls", 9, "text", { value: "new" })]))], true);

    expect(page.mount.textContent).toBe("new");
    expect(page.renderer.elementOf(3)).toBeUndefined();
  });

  it("render_CommonProps_ApplyToRootElement", () => {
    const page = Page.with(node(3, "container", { width: 120, height: 40, bgcolor: "#112233", opacity: 0.5, tooltip: "tip", expand: { int: 2 } }));
    const el = page.el(3);

    expect(el.style.width).toBe("120px");
    expect(el.style.height).toBe("40px");
    expect(el.style.backgroundColor).toBe("rgb(17, 34, 51)");
    expect(el.style.opacity).toBe("0.5");
    expect(el.title).toBe("tip");
    expect(el.style.flexGrow).toBe("2");

    page.apply([set(3, { visible: false, tooltip: null })]);
    expect(el.classList.contains("fa-hidden")).toBe(true);
    expect(el.hasAttribute("title")).toBe(false);
  });

  it("render_StackChildWithEdges_IsPositioned", () => {
    const page = Page.with(node(3, "stack", {}, [child("controls", 4, "text", { value: "x", left: 10, top: 5 })]));

    expect(page.el(4).classList.contains("fa-positioned")).toBe(true);
    expect(page.el(4).style.left).toBe("10px");
  });

  it("render_Icons_InlineSvgOrLetter", () => {
    const page = Page.with(node(3, "icon", { name: "favorite" }), node(4, "icon", { name: "zebra_crossing" }));

    expect(page.find(3, "svg")).toBeTruthy();
    expect(page.find(4, ".fa-icon-letter").textContent).toBe("Z");
  });

  it("render_PageProps_SetTitleThemeAndRoute", () => {
    const page = Page.with();

    page.apply([set(1, { title: "Store", theme_mode: "dark", route: "/store" })]);

    expect(document.title).toBe("Store");
    expect(document.documentElement.dataset["theme"]).toBe("dark");
    expect(page.host.sent).toEqual([["route", "/store"]]);
  });

  it("render_PageOnKeyboardEvent_AsksForKeysWhileSetAndStopsWhenReset", () => {
    const page = Page.with();

    page.apply([set(1, { on_keyboard_event: true })]);
    page.apply([set(1, { title: "Keys" })]);
    page.apply([set(1, { on_keyboard_event: null })]);

    expect(page.host.sent).toEqual([
      ["keys", true],
      ["keys", false],
    ]);
  });

  it("render_SecondView_ShowsBackArrowThatPops", () => {
    const page = Page.with();
    page.apply([set(2, { route: "/" }), add(2, "appbar", 0, node(10, "appbar"))]);
    const firstBack = page.find<HTMLButtonElement>(10, ".fa-appbar-back");
    expect(firstBack.hidden).toBe(true);

    page.apply([add(1, "views", 1, node(20, "view", { route: "/store" }, [child("appbar", 21, "appbar")]))]);
    const back = page.find<HTMLButtonElement>(21, ".fa-appbar-back");
    expect(back.hidden).toBe(false);
    back.click();

    expect(page.host.sent).toEqual([["pop", "/store"]]);
  });
});

describe("Renderer per-side values", () => {
  it("render_UniformPaddingMarginRadius_OneValueEachSide", () => {
    const page = Page.with(node(3, "container", { padding: 8, margin: 2, border_radius: 6 }));

    expect(page.el(3).style.padding).toBe("8px");
    expect(page.el(3).style.margin).toBe("2px");
    expect(page.el(3).style.borderRadius).toBe("6px");
  });

  it("render_SidesList_MapsLeftTopRightBottomToCss", () => {
    const page = Page.with(node(3, "container", { padding: { nums: [40, 0, 0, 0] }, margin: { nums: [1, 2, 3, 4] } }));
    const style = page.el(3).style;

    expect([style.paddingLeft, style.paddingTop, style.paddingRight, style.paddingBottom]).toEqual(["40px", "0px", "0px", "0px"]);
    expect([style.marginLeft, style.marginTop, style.marginRight, style.marginBottom]).toEqual(["1px", "2px", "3px", "4px"]);
  });

  it("render_CornersList_MapsFletCornerOrderToCss", () => {
    // Flet's order is top_left, top_right, bottom_left, bottom_right; CSS's shorthand goes clockwise.
    const page = Page.with(
      node(3, "container", { border_radius: { nums: [8, 0, 2, 5] } }),
      node(4, "image", { src: "a.png", border_radius: { nums: [1, 2, 3, 4] } }),
    );

    // CSS lists top-left, top-right, bottom-right, bottom-left.
    expect(page.el(3).style.borderRadius).toBe("8px 0px 5px 2px");
    expect(page.el(4).style.borderRadius).toBe("1px 2px 4px 3px");
  });

  it("render_SidesChangeBackToNumberOrReset_RestylesSameElement", () => {
    const page = Page.with(node(3, "container", { padding: { nums: [10, 0, 0, 0] } }));
    const el = page.el(3);

    page.apply([set(3, { padding: 5 })]);
    expect(el.style.padding).toBe("5px");
    page.apply([set(3, { padding: { nums: [0, 7, 0, 0] } })]);
    expect(el.style.paddingTop).toBe("7px");
    expect(el.style.paddingLeft).toBe("0px");
    page.apply([set(3, { padding: null })]);
    expect(el.style.padding).toBe("");
  });

  it("render_SidesListOfWrongLength_LeavesTheStylesheetDefault", () => {
    const page = Page.with(node(3, "container", { padding: { nums: [1, 2, 3] } }));

    expect(page.el(3).style.padding).toBe("");
  });

  it("render_PageViewListAndGridPadding_TakeSides", () => {
    const page = Page.with(
      node(3, "listview", { padding: { nums: [1, 2, 3, 4] } }),
      node(4, "gridview", { padding: { nums: [5, 6, 7, 8] } }),
    );

    page.apply([set(1, { padding: { nums: [12, 0, 0, 0] } }), set(2, { padding: { nums: [0, 9, 0, 0] } })]);

    expect(page.el(3).style.padding).toBe("2px 3px 4px 1px");
    expect(page.el(4).style.padding).toBe("6px 7px 8px 5px");
    expect(page.el(1).style.getPropertyValue("--fa-page-padding")).toBe("0px 0px 0px 12px");
    expect(page.find(2, ".fa-view-body").style.paddingTop).toBe("9px");
  });
});

describe("Renderer events", () => {
  it("click_SubscribedButton_SendsClick", () => {
    const page = Page.with(node(3, "elevatedbutton", { text: "Go", on_click: true }));

    page.el<HTMLButtonElement>(3).click();

    expect(page.host.sent).toEqual([["event", 3, "click", ""]]);
  });

  it("click_UnsubscribedButton_SendsNothing", () => {
    const page = Page.with(node(3, "filledbutton", { text: "Go" }));

    page.el<HTMLButtonElement>(3).click();

    expect(page.host.sent).toEqual([]);
  });

  it("click_InsideDisabledAncestor_SendsNothing", () => {
    const page = Page.with(node(3, "column", { disabled: true }, [child("controls", 4, "textbutton", { text: "Go", on_click: true })]));

    page.el(4).dispatchEvent(new MouseEvent("click", { bubbles: true }));

    expect(page.host.sent).toEqual([]);
    expect(page.el(3).hasAttribute("inert")).toBe(true);
  });

  it("focusBlur_SubscribedTextField_SendsBoth", () => {
    const page = Page.with(node(3, "textfield", { on_focus: true, on_blur: true }));
    const input = page.find<HTMLInputElement>(3, "input");

    input.dispatchEvent(new FocusEvent("focus"));
    input.dispatchEvent(new FocusEvent("blur"));

    expect(page.host.sent).toEqual([["event", 3, "focus", ""], ["event", 3, "blur", ""]]);
  });

  it("input_TextField_WritesBackBeforeChange", () => {
    const page = Page.with(node(3, "textfield", { label: "Name", on_change: true }));
    const input = page.find<HTMLInputElement>(3, "input");

    input.value = "Ada";
    input.dispatchEvent(new Event("input"));

    expect(page.host.sent).toEqual([["writeBack", 3, "value", "Ada", "str", false], ["event", 3, "change", "Ada"]]);
    expect(page.mirror.get(3)!.props.get("value")).toBe("Ada");
  });

  it("input_TextFieldWithoutOnChange_StillWritesBack", () => {
    const page = Page.with(node(3, "textfield"));
    const input = page.find<HTMLInputElement>(3, "input");

    input.value = "x";
    input.dispatchEvent(new Event("input"));

    expect(page.host.sent).toEqual([["writeBack", 3, "value", "x", "str", false]]);
  });

  it("enter_TextField_SendsSubmitWithValue", () => {
    const page = Page.with(node(3, "textfield", { value: "hi", on_submit: true }));

    page.find(3, "input").dispatchEvent(new KeyboardEvent("keydown", { key: "Enter" }));

    expect(page.host.sent).toEqual([["event", 3, "submit", "hi"]]);
  });

  it("serverValue_TextField_UpdatesInputAndLabel", () => {
    const page = Page.with(node(3, "textfield", { label: "Name" }));

    page.apply([set(3, { value: "server", error_text: "bad", password: true })]);

    const input = page.find<HTMLInputElement>(3, "input");
    expect(input.value).toBe("server");
    expect(input.type).toBe("password");
    expect(page.find<HTMLButtonElement>(3, ".fa-field-reveal").hidden).toBe(true);
    expect(page.el(3).classList.contains("fa-error")).toBe(true);
    expect(page.find(3, ".fa-field-helper").textContent).toBe("bad");
    expect(page.find(3, "label").textContent).toBe("Name");
  });

  it("canRevealPassword_TextField_TogglesInputType", () => {
    const page = Page.with(node(3, "textfield", { password: true, can_reveal_password: true }));
    const reveal = page.find<HTMLButtonElement>(3, ".fa-field-reveal");
    expect(reveal.hidden).toBe(false);

    reveal.click();

    expect(page.find<HTMLInputElement>(3, "input").type).toBe("text");
  });

  it("multiline_TextField_SwitchesToTextarea", () => {
    const page = Page.with(node(3, "textfield", { value: "a" }));

    page.apply([set(3, { multiline: true, min_lines: { int: 4 } })]);

    const area = page.find<HTMLTextAreaElement>(3, "textarea");
    expect(area.value).toBe("a");
    expect(area.rows).toBe(4);
    expect(page.el(3).querySelector("input")).toBeNull();
  });

  it("toggle_Checkbox_WritesBoolThenChange", () => {
    const page = Page.with(node(3, "checkbox", { label: "Done", on_change: true }));
    const input = page.find<HTMLInputElement>(3, "input");

    input.click();

    expect(page.host.sent).toEqual([["writeBack", 3, "value", true, "bool", false], ["event", 3, "change", "true"]]);
  });

  it("toggle_Switch_WritesBoolThenChange", () => {
    const page = Page.with(node(3, "switch", { value: true, on_change: true }));
    const input = page.find<HTMLInputElement>(3, "input");
    expect(input.checked).toBe(true);

    input.click();

    expect(page.host.sent).toEqual([["writeBack", 3, "value", false, "bool", false], ["event", 3, "change", "false"]]);
  });

  it("drag_Slider_WritesNumberCoalescedThenChange", () => {
    const page = Page.with(node(3, "slider", { min: 0, max: 10, divisions: { int: 10 }, value: 2, on_change: true }));
    const input = page.find<HTMLInputElement>(3, "input");
    expect(input.value).toBe("2");

    input.value = "7";
    input.dispatchEvent(new Event("input"));

    expect(page.host.sent).toEqual([["writeBack", 3, "value", 7, "num", true], ["event", 3, "change", "7"]]);
  });

  it("select_Dropdown_WritesStringThenChange", () => {
    const page = Page.with(
      node(3, "dropdown", { label: "Colour", value: "g", on_change: true }, [
        child("options", 4, "dropdownoption", { value: "r", text: "Red" }),
        child("options", 5, "dropdownoption", { value: "g", text: "Green" }),
      ]),
    );
    const select = page.find<HTMLSelectElement>(3, "select");
    expect(select.value).toBe("g");

    select.value = "r";
    select.dispatchEvent(new Event("change"));

    expect(page.host.sent).toEqual([["writeBack", 3, "value", "r", "str", false], ["event", 3, "change", "r"]]);
  });

  it("check_Radio_WritesGroupValueThenChange", () => {
    const page = Page.with(
      node(3, "radiogroup", { value: "a", on_change: true }, [
        child("content", 4, "column", {}, [child("controls", 5, "radio", { value: "a", label: "A" }), child("controls", 6, "radio", { value: "b", label: "B" })]),
      ]),
    );
    expect(page.find<HTMLInputElement>(5, "input").checked).toBe(true);

    page.find<HTMLInputElement>(6, "input").click();

    expect(page.host.sent).toEqual([["writeBack", 3, "value", "b", "str", false], ["event", 3, "change", "b"]]);
    page.apply([set(3, { value: "a" })]);
    expect(page.find<HTMLInputElement>(5, "input").checked).toBe(true);
    expect(page.find<HTMLInputElement>(6, "input").checked).toBe(false);
  });

  it("click_Tab_WritesIndexThenChange", () => {
    const page = Page.with(
      node(3, "tabs", { selected_index: { int: 0 }, on_change: true }, [
        child("tabs", 4, "tab", { text: "One" }, [child("content", 6, "text", { value: "first" })]),
        child("tabs", 5, "tab", { text: "Two" }, [child("content", 7, "text", { value: "second" })]),
      ]),
    );
    const panels = page.el(3).querySelectorAll<HTMLElement>(".fa-tab-panel");
    expect([panels[0]!.hidden, panels[1]!.hidden]).toEqual([false, true]);

    page.el(5).click();

    expect(page.host.sent).toEqual([["writeBack", 3, "selected_index", 1n, "int", false], ["event", 3, "change", "1"]]);
    expect([panels[0]!.hidden, panels[1]!.hidden]).toEqual([true, false]);
  });

  it("click_ClickableContainerAndListTile_SendClick", () => {
    const page = Page.with(node(3, "container", { on_click: true }), node(4, "listtile", { on_click: true }, [child("title", 5, "text", { value: "t" })]));

    page.el(3).click();
    page.el(5).click();

    expect(page.host.sent).toEqual([["event", 3, "click", ""], ["event", 4, "click", ""]]);
  });

  it("hover_SubscribedContainer_SendsEnterAndLeave", () => {
    const page = Page.with(node(3, "container", { on_hover: true }), node(4, "container"));

    page.el(3).dispatchEvent(new MouseEvent("mouseenter"));
    page.el(4).dispatchEvent(new MouseEvent("mouseenter"));
    page.el(3).dispatchEvent(new MouseEvent("mouseleave"));

    expect(page.host.sent).toEqual([["event", 3, "hover", "true"], ["event", 3, "hover", "false"]]);
  });

  it("longPress_HeldPastTheTimeout_SendsLongPressAndNoClick", () => {
    vi.useFakeTimers();
    const page = Page.with(node(3, "container", { on_click: true, on_long_press: true }));
    const el = page.el(3);

    el.dispatchEvent(new Event("pointerdown"));
    vi.advanceTimersByTime(LONG_PRESS_MS);
    el.dispatchEvent(new Event("pointerup"));
    el.click();
    el.dispatchEvent(new Event("pointerdown"));
    vi.advanceTimersByTime(LONG_PRESS_MS - 1);
    el.dispatchEvent(new Event("pointerup"));
    el.click();
    vi.advanceTimersByTime(LONG_PRESS_MS);

    expect(page.host.sent).toEqual([["event", 3, "long_press", ""], ["event", 3, "click", ""]]);
  });

  it("scrim_NonModalDialog_WritesBackClosedThenDismiss", () => {
    const page = Page.with();
    page.apply([add(1, "overlay", 0, node(3, "alertdialog", { open: true, on_dismiss: true }, [child("title", 4, "text", { value: "Sure?" })]))]);
    const layer = page.el(3);
    expect(layer.hidden).toBe(false);

    layer.dispatchEvent(new MouseEvent("click", { bubbles: true }));

    expect(layer.hidden).toBe(true);
    expect(page.host.sent).toEqual([["writeBack", 3, "open", false, "bool", false], ["event", 3, "dismiss", ""]]);
  });

  it("scrim_ModalDialog_StaysOpen", () => {
    const page = Page.with();
    page.apply([add(1, "overlay", 0, node(3, "alertdialog", { open: true, modal: true, on_dismiss: true }))]);

    page.el(3).dispatchEvent(new MouseEvent("click", { bubbles: true }));

    expect(page.el(3).hidden).toBe(false);
    expect(page.host.sent).toEqual([]);
  });

  it("duration_SnackBar_ClosesItselfThenDismiss", () => {
    vi.useFakeTimers();
    const page = Page.with();
    page.apply([add(1, "overlay", 0, node(3, "snackbar", { open: true, duration: { int: 1500 }, on_dismiss: true }, [child("content", 4, "text", { value: "Saved" })]))]);
    expect(page.el(3).hidden).toBe(false);

    vi.advanceTimersByTime(1499);
    expect(page.host.sent).toEqual([]);
    vi.advanceTimersByTime(1);

    expect(page.el(3).hidden).toBe(true);
    expect(page.host.sent).toEqual([["writeBack", 3, "open", false, "bool", false], ["event", 3, "dismiss", ""]]);
  });

  it("action_SnackBar_SendsActionThenCloses", () => {
    const page = Page.with();
    page.apply([add(1, "overlay", 0, node(3, "snackbar", { open: true, action: "Undo", on_action: true }))]);

    page.find<HTMLButtonElement>(3, ".fa-snackbar-action").click();

    expect(page.host.sent).toEqual([["event", 3, "action", ""], ["writeBack", 3, "open", false, "bool", false]]);
  });
});
