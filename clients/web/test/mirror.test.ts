import { describe, expect, it } from "vitest";
import { Mirror } from "../src/mirror/mirror";
import { shape } from "../src/mirror/tree";
import { eventData, fromWire, kindOf, NumberList, toWire, valuesEqual } from "../src/mirror/values";
import { add, batch, child, move, node, remove, set } from "./wire";

function started(): Mirror {
  const mirror = new Mirror();
  const outcome = mirror.apply(
    batch(1, 1, [
      set(1, { title: "T" }),
      add(1, "views", 0, node(2, "view", {}, [child("controls", 3, "text", { value: "a" }), child("controls", 4, "text", { value: "b" })])),
    ], true),
  );
  expect(outcome.kind).toBe("applied");
  return mirror;
}

function texts(mirror: Mirror): string[] {
  return (mirror.get(2)!.slots.get("controls") ?? []).map((n) => `${n.id}:${String(n.props.get("value"))}`);
}

describe("Mirror", () => {
  it("apply_ResetBatch_BuildsTreeUnderPage", () => {
    const mirror = started();

    expect(shape(mirror.root!)).toEqual({
      id: 1,
      type: "page",
      props: { title: "T" },
      slots: {
        views: [
          {
            id: 2,
            type: "view",
            props: {},
            slots: {
              controls: [
                { id: 3, type: "text", props: { value: "a" }, slots: {} },
                { id: 4, type: "text", props: { value: "b" }, slots: {} },
              ],
            },
          },
        ],
      },
    });
    expect(mirror.epoch).toBe(1n);
    expect(mirror.lastAppliedSeq).toBe(1n);
  });

  it("apply_SecondReset_DropsPreviousTree", () => {
    const mirror = started();

    const outcome = mirror.apply(batch(1, 2, [add(1, "views", 0, node(9, "view"))], true));

    expect(outcome.kind).toBe("applied");
    expect(mirror.get(3)).toBeUndefined();
    expect(mirror.size).toBe(2);
  });

  it("apply_NextSeq_AppliesOpsInOrder", () => {
    const mirror = started();

    const outcome = mirror.apply(
      batch(1, 2, [add(2, "controls", 1, node(5, "text", { value: "c" })), set(3, { value: "A" }), move(4, 2, "controls", 0)]),
    );

    expect(outcome.kind).toBe("applied");
    expect(texts(mirror)).toEqual(["4:b", "3:A", "5:c"]);
  });

  it("apply_EmptyPropValue_RemovesProp", () => {
    const mirror = started();

    mirror.apply(batch(1, 2, [set(3, { value: null, size: 12 })]));

    expect(mirror.get(3)!.props.has("value")).toBe(false);
    expect(mirror.get(3)!.props.get("size")).toBe(12);
  });

  it("apply_IntAndListValues_KeepTheirKinds", () => {
    const mirror = started();

    mirror.apply(batch(1, 2, [set(3, { max_lines: { int: 3 }, tags: ["x", "y"], bold: true })]));

    expect(shape(mirror.get(3)!).props).toEqual({ bold: true, max_lines: 3n, tags: ["x", "y"], value: "a" });
  });

  it("apply_NumberList_KeptApartFromStringListAndNumber", () => {
    const mirror = started();

    mirror.apply(batch(1, 2, [set(3, { padding: { nums: [10, 0, 0, 2.5] }, margin: { nums: [] }, tags: [] })]));

    const props = mirror.get(3)!.props;
    expect(props.get("padding")).toBeInstanceOf(NumberList);
    expect((props.get("padding") as NumberList).values).toEqual([10, 0, 0, 2.5]);
    expect(kindOf(props.get("margin")!)).toBe("nums");
    expect(kindOf(props.get("tags")!)).toBe("list");

    mirror.apply(batch(1, 3, [set(3, { padding: 4 })]));
    expect(mirror.get(3)!.props.get("padding")).toBe(4);
  });

  it("apply_Remove_DropsWholeSubtree", () => {
    const mirror = started();

    mirror.apply(batch(1, 2, [remove(2)]));

    expect(mirror.get(2)).toBeUndefined();
    expect(mirror.get(3)).toBeUndefined();
    expect(mirror.root!.slots.get("views")).toBeUndefined();
  });

  it("apply_MoveIndex_CountsAfterTakingOut", () => {
    const mirror = started();
    mirror.apply(batch(1, 2, [add(2, "controls", 2, node(5, "text", { value: "c" }))]));

    mirror.apply(batch(1, 3, [move(3, 2, "controls", 2)]));

    expect(texts(mirror)).toEqual(["4:b", "5:c", "3:a"]);
  });

  it("apply_MoveToOtherParentAndSlot_Reparents", () => {
    const mirror = started();
    mirror.apply(batch(1, 2, [add(2, "controls", 2, node(6, "container"))]));

    mirror.apply(batch(1, 3, [move(3, 6, "content", 0)]));

    expect(mirror.get(3)!.parent!.id).toBe(6);
    expect(mirror.get(3)!.slot).toBe("content");
    expect(texts(mirror)).toEqual(["4:b", "6:undefined"]);
  });

  it("apply_StaleEpoch_IgnoredEvenWhenReset", () => {
    const mirror = new Mirror();
    mirror.apply(batch(5, 1, [set(1, { title: "new" })], true));

    const outcome = mirror.apply(batch(4, 1, [set(1, { title: "old" })], true));

    expect(outcome).toEqual({ kind: "ignored", reason: "stale_epoch_ignored" });
    expect(mirror.root!.props.get("title")).toBe("new");
  });

  it("apply_AlreadyAppliedSeq_Ignored", () => {
    const mirror = started();
    mirror.apply(batch(1, 2, [set(3, { value: "x" })]));

    const outcome = mirror.apply(batch(1, 2, [set(3, { value: "y" })]));

    expect(outcome).toEqual({ kind: "ignored", reason: "duplicate_ignored" });
    expect(mirror.get(3)!.props.get("value")).toBe("x");
  });

  it("apply_SeqGap_ReportsGapAndKeepsMirror", () => {
    const mirror = started();

    const outcome = mirror.apply(batch(1, 3, [set(3, { value: "x" })]));

    expect(outcome.kind).toBe("gap");
    expect(mirror.get(3)!.props.get("value")).toBe("a");
    expect(mirror.lastAppliedSeq).toBe(1n);
  });

  it("apply_NonResetBeforeAnyReset_ReportsGap", () => {
    const mirror = new Mirror();

    expect(mirror.apply(batch(1, 1, [set(1, { title: "x" })])).kind).toBe("gap");
  });

  it("apply_NewEpochWithoutReset_ReportsGap", () => {
    const mirror = started();

    expect(mirror.apply(batch(2, 1, [set(3, { value: "x" })])).kind).toBe("gap");
  });

  it("apply_NewEpochWithReset_StartsEpochAtItsSeq", () => {
    const mirror = started();

    const outcome = mirror.apply(batch(2, 1, [], true));

    expect(outcome.kind).toBe("applied");
    expect(mirror.epoch).toBe(2n);
    expect(mirror.lastAppliedSeq).toBe(1n);
  });

  it.each([
    ["unknown set target", [set(3, { value: "x" }), set(99, { value: "y" })]],
    ["unknown add parent", [set(3, { value: "x" }), add(99, "controls", 0, node(7, "text"))]],
    ["duplicate id", [set(3, { value: "x" }), add(2, "controls", 0, node(4, "text"))]],
    ["index past end", [set(3, { value: "x" }), add(2, "controls", 3, node(7, "text"))]],
    ["move into own subtree", [set(3, { value: "x" }), move(2, 2, "controls", 0)]],
    ["remove of root", [set(3, { value: "x" }), remove(1)]],
    ["remove then use", [set(3, { value: "x" }), remove(2), set(4, { value: "z" })]],
    ["move then bad index", [move(3, 2, "controls", 1), add(2, "controls", 0, node(7, "text")), move(4, 2, "controls", 9)]],
  ])("apply_InvalidOp_%s_LeavesMirrorUntouched", (_name, ops) => {
    const mirror = started();
    const before = shape(mirror.root!);

    const outcome = mirror.apply(batch(1, 2, ops));

    expect(outcome.kind).toBe("invalid");
    expect(shape(mirror.root!)).toEqual(before);
    expect(mirror.size).toBe(4);
    expect(mirror.lastAppliedSeq).toBe(1n);
    expect(mirror.apply(batch(1, 2, [set(3, { value: "ok" })])).kind).toBe("applied");
  });

  it("apply_InvalidResetBatch_KeepsPreviousTree", () => {
    const mirror = started();
    const before = shape(mirror.root!);

    const outcome = mirror.apply(batch(2, 1, [set(42, { value: "x" })], true));

    expect(outcome.kind).toBe("invalid");
    expect(shape(mirror.root!)).toEqual(before);
    expect(mirror.epoch).toBe(1n);
  });

  it("apply_Changes_SnapshotSubtreeAsAdded", () => {
    const mirror = started();

    const outcome = mirror.apply(
      batch(1, 2, [add(2, "controls", 0, node(5, "row", {}, [child("controls", 6, "text")])), add(5, "controls", 1, node(7, "text"))]),
    );

    expect(outcome.kind).toBe("applied");
    if (outcome.kind !== "applied") return;
    const first = outcome.changes[0]!;
    expect(first.kind).toBe("add");
    if (first.kind !== "add") return;
    expect(first.tree.slots.map(([name, list]) => [name, list.map((s) => s.node.id)])).toEqual([["controls", [6]]]);
    expect(mirror.get(5)!.slots.get("controls")!.map((n) => n.id)).toEqual([6, 7]);
  });
});

