import { FletClient } from "./app/client";
import { grpcWebTransport } from "./connection/grpcweb";

/** The app named by the page's path: `/apps/<name>` → name; anything else → "" (the gallery). */
export function appFromPath(pathname: string): string {
  const match = /^\/apps\/([^/]+)\/?$/.exec(pathname);
  if (!match) return "";
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return match[1]!;
  }
}

function boot(): void {
  const doc = document;
  const root = doc.getElementById("fa-root") ?? doc.body.appendChild(doc.createElement("div"));
  let indicator = doc.getElementById("fa-status");
  if (!indicator) {
    indicator = doc.createElement("div");
    indicator.className = "fa-status";
    doc.body.append(indicator);
  }
  const client = new FletClient({
    window,
    root,
    indicator,
    transport: grpcWebTransport(window.location.origin),
    app: appFromPath(window.location.pathname),
    storage: window.sessionStorage,
  });
  window.addEventListener("pagehide", (e) => {
    // A page kept in the back/forward cache comes back with its connection; only a real unload stops it.
    if (!e.persisted) client.stop();
  });
  void client.start();
}

if (typeof document !== "undefined" && document.getElementById("fa-root")) {
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", boot, { once: true });
  else boot();
}
