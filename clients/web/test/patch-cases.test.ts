import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fromJson, type JsonValue } from "@bufbuild/protobuf";
import { describe, expect, it } from "vitest";
import { PatchBatchSchema, type PatchBatch } from "../src/gen/fletactors/v1/session_pb";
import { Mirror } from "../src/mirror/mirror";
import type { MirrorNode } from "../src/mirror/tree";
import { NumberList, type Value } from "../src/mirror/values";

// The shared patch cases (tests/patch-cases/README.md), run against the browser client's applier exactly as the
// .NET applier runs them.

const casesDir = join(__dirname, "..", "..", "..", "tests", "patch-cases");

type Typed = { str: string } | { num: number } | { int: number } | { bool: boolean } | { list: string[] } | { nums: number[] };

interface CompactTree {
  id: number;
  type: string;
  key?: string;
  props?: Record<string, Typed>;
  slots?: Record<string, CompactTree[]>;
}

interface PatchCase {
  name: string;
  description: string;
  initial?: { epoch: number; seq: number; tree: CompactTree };
  batches: JsonValue[];
  expect: { outcomes: string[]; errorOp?: number; epoch: number; seq: number; tree: CompactTree };
}

function typed(value: Value): Typed {
  if (typeof value === "string") return { str: value };
  if (typeof value === "number") return { num: value };
  if (typeof value === "bigint") return { int: Number(value) };
  if (typeof value === "boolean") return { bool: value };
  if (value instanceof NumberList) return { nums: [...value.values] };
  return { list: [...value] };
}

function compact(node: MirrorNode): CompactTree {
  const tree: CompactTree = { id: node.id, type: node.type };
  if (node.key) tree.key = node.key;
  if (node.props.size > 0) tree.props = Object.fromEntries([...node.props].map(([k, v]) => [k, typed(v)]));
  const slots = [...node.slots].filter(([, list]) => list.length > 0);
  if (slots.length > 0) tree.slots = Object.fromEntries(slots.map(([k, list]) => [k, list.map(compact)]));
  return tree;
}

/** Drops empty props/slots so "absent" and "empty" compare equal, as the README says. */
function normalise(tree: CompactTree): CompactTree {
  const out: CompactTree = { id: tree.id, type: tree.type };
  if (tree.key) out.key = tree.key;
  if (tree.props && Object.keys(tree.props).length > 0) out.props = tree.props;
  const slots = Object.entries(tree.slots ?? {}).filter(([, list]) => list.length > 0);
  if (slots.length > 0) out.slots = Object.fromEntries(slots.map(([k, list]) => [k, list.map(normalise)]));
  return out;
}

function wireValue(value: Typed): JsonValue {
  if ("str" in value) return { stringValue: value.str };
  if ("num" in value) return { numberValue: value.num };
  if ("int" in value) return { intValue: String(value.int) };
  if ("bool" in value) return { boolValue: value.bool };
  if ("nums" in value) return { numberList: { values: value.nums } };
  return { stringList: { values: value.list } };
}

function wireNode(tree: CompactTree, slot: string): JsonValue {
  return {
    id: String(tree.id),
    type: tree.type,
    key: tree.key ?? "",
    slot,
    props: Object.entries(tree.props ?? {}).map(([name, value]) => ({ name, value: wireValue(value) })),
    children: Object.entries(tree.slots ?? {}).flatMap(([childSlot, list]) => list.map((child) => wireNode(child, childSlot))),
  };
}

/** The synthetic reset batch that stands the mirror at `initial` (the README's seeding rule). */
function seedBatch(initial: NonNullable<PatchCase["initial"]>): PatchBatch {
  const ops: JsonValue[] = [
    { set: { controlId: "1", props: Object.entries(initial.tree.props ?? {}).map(([name, value]) => ({ name, value: wireValue(value) })) } },
  ];
  for (const [slot, list] of Object.entries(initial.tree.slots ?? {})) {
    list.forEach((child, index) => ops.push({ add: { parentId: "1", slot, index, node: wireNode(child, slot) } }));
  }
  return fromJson(PatchBatchSchema, { epoch: String(initial.epoch), seq: String(initial.seq), reset: true, ops });
}

function outcomeName(mirror: Mirror, batch: PatchBatch): { name: string; errorOp?: number } {
  const outcome = mirror.apply(batch);
  switch (outcome.kind) {
    case "applied":
      return { name: "applied" };
    case "ignored":
      return { name: outcome.reason };
    case "gap":
      return { name: outcome.error, errorOp: -1 };
    case "invalid":
      return { name: outcome.error, errorOp: outcome.opIndex };
  }
}

const files = readdirSync(casesDir).filter((f) => f.endsWith(".json")).sort();
const cases = files.map((file) => [file, JSON.parse(readFileSync(join(casesDir, file), "utf8")) as PatchCase] as const);

describe("shared patch cases", () => {
  it("patchCases_Directory_HoldsCases", () => {
    expect(files.length).toBeGreaterThan(0);
    for (const [file, c] of cases) expect(`${c.name}.json`).toBe(file);
  });

  it.each(cases)("patchCase_%s_MatchesExpectation", (_file, c) => {
    const mirror = new Mirror();
    if (c.initial) {
      expect(mirror.apply(seedBatch(c.initial)).kind).toBe("applied");
      expect(normalise(compact(mirror.root))).toEqual(normalise(c.initial.tree));
    }
    const batches = c.batches.map((json) => fromJson(PatchBatchSchema, json));

    const outcomes: string[] = [];
    let errorOp: number | undefined;
    for (const batch of batches) {
      const result = outcomeName(mirror, batch);
      outcomes.push(result.name);
      errorOp = result.errorOp;
      if (result.errorOp !== undefined) break;
    }

    expect(outcomes).toEqual(c.expect.outcomes);
    expect(errorOp).toBe(c.expect.errorOp);
    expect(mirror.epoch).toBe(BigInt(c.expect.epoch));
    expect(mirror.lastAppliedSeq).toBe(BigInt(c.expect.seq));
    expect(normalise(compact(mirror.root))).toEqual(normalise(c.expect.tree));
  });
});

