import { describe, expect, it } from "vitest";
import { fletKeyName, keyPress, type BrowserKeyEvent } from "../src/app/keys";

const standard = 0;
const left = 1;
const numpad = 3;

function name(key: string, code: string, location = standard): string | undefined {
  return fletKeyName({ key, code, location });
}

function down(key: string, code: string, extra: Partial<BrowserKeyEvent> = {}): BrowserKeyEvent {
  return { key, code, location: standard, shiftKey: false, ctrlKey: false, altKey: false, metaKey: false, repeat: false, isComposing: false, ...extra };
}

describe("Flet key names", () => {
  it.each([
    ["a", "KeyA", "A"],
    ["A", "KeyA", "A"],
    ["z", "KeyZ", "Z"],
    [" ", "Space", " "],
    ["1", "Digit1", "1"],
    ["0", "Digit0", "0"],
    ["/", "Slash", "/"],
    ["`", "Backquote", "`"],
    ["é", "Digit2", "2"],
  ])("printable_%s_%s_IsItsUnshiftedLabel", (key, code, expected) => {
    expect(name(key, code)).toBe(expected);
  });

  it.each([
    ["!", "Digit1", "1"],
    ["@", "Digit2", "2"],
    ["_", "Minus", "-"],
    ["+", "Equal", "="],
    ["{", "BracketLeft", "["],
    ["|", "Backslash", "\\"],
    [":", "Semicolon", ";"],
    ['"', "Quote", "'"],
    ["~", "Backquote", "`"],
    ["<", "Comma", ","],
    ["?", "Slash", "/"],
  ])("shifted_%s_%s_IsTheKeyWithoutShift", (key, code, expected) => {
    expect(name(key, code)).toBe(expected);
  });

  it.each([
    ["a", "KeyQ", "A"], // AZERTY: the key named by the letter it types
    ["ф", "KeyA", "A"], // a non-Latin layout: the US letter of the key
    ["å", "KeyA", "A"], // Option+A on a Mac
    ["ß", "Minus", "SS"], // a symbol key of another layout: upper case, as Flutter labels it
  ])("layout_%s_%s_NamedAsFlutterDoes", (key, code, expected) => {
    expect(name(key, code)).toBe(expected);
  });

  it.each([
    ["Enter", "Enter", "Enter"],
    ["Escape", "Escape", "Escape"],
    ["Tab", "Tab", "Tab"],
    ["Backspace", "Backspace", "Backspace"],
    ["Delete", "Delete", "Delete"],
    ["ArrowDown", "ArrowDown", "Arrow Down"],
    ["ArrowUp", "ArrowUp", "Arrow Up"],
    ["ArrowLeft", "ArrowLeft", "Arrow Left"],
    ["ArrowRight", "ArrowRight", "Arrow Right"],
    ["PageDown", "PageDown", "Page Down"],
    ["PageUp", "PageUp", "Page Up"],
    ["Home", "Home", "Home"],
    ["End", "End", "End"],
    ["Insert", "Insert", "Insert"],
    ["CapsLock", "CapsLock", "Caps Lock"],
    ["NumLock", "NumLock", "Num Lock"],
    ["ScrollLock", "ScrollLock", "Scroll Lock"],
    ["PrintScreen", "PrintScreen", "Print Screen"],
    ["ContextMenu", "ContextMenu", "Context Menu"],
    ["F1", "F1", "F1"],
    ["F12", "F12", "F12"],
    ["AudioVolumeUp", "AudioVolumeUp", "Audio Volume Up"],
    ["MediaPlayPause", "MediaPlayPause", "Media Play Pause"],
    ["LaunchApplication1", "LaunchApp1", "Launch Application 1"],
    ["AVRInput", "", "AVR Input"],
    ["Esc", "Escape", "Escape"],
    ["Down", "ArrowDown", "Arrow Down"],
    ["Spacebar", "Space", " "],
  ])("named_%s_IsFlutterLabel", (key, code, expected) => {
    expect(name(key, code)).toBe(expected);
  });

  it.each([
    ["5", "Numpad5", "Numpad 5"],
    ["0", "Numpad0", "Numpad 0"],
    ["+", "NumpadAdd", "Numpad Add"],
    ["-", "NumpadSubtract", "Numpad Subtract"],
    ["*", "NumpadMultiply", "Numpad Multiply"],
    ["/", "NumpadDivide", "Numpad Divide"],
    [".", "NumpadDecimal", "Numpad Decimal"],
    ["Enter", "NumpadEnter", "Numpad Enter"],
    ["ArrowDown", "Numpad2", "Arrow Down"], // NumLock off: the key moves, so it is named by what it does
  ])("numpad_%s_%s_IsANumpadKey", (key, code, expected) => {
    expect(name(key, code, numpad)).toBe(expected);
  });

  it.each([
    ["Shift", "ShiftLeft"],
    ["Control", "ControlRight"],
    ["Alt", "AltLeft"],
    ["Meta", "MetaLeft"],
    ["OS", "OSLeft"],
    ["Dead", "Quote"],
    ["Unidentified", ""],
    ["Process", "KeyA"],
    ["", ""],
  ])("unreported_%s_HasNoName", (key, code) => {
    expect(fletKeyName({ key, code, location: left })).toBeUndefined();
  });
});

describe("key presses", () => {
  it("keyPress_KeyWithModifiers_CarriesNameAndEachModifier", () => {
    expect(keyPress(down("A", "KeyA", { shiftKey: true, ctrlKey: true }))).toEqual({ key: "A", shift: true, ctrl: true, alt: false, meta: false });
    expect(keyPress(down("ArrowDown", "ArrowDown", { altKey: true, metaKey: true }))).toEqual({
      key: "Arrow Down",
      shift: false,
      ctrl: false,
      alt: true,
      meta: true,
    });
  });

  it("keyPress_AutoRepeat_NotReported", () => {
    expect(keyPress(down("a", "KeyA", { repeat: true }))).toBeUndefined();
  });

  it("keyPress_DuringInputMethodComposition_NotReported", () => {
    expect(keyPress(down("n", "KeyN", { isComposing: true }))).toBeUndefined();
  });

  it("keyPress_ModifierAlone_NotReported", () => {
    expect(keyPress(down("Shift", "ShiftLeft", { shiftKey: true }))).toBeUndefined();
  });
});
