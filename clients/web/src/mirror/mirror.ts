import type { ControlNode, PatchBatch, PatchOp } from "../gen/fletactors/v1/session_pb";
import { snapshot, type Change } from "./changes";
import { newNode, PAGE_ID, subtree, isAncestorOrSelf, type MirrorNode } from "./tree";
import { fromWire } from "./values";

/** What became of a batch handed to {@link Mirror.apply}. */
export type BatchOutcome =
  /** Applied; the changes are in op order. */
  | { readonly kind: "applied"; readonly changes: readonly Change[] }
  /** From an older epoch, or a batch already applied: ignored. */
  | { readonly kind: "ignored"; readonly reason: "stale-epoch" | "already-applied" }
  /** A batch is missing before this one (or the mirror has no base for it): resume from the last applied batch. */
  | { readonly kind: "gap"; readonly reason: string }
  /** An op does not fit the mirror; nothing of the batch was applied. */
  | { readonly kind: "invalid"; readonly reason: string };

class PatchError extends Error {}

/**
 * The client's copy of the session tree. Applies patch batches atomically (all ops or none) under the epoch/seq
 * rules of session.proto. Pure: no DOM, no I/O.
 */
export class Mirror {
  private nodes = new Map<number, MirrorNode>();
  private rootNode: MirrorNode | undefined;
  private currentEpoch: bigint | undefined;
  private lastSeq = 0n;

  /** The epoch of the last applied batch; undefined before the first reset. */
  get epoch(): bigint | undefined {
    return this.currentEpoch;
  }

  /** The seq of the last applied batch within {@link epoch}; 0 when none. */
  get lastAppliedSeq(): bigint {
    return this.lastSeq;
  }

  get root(): MirrorNode | undefined {
    return this.rootNode;
  }

  get size(): number {
    return this.nodes.size;
  }

  get(id: number): MirrorNode | undefined {
    return this.nodes.get(id);
  }

  /**
   * Forgets the epoch and seq (a new session began): the next reset batch is taken whatever its epoch. The tree
   * stays until that batch replaces it, so the page does not flash empty.
   */
  restart(): void {
    this.currentEpoch = undefined;
    this.lastSeq = 0n;
  }

  apply(batch: PatchBatch): BatchOutcome {
    const admitted = this.admit(batch);
    if (admitted) return admitted;
    const undo: Array<() => void> = [];
    const changes: Change[] = [];
    try {
      if (batch.reset) this.reset(undo, changes);
      for (const op of batch.ops) this.applyOp(op, undo, changes);
    } catch (error) {
      for (let i = undo.length - 1; i >= 0; i--) undo[i]!();
      if (error instanceof PatchError) {
        return { kind: "invalid", reason: `batch ${batch.epoch}/${batch.seq}: ${error.message}` };
      }
      throw error;
    }
    this.currentEpoch = batch.epoch;
    this.lastSeq = batch.seq;
    return { kind: "applied", changes };
  }

  private admit(batch: PatchBatch): BatchOutcome | undefined {
    const epoch = this.currentEpoch;
    if (epoch !== undefined && batch.epoch < epoch) return { kind: "ignored", reason: "stale-epoch" };
    if (batch.reset) return undefined;
    if (epoch === undefined) return { kind: "gap", reason: `batch ${batch.epoch}/${batch.seq} arrived before any reset` };
    if (batch.epoch > epoch) return { kind: "gap", reason: `epoch ${batch.epoch} began without a reset batch` };
    if (batch.seq <= this.lastSeq) return { kind: "ignored", reason: "already-applied" };
    if (batch.seq !== this.lastSeq + 1n) {
      return { kind: "gap", reason: `expected seq ${this.lastSeq + 1n}, got ${batch.seq}` };
    }
    return undefined;
  }

  private reset(undo: Array<() => void>, changes: Change[]): void {
    const oldNodes = this.nodes;
    const oldRoot = this.rootNode;
    this.nodes = new Map();
    this.rootNode = newNode(PAGE_ID, "page");
    this.nodes.set(PAGE_ID, this.rootNode);
    undo.push(() => {
      this.nodes = oldNodes;
      this.rootNode = oldRoot;
    });
    changes.push({ kind: "reset", root: snapshot(this.rootNode) });
  }

