// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { mountOf } from "../../src/main";

function shell(head: string): Document {
  return new DOMParser().parseFromString(`<html><head>${head}</head><body></body></html>`, "text/html");
}

describe("mountOf", () => {
  it("ShellWithMetaTags_TakesAppAndServiceBaseFromThem", () => {
    const doc = shell('<meta name="fletactors-app" content="tools/chat"><meta name="fletactors-service-base" content="/host">');

    expect(mountOf(doc, { origin: "http://h:1", pathname: "/host/tools/chat" })).toEqual({
      app: "tools/chat",
      baseUrl: "http://h:1/host",
    });
  });

  it("GalleryShell_TakesAppFromPathAndServiceAtOrigin", () => {
    expect(mountOf(shell(""), { origin: "http://h:1", pathname: "/apps/counter" })).toEqual({
      app: "counter",
      baseUrl: "http://h:1",
    });
  });
});
