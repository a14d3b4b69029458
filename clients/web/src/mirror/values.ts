import { create } from "@bufbuild/protobuf";
import { PropValueSchema, type PropValue } from "../gen/fletactors/v1/session_pb";

/**
 * A number_list value: one number per side or corner of a padding, margin or border radius whose sides differ, in
 * the order CONTROLS.md gives. A class of its own, so that an empty one is never taken for an empty string list.
 */
export class NumberList {
  readonly values: readonly number[];

  constructor(values: Iterable<number>) {
    this.values = Object.freeze([...values]);
  }
}

/**
 * A prop value as the mirror keeps it, one JavaScript type per wire kind: string, number (num), bigint (int),
 * boolean, string array (list), NumberList (nums). int and num stay apart, as CONTROLS.md keeps them apart.
 */
export type Value = string | number | bigint | boolean | readonly string[] | NumberList;

/** The wire kinds of CONTROLS.md, used when the client writes a value back. */
export type ValueKind = "str" | "num" | "int" | "bool" | "list" | "nums";

/** Converts a wire value; `undefined` means "no kind set", which removes the prop (back to its default). */
export function fromWire(value: PropValue | undefined): Value | undefined {
  const kind = value?.kind;
  switch (kind?.case) {
    case "stringValue":
    case "numberValue":
    case "boolValue":
    case "intValue":
      return kind.value;
    case "stringList":
      return [...kind.value.values];
    case "numberList":
      return new NumberList(kind.value.values);
    default:
      return undefined;
  }
}

/** Builds a wire value of the given kind; throws when the value does not fit the kind. */
export function toWire(value: Value, kind: ValueKind): PropValue {
  switch (kind) {
    case "str":
      if (typeof value !== "string") break;
      return create(PropValueSchema, { kind: { case: "stringValue", value } });
    case "num":
      if (typeof value !== "number") break;
      return create(PropValueSchema, { kind: { case: "numberValue", value } });
    case "int":
      if (typeof value === "bigint") return create(PropValueSchema, { kind: { case: "intValue", value } });
      if (typeof value !== "number" || !Number.isSafeInteger(value)) break;
      return create(PropValueSchema, { kind: { case: "intValue", value: BigInt(value) } });
    case "bool":
      if (typeof value !== "boolean") break;
      return create(PropValueSchema, { kind: { case: "boolValue", value } });
    case "list":
      if (!Array.isArray(value)) break;
      return create(PropValueSchema, { kind: { case: "stringList", value: { values: [...value] } } });
    case "nums":
      if (!(value instanceof NumberList)) break;
      return create(PropValueSchema, { kind: { case: "numberList", value: { values: [...value.values] } } });
  }
  throw new TypeError(`value ${String(value)} is not of kind ${kind}`);
}

/** Formats a value as ControlEvent data: `true`/`false`, numbers in invariant culture, strings as they are. */
export function eventData(value: Value): string {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.join(",");
  if (value instanceof NumberList) return value.values.join(",");
  return String(value);
}

export function valuesEqual(a: Value | undefined, b: Value | undefined): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  if (a instanceof NumberList && b instanceof NumberList) {
    return a.values.length === b.values.length && a.values.every((x, i) => x === b.values[i]);
  }
  return a === b;
}

/** The wire kind a value has in the mirror. */
export function kindOf(value: Value): ValueKind {
  switch (typeof value) {
    case "string":
      return "str";
    case "number":
      return "num";
    case "bigint":
      return "int";
    case "boolean":
      return "bool";
    default:
      return value instanceof NumberList ? "nums" : "list";
  }
}