  private applyOp(op: PatchOp, undo: Array<() => void>, changes: Change[]): void {
    const kind = op.kind;
    switch (kind.case) {
      case "add": {
        const { node: wire, slot, index } = kind.value;
        if (!wire) throw new PatchError("add without a node");
        const parentId = toId(kind.value.parentId);
        if (parentId === 0) return this.replaceRoot(wire, undo, changes);
        const parent = this.require(parentId, "add parent");
        const node = this.build(wire, undo);
        this.insert(node, parent, slot, index, "add");
        undo.push(() => this.detach(node));
        changes.push({ kind: "add", parent, slot, index, tree: snapshot(node) });
        return;
      }
      case "set": {
        const node = this.require(toId(kind.value.controlId), "set");
        const names: string[] = [];
        for (const prop of kind.value.props) {
          const had = node.props.has(prop.name);
          const old = node.props.get(prop.name);
          const value = fromWire(prop.value);
          if (value === undefined) node.props.delete(prop.name);
          else node.props.set(prop.name, value);
          undo.push(() => (had ? node.props.set(prop.name, old!) : node.props.delete(prop.name)));
          names.push(prop.name);
        }
        changes.push({ kind: "set", node, names });
        return;
      }
      case "remove": {
        const node = this.require(toId(kind.value.controlId), "remove");
        const parent = node.parent;
        if (!parent) throw new PatchError(`remove of the root ${node.id}`);
        const { slot } = node;
        const index = this.detach(node);
        for (const n of subtree(node)) this.nodes.delete(n.id);
        undo.push(() => {
          for (const n of subtree(node)) this.nodes.set(n.id, n);
          this.insert(node, parent, slot, index, "undo");
        });
        changes.push({ kind: "remove", node });
        return;
      }
      case "move": {
        const node = this.require(toId(kind.value.controlId), "move");
        const parent = this.require(toId(kind.value.parentId), "move parent");
        const { slot, index } = kind.value;
        const oldParent = node.parent;
        if (!oldParent) throw new PatchError(`move of the root ${node.id}`);
        if (isAncestorOrSelf(node, parent)) throw new PatchError(`move of ${node.id} into its own subtree ${parent.id}`);
        const oldSlot = node.slot;
        const oldIndex = this.detach(node);
        try {
          this.insert(node, parent, slot, index, "move");
        } catch (error) {
          this.insert(node, oldParent, oldSlot, oldIndex, "undo");
          throw error;
        }
        undo.push(() => {
          this.detach(node);
          this.insert(node, oldParent, oldSlot, oldIndex, "undo");
        });
        changes.push({ kind: "move", node, parent, slot, index });
        return;
      }
      default:
        throw new PatchError("op without a kind");
    }
  }

  /** AddControl with parent 0 carries the page itself: it replaces the root and everything below it. */
  private replaceRoot(wire: ControlNode, undo: Array<() => void>, changes: Change[]): void {
    const oldNodes = this.nodes;
    const oldRoot = this.rootNode;
    this.nodes = new Map();
    undo.push(() => {
      this.nodes = oldNodes;
      this.rootNode = oldRoot;
    });
    this.rootNode = this.build(wire, undo);
    changes.push({ kind: "reset", root: snapshot(this.rootNode) });
  }

  private require(id: number, what: string): MirrorNode {
    const node = this.nodes.get(id);
    if (!node) throw new PatchError(`${what}: unknown control ${id}`);
    return node;
  }

  /** Builds a detached subtree from the wire and registers its ids. */
  private build(wire: ControlNode, undo: Array<() => void>): MirrorNode {
    const id = toId(wire.id);
    if (this.nodes.has(id)) throw new PatchError(`add: control ${id} already exists`);
    if (!wire.type) throw new PatchError(`add: control ${id} has no type`);
    const node = newNode(id, wire.type, wire.key);
    for (const prop of wire.props) {
      const value = fromWire(prop.value);
      if (value !== undefined) node.props.set(prop.name, value);
    }
    this.nodes.set(id, node);
    undo.push(() => this.nodes.delete(id));
    for (const childWire of wire.children) {
      const child = this.build(childWire, undo);
      const list = listOf(node, childWire.slot);
      child.parent = node;
      child.slot = childWire.slot;
      list.push(child);
    }
    return node;
  }

  private insert(node: MirrorNode, parent: MirrorNode, slot: string, index: number, what: string): void {
    if (!slot) throw new PatchError(`${what}: control ${node.id} has no slot`);
    const list = listOf(parent, slot);
    if (index > list.length) {
      throw new PatchError(`${what}: index ${index} out of range for ${parent.id}.${slot} (length ${list.length})`);
    }
    list.splice(index, 0, node);
    node.parent = parent;
    node.slot = slot;
  }

  /** Takes the node out of its parent's slot; returns the index it had. */
  private detach(node: MirrorNode): number {
    const parent = node.parent!;
    const list = parent.slots.get(node.slot)!;
    const index = list.indexOf(node);
    list.splice(index, 1);
    if (list.length === 0) parent.slots.delete(node.slot);
    node.parent = undefined;
    return index;
  }
}

function listOf(node: MirrorNode, slot: string): MirrorNode[] {
  let list = node.slots.get(slot);
  if (!list) {
    list = [];
    node.slots.set(slot, list);
  }
  return list;
}

/** Control ids are counters: a double holds them exactly; anything larger is refused rather than rounded. */
export function toId(id: bigint): number {
  if (id > BigInt(Number.MAX_SAFE_INTEGER)) throw new PatchError(`control id ${id} is too large`);
  return Number(id);
}
