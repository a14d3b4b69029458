/** Small, unobtrusive notices (error reports) stacked in a corner; each fades after a while. */
export class Toasts {
  private readonly host: HTMLElement;

  constructor(doc: Document, private readonly lifetimeMs = 6000, private readonly maxShown = 3) {
    this.host = doc.createElement("div");
    this.host.className = "fa-toasts";
    this.host.setAttribute("aria-live", "polite");
    doc.body.append(this.host);
  }

  show(message: string, kind: "error" | "info" = "error"): HTMLElement {
    const doc = this.host.ownerDocument;
    const toast = doc.createElement("div");
    toast.className = `fa-toast fa-toast-${kind}`;
    toast.setAttribute("role", kind === "error" ? "alert" : "status");
    const text = doc.createElement("span");
    text.textContent = message;
    const close = doc.createElement("button");
    close.type = "button";
    close.className = "fa-toast-close";
    close.setAttribute("aria-label", "Dismiss");
    close.textContent = "×";
    close.addEventListener("click", () => toast.remove());
    toast.append(text, close);
    this.host.append(toast);
    while (this.host.children.length > this.maxShown) this.host.firstElementChild?.remove();
    setTimeout(() => toast.remove(), this.lifetimeMs);
    return toast;
  }

  get count(): number {
    return this.host.children.length;
  }
}
