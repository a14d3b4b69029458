import type { ConnectionStatus } from "../connection/connection";

/** The small connection indicator: hidden while connected, "Reconnecting…" while not. */
export class StatusIndicator {
  private shownAt = 0;

  constructor(private readonly el: HTMLElement) {
    el.hidden = true;
    el.setAttribute("role", "status");
    el.setAttribute("aria-live", "polite");
  }

  show(status: ConnectionStatus, detail?: string): void {
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
    if (this.el.hidden) this.shownAt = Date.now();
    this.el.hidden = false;
  }

  /** When the indicator last appeared (ms since epoch); 0 when it never did. */
  get lastShown(): number {
    return this.shownAt;
  }
}
