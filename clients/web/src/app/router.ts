/** The app's route lives in the URL hash: `#/store` → "/store"; no hash → "/". */
export function routeFromHash(hash: string): string {
  const raw = hash.startsWith("#") ? hash.slice(1) : hash;
  if (!raw) return "/";
  let route = raw;
  try {
    route = decodeURIComponent(raw);
  } catch {
    // A malformed escape: keep the text as it is.
  }
  return route.startsWith("/") ? route : `/${route}`;
}

/**
 * Follows routes with the browser's history. A hash the user changed (link, back button, typing) becomes a
 * RouteChange; a route the server set moves the hash without being sent back, so neither side loops.
 */
export class HashRouter {
  private known: string;
  private readonly listener = (): void => this.hashChanged();

  constructor(private readonly win: Window, private readonly onRouteChange: (route: string) => void) {
    this.known = routeFromHash(win.location.hash);
    win.addEventListener("hashchange", this.listener);
  }

  /** The route the client shows (the last one either side set). */
  get route(): string {
    return this.known;
  }

  /** The server set the page's route. */
  serverRoute(route: string): void {
    if (route === this.known) return;
    this.known = route;
    if (routeFromHash(this.win.location.hash) !== route) this.win.location.hash = route;
  }

  dispose(): void {
    this.win.removeEventListener("hashchange", this.listener);
  }

  private hashChanged(): void {
    const route = routeFromHash(this.win.location.hash);
    if (route === this.known) return;
    this.known = route;
    this.onRouteChange(route);
  }
}