describe("Mirror.restart", () => {
  it("restart_NewSessionWithLowerEpoch_TakesItsResetBatch", () => {
    const mirror = new Mirror();
    mirror.apply(batch(7, 4, [set(1, { title: "old session" })], true));

    mirror.restart();
    const outcome = mirror.apply(batch(1, 1, [set(1, { title: "new session" })], true));

    expect(outcome.kind).toBe("applied");
    expect(mirror.root.props.get("title")).toBe("new session");
  });

  it("restart_BeforeResetArrives_KeepsTree", () => {
    const mirror = new Mirror();
    mirror.apply(batch(7, 4, [set(1, { title: "old session" })], true));

    mirror.restart();

    expect(mirror.root.props.get("title")).toBe("old session");
    expect(mirror.epoch).toBe(0n);
  });
});

describe("NumberList values", () => {
  it("toWire_NumberList_RoundTripsThroughFromWire", () => {
    const value = new NumberList([1, 2.5, 0, 40]);

    const wire = toWire(value, "nums");

    expect(wire.kind.case).toBe("numberList");
    const back = fromWire(wire)!;
    expect(valuesEqual(back, value)).toBe(true);
    expect(valuesEqual(back, new NumberList([1, 2.5, 0, 41]))).toBe(false);
    expect(eventData(back)).toBe("1,2.5,0,40");
  });

  it("toWire_StringListAsNums_Refused", () => {
    expect(() => toWire(["a"], "nums")).toThrow(TypeError);
    expect(() => toWire(new NumberList([1]), "list")).toThrow(TypeError);
  });
});
