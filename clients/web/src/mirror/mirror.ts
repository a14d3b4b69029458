import type { ControlNode, PatchBatch, PatchOp } from "../gen/fletactors/v1/session_pb";
import { snapshot, type Change } from "./changes";
import { newNode, PAGE_ID, subtree, isAncestorOrSelf, type MirrorNode } from "./tree";
import { fromWire } from "./values";

/** Why an op or a batch was refused (the names of tests/patch-cases/README.md). */
export type PatchErrorKind =
  | "unknown_control"
  | "duplicate_id"
  | "index_out_of_range"
  | "cycle"
  | "missing_node"
  | "root_control"
  | "invalid_op"
  | "invalid_batch";

/** What became of a batch handed to {@link Mirror.apply}. */
export type BatchOutcome =
  /** Applied; the changes are in op order. */
  | { readonly kind: "applied"; readonly changes: readonly Change[] }
  /** From an older epoch, or a resend of a batch already applied: ignored. */
  | { readonly kind: "ignored"; readonly reason: "stale_epoch_ignored" | "duplicate_ignored" }
  /** Batches are missing before this one: resume from the last applied batch. */
  | { readonly kind: "gap"; readonly error: "sequence_gap" | "epoch_without_reset"; readonly reason: string }
  /** The batch does not fit the mirror; nothing of it was applied. `opIndex` is -1 for the batch as a whole. */
  | { readonly kind: "invalid"; readonly error: PatchErrorKind; readonly opIndex: number; readonly reason: string };

class PatchError extends Error {
  constructor(readonly kind: PatchErrorKind, message: string) {
    super(message);
  }
}

/**
 * The client's copy of the session tree. Applies patch batches atomically (all ops or none) under the epoch/seq
 * rules of session.proto, exactly as tests/patch-cases/README.md states them. Pure: no DOM, no I/O.
 */
export class Mirror {
  private nodes = new Map<number, MirrorNode>();
  private rootNode: MirrorNode = newNode(PAGE_ID, "page");
  private currentEpoch = 0n;
  private lastSeq = 0n;

  constructor() {
    this.nodes.set(PAGE_ID, this.rootNode);
  }

  /** The epoch of the last applied batch; 0 before the first. */
  get epoch(): bigint {
    return this.currentEpoch;
  }

  /** The seq of the last applied batch within {@link epoch}; 0 when none. */
  get lastAppliedSeq(): bigint {
    return this.lastSeq;
  }

  /** The page, id 1. */
  get root(): MirrorNode {
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
    this.currentEpoch = 0n;
    this.lastSeq = 0n;
  }

  apply(batch: PatchBatch): BatchOutcome {
    const refused = this.admit(batch);
    if (refused) return refused;
    const undo: Array<() => void> = [];
    const changes: Change[] = [];
    let opIndex = -1;
    try {
      if (batch.reset) this.reset(undo, changes);
      for (opIndex = 0; opIndex < batch.ops.length; opIndex++) this.applyOp(batch.ops[opIndex]!, undo, changes);
    } catch (error) {
      for (let i = undo.length - 1; i >= 0; i--) undo[i]!();
      if (error instanceof PatchError) {
        return { kind: "invalid", error: error.kind, opIndex, reason: `batch ${batch.epoch}/${batch.seq} op ${opIndex}: ${error.message}` };
      }
      throw error;
    }
    this.currentEpoch = batch.epoch;
    this.lastSeq = batch.seq;
    return { kind: "applied", changes };
  }

  private admit(batch: PatchBatch): BatchOutcome | undefined {
    const { epoch, seq } = batch;
    if (epoch < this.currentEpoch) return { kind: "ignored", reason: "stale_epoch_ignored" };
    if (seq === 0n) return { kind: "invalid", error: "invalid_batch", opIndex: -1, reason: "seq 0: sequence numbers start at 1" };
    if (epoch === this.currentEpoch && seq <= this.lastSeq) return { kind: "ignored", reason: "duplicate_ignored" };
    if (batch.reset) return undefined;
    if (epoch > this.currentEpoch) {
      return { kind: "gap", error: "epoch_without_reset", reason: `epoch ${epoch} began without a reset batch` };
    }
    if (seq !== this.lastSeq + 1n) {
      return { kind: "gap", error: "sequence_gap", reason: `expected seq ${this.lastSeq + 1n}, got ${seq}` };
    }
    return undefined;
  }

