/** What a tab keeps to resume its session after a reload: sessionStorage lives as long as the tab. */
export interface StoredSession {
  readonly sessionId: string;
  readonly resumeToken: string;
  readonly epoch: bigint;
}

/** The session of one app in one tab, kept in a Storage (sessionStorage in the browser). */
export class SessionStore {
  private readonly key: string;

  constructor(private readonly storage: Storage | undefined, app: string) {
    this.key = `fletactors.session:${app}`;
  }

  load(): StoredSession | undefined {
    try {
      const raw = this.storage?.getItem(this.key);
      if (!raw) return undefined;
      const data = JSON.parse(raw) as { sessionId?: unknown; resumeToken?: unknown; epoch?: unknown };
      if (typeof data.sessionId !== "string" || typeof data.resumeToken !== "string" || typeof data.epoch !== "string") {
        return undefined;
      }
      return { sessionId: data.sessionId, resumeToken: data.resumeToken, epoch: BigInt(data.epoch) };
    } catch {
      // Unreadable (storage disabled, or garbage): start a new session.
      return undefined;
    }
  }

  save(session: StoredSession): void {
    try {
      this.storage?.setItem(this.key, JSON.stringify({ ...session, epoch: session.epoch.toString() }));
    } catch {
      // Storage full or disabled: the session still works, it just cannot survive a reload.
    }
  }

  clear(): void {
    try {
      this.storage?.removeItem(this.key);
    } catch {
      // Nothing kept, nothing to clear.
    }
  }
}
