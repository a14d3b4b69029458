import { describe, expect, it } from "vitest";
// @ts-expect-error -- plain JavaScript module shared with the dependency-free check-stale script
import { staleness } from "../scripts/source-hash.mjs";

describe("dist bundle", () => {
  it("buildInfo_CommittedBundle_MatchesSources (run npm run build in clients/web when this fails)", () => {
    expect(staleness()).toEqual([]);
  });
});
