import { create } from "@bufbuild/protobuf";
import {
  ControlNodeSchema,
  PatchBatchSchema,
  PatchOpSchema,
  type ControlNode,
  type PatchBatch,
  type PatchOp,
  type Prop,
  type PropValue,
} from "../src/gen/fletactors/v1/session_pb";

/** Test helpers that build wire messages tersely. */
export type Plain = string | number | boolean | string[] | { int: number } | { nums: number[] } | null;

export function pv(value: Plain): PropValue {
  if (value === null) return { $typeName: "fletactors.v1.PropValue", kind: { case: undefined } };
  if (typeof value === "string") return { $typeName: "fletactors.v1.PropValue", kind: { case: "stringValue", value } };
  if (typeof value === "number") return { $typeName: "fletactors.v1.PropValue", kind: { case: "numberValue", value } };
  if (typeof value === "boolean") return { $typeName: "fletactors.v1.PropValue", kind: { case: "boolValue", value } };
  if (Array.isArray(value)) {
    return {
      $typeName: "fletactors.v1.PropValue",
      kind: { case: "stringList", value: { $typeName: "fletactors.v1.StringList", values: value } },
    };
  }
  if ("nums" in value) {
    return {
      $typeName: "fletactors.v1.PropValue",
      kind: { case: "numberList", value: { $typeName: "fletactors.v1.NumberList", values: value.nums } },
    };
  }
  return { $typeName: "fletactors.v1.PropValue", kind: { case: "intValue", value: BigInt(value.int) } };
}

export function props(values: Record<string, Plain>): Prop[] {
  return Object.entries(values).map(([name, value]) => ({ $typeName: "fletactors.v1.Prop", name, value: pv(value) }));
}

export function node(
  id: number,
  type: string,
  values: Record<string, Plain> = {},
  children: ControlNode[] = [],
  slot = "",
  key = "",
): ControlNode {
  return create(ControlNodeSchema, { id: BigInt(id), type, props: props(values), children, slot, key });
}

/** A child node in the given slot. */
export function child(slot: string, id: number, type: string, values: Record<string, Plain> = {}, kids: ControlNode[] = []): ControlNode {
  return node(id, type, values, kids, slot);
}

export function add(parent: number, slot: string, index: number, n: ControlNode): PatchOp {
  return create(PatchOpSchema, { kind: { case: "add", value: { parentId: BigInt(parent), slot, index, node: n } } });
}

export function set(id: number, values: Record<string, Plain>): PatchOp {
  return create(PatchOpSchema, { kind: { case: "set", value: { controlId: BigInt(id), props: props(values) } } });
}

export function remove(id: number): PatchOp {
  return create(PatchOpSchema, { kind: { case: "remove", value: { controlId: BigInt(id) } } });
}

export function move(id: number, parent: number, slot: string, index: number): PatchOp {
  return create(PatchOpSchema, {
    kind: { case: "move", value: { controlId: BigInt(id), parentId: BigInt(parent), slot, index } },
  });
}

export function batch(epoch: number, seq: number, ops: PatchOp[], reset = false): PatchBatch {
  return create(PatchBatchSchema, { epoch: BigInt(epoch), seq: BigInt(seq), reset, ops });
}
