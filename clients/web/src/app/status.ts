import type { ConnectionStatus } from "../connection/connection";

/** The small connection indicator: hidden while connected, "Reconnecting…" while not. */
export class StatusIndicator {
  private pending: ReturnType<typeof setTimeout> | undefined;

  /** `connectingDelayMs`: the first connect usually takes a moment only; saying so would just flash. */
  constructor(private readonly el: HTMLElement, private readonly connectingDelayMs = 500) {
    el.hidden = true;
    el.setAttribute("role", "status");
    el.setAttribute("aria-live", "polite");
  }

  show(status: ConnectionStatus, detail?: string): void {
    if (this.pending !== undefined) clearTimeout(this.pending);
    this.pending = undefined;
    if (status === "connecting" && this.el.hidden && this.connectingDelayMs > 0) {
      this.pending = setTimeout(() => this.reveal(status, detail), this.connectingDelayMs);
      return;
    }
    this.reveal(status, detail);
  }

  private reveal(status: ConnectionStatus, detail?: string): void {
    this.pending = undefined;
    this.el.dataset["status"] = status;
    if (status === "connected") {
      this.el.hidden = true;
      return;
    }
    const doc = this.el.ownerDocument;
    if (status === "closed") {
      const reload = doc.createElement("button");
      reload.type = "button";
      reload.className = "fa-status-action";
      reload.textContent = "Reload";
      reload.addEventListener("click", () => doc.defaultView?.location.reload());
      this.el.replaceChildren(doc.createTextNode(detail ?? "Disconnected."), reload);
    } else {
      this.el.textContent = status === "connecting" ? "Connecting…" : "Reconnecting…";
    }
    this.el.hidden = false;
  }
}
