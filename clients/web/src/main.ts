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

/**
 * Which app this page shows and where its session service is. A page the server mounted at a path prefix
 * (`MapFlet("/chat", ...)`) says both in its shell's meta tags, because its path cannot: the prefix is the host's
 * choice, and the one session service stays at the host's root for every app. A shell without them is the
 * gallery's, whose path names the app (`appFromPath`) and whose service is at the origin.
 */
export function mountOf(doc: Document, location: { origin: string; pathname: string }): { app: string; baseUrl: string } {
  const meta = (name: string): string | null =>
    doc.querySelector(`meta[name="${name}"]`)?.getAttribute("content") ?? null;
  const app = meta("fletactors-app");
  const serviceBase = meta("fletactors-service-base") ?? "";
  return { app: app ?? appFromPath(location.pathname), baseUrl: location.origin + serviceBase };
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
  const mount = mountOf(doc, window.location);
  const client = new FletClient({
    window,
    root,
    indicator,
    transport: grpcWebTransport(mount.baseUrl),
    app: mount.app,
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
