// A stand-in session server for working on the client's look without the .NET server (npm run preview): serves
// dist/ and answers Open with one page showing every control of CONTROLS.md; a click on "+" or "-" updates the
// counter, so the round trip Send → patch → DOM can be tried in a browser. Upward messages are logged.
import { createServer, type ServerResponse } from "node:http";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { create, fromBinary, toBinary } from "@bufbuild/protobuf";
import {
  OpenRequestSchema,
  SendRequestSchema,
  SendResponseSchema,
  ServerMessageSchema,
  type ServerMessage,
} from "../src/gen/fletactors/v1/session_pb";
import { add, batch, child, node, set } from "../test/wire";

const dist = join(import.meta.dirname, "..", "dist");
const port = Number(process.env["PORT"] ?? 8550);

function frame(flag: number, payload: Uint8Array): Buffer {
  const header = Buffer.alloc(5);
  header.writeUInt8(flag, 0);
  header.writeUInt32BE(payload.length, 1);
  return Buffer.concat([header, Buffer.from(payload)]);
}

function message(kind: ServerMessage["kind"]): Buffer {
  return frame(0, toBinary(ServerMessageSchema, create(ServerMessageSchema, { kind } as Parameters<typeof create<typeof ServerMessageSchema>>[1])));
}

const gallery = node(2, "view", { route: "/", scroll: "auto" }, [
  child("appbar", 3, "appbar", { bgcolor: "primary_container" }, [
    child("leading", 4, "icon", { name: "menu" }),
    child("title", 5, "text", { value: "FletActors preview" }),
    child("actions", 6, "iconbutton", { icon: "favorite_border", selected_icon: "favorite", on_click: true }),
    child("actions", 7, "iconbutton", { icon: "settings" }),
  ]),
  child("controls", 10, "row", {}, [
    child("controls", 11, "iconbutton", { icon: "remove", on_click: true }),
    child("controls", 12, "text", { value: "0", size: 24, weight: "bold" }),
    child("controls", 13, "iconbutton", { icon: "add", on_click: true }),
  ]),
  child("controls", 20, "row", { wrap: true }, [
    child("controls", 21, "elevatedbutton", { text: "Elevated", icon: "send", on_click: true }),
    child("controls", 22, "filledbutton", { text: "Filled", on_click: true }),
    child("controls", 23, "outlinedbutton", { text: "Outlined" }),
    child("controls", 24, "textbutton", { text: "Text" }),
    child("controls", 25, "elevatedbutton", { text: "Disabled", disabled: true }),
  ]),
  child("controls", 30, "row", {}, [
    child("controls", 31, "textfield", { label: "Name", hint_text: "Your name", on_change: true, expand: { int: 1 } }),
    child("controls", 32, "textfield", { label: "Password", password: true, can_reveal_password: true, value: "secret", expand: { int: 1 } }),
  ]),
  child("controls", 33, "textfield", { label: "Email", value: "not an email", error_text: "Enter a valid address", border: "outline" }),
  child("controls", 40, "row", {}, [
    child("controls", 41, "checkbox", { label: "Checkbox", value: true, on_change: true }),
    child("controls", 42, "switch", { label: "Switch", value: true, on_change: true }),
    child("controls", 43, "radiogroup", { value: "b", on_change: true }, [
      child("content", 44, "row", {}, [child("controls", 45, "radio", { value: "a", label: "A" }), child("controls", 46, "radio", { value: "b", label: "B" })]),
    ]),
  ]),
  child("controls", 50, "slider", { min: 0, max: 100, value: 40, divisions: { int: 10 }, label: "{value}", on_change: true }),
  child("controls", 51, "dropdown", { label: "Colour", value: "g", on_change: true }, [
    child("options", 52, "dropdownoption", { value: "r", text: "Red" }),
    child("options", 53, "dropdownoption", { value: "g", text: "Green" }),
  ]),
  child("controls", 60, "row", {}, [
    child("controls", 61, "progressring", {}),
    child("controls", 62, "progressring", { value: 0.7 }),
    child("controls", 63, "progressbar", { value: 0.4, expand: { int: 1 } }),
  ]),
  child("controls", 64, "progressbar", {}),
  child("controls", 70, "card", { elevation: 2 }, [
    child("content", 71, "column", { spacing: 0 }, [
      child("controls", 72, "listtile", { on_click: true }, [
        child("leading", 73, "icon", { name: "person" }),
        child("title", 74, "text", { value: "List tile" }),
        child("subtitle", 75, "text", { value: "Inside a card" }),
        child("trailing", 76, "icon", { name: "chat" }),
      ]),
      child("controls", 77, "divider", {}),
      child("controls", 78, "listtile", { selected: true }, [child("leading", 79, "icon", { name: "star" }), child("title", 80, "text", { value: "Selected tile" })]),
    ]),
  ]),
  child("controls", 90, "tabs", { selected_index: { int: 0 }, on_change: true }, [
    child("tabs", 91, "tab", { text: "Home", icon: "home" }, [child("content", 92, "text", { value: "Home tab" })]),
    child("tabs", 93, "tab", { text: "Search", icon: "search" }, [child("content", 94, "text", { value: "Search tab" })]),
  ]),
  child("controls", 100, "gridview", { runs_count: { int: 6 }, spacing: 8, run_spacing: 8 }, [
    ...["red", "pink", "purple", "indigo", "blue", "teal"].map((c, i) =>
      child("controls", 101 + i, "container", { bgcolor: `${c}300`, border_radius: 12, alignment: "center" }, [child("content", 120 + i, "icon", { name: ["home", "star", "info", "edit", "delete", "unicorn"][i]!, color: "white" })]),
    ),
  ]),
  child("floating_action_button", 130, "floatingactionbutton", { icon: "add", on_click: true }),
]);

