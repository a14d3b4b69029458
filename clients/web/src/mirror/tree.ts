import type { Value } from "./values";

/** The id of the page, the root of every session's tree. */
export const PAGE_ID = 1;

/** One control of the client's mirror of the session tree. */
export interface MirrorNode {
  readonly id: number;
  readonly type: string;
  readonly key: string;
  readonly props: Map<string, Value>;
  /** Children per slot name, in order. */
  readonly slots: Map<string, MirrorNode[]>;
  parent: MirrorNode | undefined;
  /** The slot of the parent this node sits in ("" for the root). */
  slot: string;
}

export function newNode(id: number, type: string, key = ""): MirrorNode {
  return { id, type, key, props: new Map(), slots: new Map(), parent: undefined, slot: "" };
}

export function children(node: MirrorNode, slot: string): readonly MirrorNode[] {
  return node.slots.get(slot) ?? [];
}

/** Every node of the subtree, the node itself first (pre-order). */
export function* subtree(node: MirrorNode): Generator<MirrorNode> {
  yield node;
  for (const list of node.slots.values()) {
    for (const child of list) yield* subtree(child);
  }
}

export function isAncestorOrSelf(ancestor: MirrorNode, node: MirrorNode): boolean {
  for (let n: MirrorNode | undefined = node; n; n = n.parent) {
    if (n === ancestor) return true;
  }
  return false;
}

export function closest(node: MirrorNode, type: string): MirrorNode | undefined {
  for (let n: MirrorNode | undefined = node; n; n = n.parent) {
    if (n.type === type) return n;
  }
  return undefined;
}

/** A plain, comparable picture of a subtree: what tests and diagnostics compare. */
export interface NodeShape {
  id: number;
  type: string;
  key?: string;
  props: Record<string, Value>;
  slots: Record<string, NodeShape[]>;
}

export function shape(node: MirrorNode): NodeShape {
  const props: Record<string, Value> = {};
  for (const name of [...node.props.keys()].sort()) props[name] = node.props.get(name)!;
  const slots: Record<string, NodeShape[]> = {};
  for (const name of [...node.slots.keys()].sort()) {
    const list = node.slots.get(name)!;
    if (list.length > 0) slots[name] = list.map(shape);
  }
  return node.key ? { id: node.id, type: node.type, key: node.key, props, slots } : { id: node.id, type: node.type, props, slots };
}
