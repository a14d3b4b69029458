/**
 * Reports the page's own errors (window error, unhandled rejection) to the server as PageEvent.client_error.
 * Rate-limited so an error in a loop cannot flood the session.
 */
export class ClientErrorReporter {
  private readonly sent: number[] = [];
  private readonly onError = (e: Event): void => this.report(describeError(e as ErrorEvent));
  private readonly onRejection = (e: Event): void => this.report(`Unhandled rejection: ${describe((e as PromiseRejectionEvent).reason)}`);

  constructor(
    private readonly win: Window,
    private readonly send: (message: string) => void,
    private readonly maxPerWindow = 5,
    private readonly windowMs = 10_000,
  ) {
    win.addEventListener("error", this.onError);
    win.addEventListener("unhandledrejection", this.onRejection);
  }

  report(message: string): void {
    const now = Date.now();
    while (this.sent.length > 0 && now - this.sent[0]! > this.windowMs) this.sent.shift();
    if (this.sent.length >= this.maxPerWindow) return;
    this.sent.push(now);
    this.send(message.slice(0, 2000));
  }

  dispose(): void {
    this.win.removeEventListener("error", this.onError);
    this.win.removeEventListener("unhandledrejection", this.onRejection);
  }
}

function describeError(e: ErrorEvent): string {
  const where = e.filename ? ` at ${e.filename}:${e.lineno}:${e.colno}` : "";
  return `${e.message || describe(e.error)}${where}`;
}

function describe(value: unknown): string {
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  try {
    return typeof value === "string" ? value : JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