  private reset(undo: Array<() => void>, changes: Change[]): void {
    const oldNodes = this.nodes;
    const oldRoot = this.rootNode;
    this.rootNode = newNode(PAGE_ID, "page");
    this.nodes = new Map([[PAGE_ID, this.rootNode]]);
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
        if (!wire) throw new PatchError("missing_node", "add without a node");
        const parent = this.require(toId(kind.value.parentId), "add parent");
        if (!slot) throw new PatchError("invalid_op", "add without a slot");
        const length = parent.slots.get(slot)?.length ?? 0;
        if (index > length) throw new PatchError("index_out_of_range", `add at ${index} into ${parent.id}.${slot} of ${length}`);
        const node = this.build(wire, new Set(), undo);
        this.insert(node, parent, slot, index);
        undo.push(() => this.detach(node));
        changes.push({ kind: "add", parent, slot, index, tree: snapshot(node) });
        return;
      }
      case "set": {
        const node = this.require(toId(kind.value.controlId), "set");
        const names: string[] = [];
        for (const prop of kind.value.props) {
          if (!prop.name) throw new PatchError("invalid_op", `set on ${node.id}: a prop without a name`);
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
        if (!parent) throw new PatchError("root_control", "remove of the page");
        const { slot } = node;
        const index = this.detach(node);
        for (const n of subtree(node)) this.nodes.delete(n.id);
        undo.push(() => {
          for (const n of subtree(node)) this.nodes.set(n.id, n);
          this.insert(node, parent, slot, index);
        });
        changes.push({ kind: "remove", node });
        return;
      }
      case "move": {
        const node = this.require(toId(kind.value.controlId), "move");
        const oldParent = node.parent;
        if (!oldParent) throw new PatchError("root_control", "move of the page");
        const parent = this.require(toId(kind.value.parentId), "move parent");
        const { slot, index } = kind.value;
        if (!slot) throw new PatchError("invalid_op", `move of ${node.id} without a slot`);
        if (isAncestorOrSelf(node, parent)) throw new PatchError("cycle", `move of ${node.id} into its own subtree ${parent.id}`);
        const list = parent.slots.get(slot) ?? [];
        const length = list.length - (list.includes(node) ? 1 : 0);
        if (index > length) throw new PatchError("index_out_of_range", `move to ${index} in ${parent.id}.${slot} of ${length}`);
        const oldSlot = node.slot;
        const oldIndex = this.detach(node);
        this.insert(node, parent, slot, index);
        undo.push(() => {
          this.detach(node);
          this.insert(node, oldParent, oldSlot, oldIndex);
        });
        changes.push({ kind: "move", node, parent, slot, index });
        return;
      }
      default:
        throw new PatchError("invalid_op", "an op without a kind");
    }
  }

  private require(id: number, what: string): MirrorNode {
    const node = this.nodes.get(id);
    if (!node) throw new PatchError("unknown_control", `${what}: unknown control ${id}`);
    return node;
  }

  /** Builds a detached subtree from the wire (checking it node by node, in document order) and registers its ids. */
  private build(wire: ControlNode, seen: Set<number>, undo: Array<() => void>): MirrorNode {
    const id = toId(wire.id);
    if (id === 0) throw new PatchError("invalid_op", "a node with id 0");
    if (this.nodes.has(id) || seen.has(id)) throw new PatchError("duplicate_id", `control ${id} already exists`);
    seen.add(id);
    if (!wire.type) throw new PatchError("invalid_op", `control ${id} has no type`);
    const node = newNode(id, wire.type, wire.key);
    for (const prop of wire.props) {
      if (!prop.name) throw new PatchError("invalid_op", `control ${id}: a prop without a name`);
      const value = fromWire(prop.value);
      if (value === undefined) node.props.delete(prop.name);
      else node.props.set(prop.name, value);
    }
    this.nodes.set(id, node);
    undo.push(() => this.nodes.delete(id));
    for (const childWire of wire.children) {
      if (!childWire.slot) throw new PatchError("invalid_op", `child ${childWire.id} of ${id} names no slot`);
      const child = this.build(childWire, seen, undo);
      child.parent = node;
      child.slot = childWire.slot;
      listOf(node, childWire.slot).push(child);
    }
    return node;
  }

  private insert(node: MirrorNode, parent: MirrorNode, slot: string, index: number): void {
    listOf(parent, slot).splice(index, 0, node);
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
  if (id > BigInt(Number.MAX_SAFE_INTEGER)) throw new PatchError("invalid_op", `control id ${id} is too large`);
  return Number(id);
}
