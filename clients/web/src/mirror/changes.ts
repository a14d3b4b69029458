import type { MirrorNode } from "./tree";

/**
 * The shape of a subtree at the moment it was added. Later ops of the same batch may change the subtree; the
 * renderer replays the changes in order, so it must build the subtree as it was, not as it ends up.
 */
export interface Snapshot {
  readonly node: MirrorNode;
  readonly slots: ReadonlyArray<readonly [string, readonly Snapshot[]]>;
}

export function snapshot(node: MirrorNode): Snapshot {
  return {
    node,
    slots: [...node.slots].map(([name, list]) => [name, list.map(snapshot)] as const),
  };
}

/** What one applied op did, in the order the ops ran; the renderer turns each into a DOM update. */
export type Change =
  | { readonly kind: "reset"; readonly root: Snapshot }
  | { readonly kind: "add"; readonly parent: MirrorNode; readonly slot: string; readonly index: number; readonly tree: Snapshot }
  | { readonly kind: "set"; readonly node: MirrorNode; readonly names: readonly string[] }
  | { readonly kind: "remove"; readonly node: MirrorNode }
  | { readonly kind: "move"; readonly node: MirrorNode; readonly parent: MirrorNode; readonly slot: string; readonly index: number };
