// Browser key presses under Flet's names. Flet reports a key by Flutter's label of its logical key, and a page handler
// compares against those names ("A", "Enter", "Arrow Down", "F1", " "), so the browser client names keys the same way:
// letters upper case, digits and US symbols as on the key without Shift, numpad keys as "Numpad ...", every other key
// by its W3C name split into words, which is how Flutter names them ("PageDown" -> "Page Down").

/** The parts of a browser `KeyboardEvent` that decide the key's name. */
export interface BrowserKey {
  readonly key: string;
  readonly code: string;
  readonly location: number;
}

/** What a key press sends: Flet's key name and the modifiers held. */
export interface KeyPress {
  readonly key: string;
  readonly shift: boolean;
  readonly ctrl: boolean;
  readonly alt: boolean;
  readonly meta: boolean;
}

/** The parts of a browser `KeyboardEvent` a key press is made of. */
export interface BrowserKeyEvent extends BrowserKey {
  readonly shiftKey: boolean;
  readonly ctrlKey: boolean;
  readonly altKey: boolean;
  readonly metaKey: boolean;
  readonly repeat: boolean;
  readonly isComposing: boolean;
}

const numpadLocation = 3;

/** Flet, like Flutter's HardwareKeyboard handler it uses, reports no press of a modifier on its own. */
const modifiers = new Set(["Shift", "Control", "Alt", "Meta", "OS"]);

/** Keys that carry no name to report: an unknown key, a dead key, a key consumed by an input method. */
const unnamed = new Set(["", "Unidentified", "Dead", "Process"]);

const numpad: Readonly<Record<string, string>> = {
  "*": "Numpad Multiply",
  "+": "Numpad Add",
  "-": "Numpad Subtract",
  "/": "Numpad Divide",
  ".": "Numpad Decimal",
  ",": "Numpad Comma",
  "=": "Numpad Equal",
  Enter: "Numpad Enter",
};

/** Symbol keys of the US layout by their code: the character without Shift, then with it. */
const usSymbols: Readonly<Record<string, readonly [string, string]>> = {
  Minus: ["-", "_"],
  Equal: ["=", "+"],
  BracketLeft: ["[", "{"],
  BracketRight: ["]", "}"],
  Backslash: ["\\", "|"],
  Semicolon: [";", ":"],
  Quote: ["'", '"'],
  Backquote: ["`", "~"],
  Comma: [",", "<"],
  Period: [".", ">"],
  Slash: ["/", "?"],
};

/** Names some browsers still use for a few keys, under their standard name. */
const legacyNames: Readonly<Record<string, string>> = {
  Esc: "Escape",
  Del: "Delete",
  Spacebar: " ",
  Up: "ArrowUp",
  Down: "ArrowDown",
  Left: "ArrowLeft",
  Right: "ArrowRight",
  Apps: "ContextMenu",
};

/** Flet's name of a key, or undefined for a key Flet does not report on its own (a modifier, a dead key). */
export function fletKeyName(e: BrowserKey): string | undefined {
  const key = legacyNames[e.key] ?? e.key;
  if (unnamed.has(key) || modifiers.has(key)) return undefined;
  if (e.location === numpadLocation) {
    if (/^[0-9]$/.test(key)) return `Numpad ${key}`;
    const named = numpad[key];
    if (named) return named;
  }
  return [...key].length === 1 ? printableName(key, e.code) : wordsOf(key);
}

/** The key press to report for a keydown, or undefined when Flet would report none. */
export function keyPress(e: BrowserKeyEvent): KeyPress | undefined {
  if (e.repeat || e.isComposing) return undefined;
  const key = fletKeyName(e);
  if (key === undefined) return undefined;
  return { key, shift: e.shiftKey, ctrl: e.ctrlKey, alt: e.altKey, meta: e.metaKey };
}

function printableName(key: string, code: string): string {
  if (/^[a-z]$/i.test(key)) return key.toUpperCase();
  const digit = /^Digit([0-9])$/.exec(code);
  if (digit) return digit[1]!;
  const symbols = usSymbols[code];
  if (symbols?.includes(key)) return symbols[0];
  // A letter key that typed something else (a non-Latin layout, Option on a Mac) is named by its US letter.
  const letter = /^Key([A-Z])$/.exec(code);
  if (letter) return letter[1]!;
  return key.toUpperCase();
}

/** "PageDown" -> "Page Down", "AudioVolumeUp" -> "Audio Volume Up", "LaunchApplication1" -> "Launch Application 1". */
function wordsOf(name: string): string {
  return name
    .replace(/([a-z])([A-Z0-9])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2");
}
