import { keyPress, type KeyPress } from "./keys";

/**
 * Reports key presses to the server while the page asks for them (its `on_keyboard_event` prop, set while the app
 * has a keyboard handler), as Flet's client subscribes to the keyboard only then; a page without a handler gets no key
 * traffic. It listens in the capture phase so that keys typed into a text field count too, as in Flet, and it never
 * consumes a key: typing, Tab and shortcuts work as before.
 */
export class KeyboardReporter {
  private listening = false;
  private readonly onKeyDown = (e: KeyboardEvent): void => {
    const press = keyPress(e);
    if (press) this.send(press);
  };

  constructor(
    private readonly win: Window,
    private readonly send: (press: KeyPress) => void,
  ) {}

  /** Whether key presses are being reported. */
  get active(): boolean {
    return this.listening;
  }

  /** Follows the page: starts or stops reporting. */
  follow(wanted: boolean): void {
    if (wanted === this.listening) return;
    this.listening = wanted;
    if (wanted) this.win.addEventListener("keydown", this.onKeyDown, { capture: true });
    else this.win.removeEventListener("keydown", this.onKeyDown, { capture: true });
  }

  dispose(): void {
    this.follow(false);
  }
}