let count = 0;
let seq = 1;
let stream: ServerResponse | undefined;

function page(): Buffer {
  return message({ case: "patch", value: batch(1, seq, [set(1, { title: "FletActors preview" }), add(1, "views", 0, gallery)], true) });
}

const files: Record<string, string> = { "/fletactors.js": "text/javascript", "/styles.css": "text/css" };

createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://localhost");
  if (req.method === "GET") {
    const type = files[url.pathname];
    const file = type ? url.pathname.slice(1) : "index.html";
    res.writeHead(200, { "content-type": type ?? "text/html" });
    res.end(readFileSync(join(dist, file)));
    return;
  }
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", () => {
    const body = Buffer.concat(chunks);
    const payload = body.subarray(5, 5 + body.readUInt32BE(1));
    res.writeHead(200, { "content-type": "application/grpc-web+proto" });
    if (url.pathname.endsWith("/Open")) {
      const request = fromBinary(OpenRequestSchema, payload);
      console.log("open", request.kind.case, JSON.stringify(request.kind.value, (_k, v) => (typeof v === "bigint" ? String(v) : v)));
      stream = res;
      res.write(message({ case: "started", value: { $typeName: "fletactors.v1.SessionStarted", sessionId: "preview", resumeToken: "preview-token", epoch: 1n, resumed: false, sessionTimeoutSeconds: 60, maxUnackedBatches: 16, lastInputSeq: 0n, restarted: false } }));
      seq = 1;
      res.write(page());
      return;
    }
    const request = fromBinary(SendRequestSchema, payload);
    for (const m of request.messages) {
      console.log("send", m.kind.case, JSON.stringify(m.kind.value, (_k, v) => (typeof v === "bigint" ? String(v) : v)));
      if (m.kind.case === "event" && m.kind.value.name === "click" && (m.kind.value.controlId === 11n || m.kind.value.controlId === 13n)) {
        count += m.kind.value.controlId === 13n ? 1 : -1;
        stream?.write(message({ case: "patch", value: batch(1, ++seq, [set(12, { value: String(count) })]) }));
      }
    }
    res.end(Buffer.concat([frame(0, toBinary(SendResponseSchema, create(SendResponseSchema))), frame(0x80, Buffer.from("grpc-status:0\r\n"))]));
  });
}).listen(port, "127.0.0.1", () => console.log(`preview on http://127.0.0.1:${port}/`));
