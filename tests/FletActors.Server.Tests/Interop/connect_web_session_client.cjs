// Drives a FletActors page session the way a browser does, over gRPC-Web on HTTP/1.1, with
// @connectrpc/connect-node's gRPC-Web transport (an implementation we did not write): Open streams the session down,
// Send carries the click and the acknowledgements up. The schema is loaded at run time from a FileDescriptorSet
// that protoc made from the same .proto files.
// Usage: node connect_web_session_client.cjs <node-package-dir> <descriptor-set> <base-url>
// Prints "PASS ..." lines and exits 0 on success; prints the failure and exits 1 otherwise.
"use strict";
const path = require("node:path");
const { readFileSync } = require("node:fs");
const { createRequire } = require("node:module");

const [packageDir, descriptorSet, baseUrl] = process.argv.slice(2);
// The packages are installed once, by npm ci, in the gRPC tests' node folder.
const requireFromPackages = createRequire(path.join(path.resolve(packageDir), "package.json"));
const { createFileRegistry, fromBinary } = requireFromPackages("@bufbuild/protobuf");
const { FileDescriptorSetSchema } = requireFromPackages("@bufbuild/protobuf/wkt");
const { createClient, ConnectError } = requireFromPackages("@connectrpc/connect");
const { createGrpcWebTransport } = requireFromPackages("@connectrpc/connect-node");

const BUTTON_TEXT = "Say hello with delay!";
const registry = createFileRegistry(fromBinary(FileDescriptorSetSchema, readFileSync(descriptorSet)));
const transport = createGrpcWebTransport({ baseUrl, httpVersion: "1.1", useBinaryFormat: true });
const client = createClient(registry.getService("fletactors.v1.SessionService"), transport);

function expect(condition, what) {
  if (!condition) throw new Error(what);
}

function* nodes(node) {
  yield node;
  for (const child of node.children) yield* nodes(child);
}

function* addedNodes(batch) {
  for (const op of batch.ops) {
    if (op.kind.case === "add") yield* nodes(op.kind.value.node);
  }
}

function stringProp(node, name) {
  const prop = node.props.find((p) => p.name === name && p.value?.kind.case === "stringValue");
  return prop?.value.kind.value;
}

async function main() {
  const abort = new AbortController();
  const stream = client.open({ kind: { case: "register", value: { app: "", route: "/", platform: "web", userAgent: "connect-node" } } },
    { signal: abort.signal, timeoutMs: 20_000 })[Symbol.asyncIterator]();
  const next = async () => {
    const { value, done } = await stream.next();
    expect(!done, "the Open stream ended early");
    return value;
  };

  const first = await next();
  expect(first.kind.case === "started", `first message should be SessionStarted, got ${first.kind.case}`);
  const started = first.kind.value;
  expect(!started.resumed && started.sessionId && started.resumeToken, "a new session with id and token");
  const credentials = { sessionId: started.sessionId, resumeToken: started.resumeToken };

  const second = await next();
  expect(second.kind.case === "patch", `second message should be a patch batch, got ${second.kind.case}`);
  const reset = second.kind.value;
  expect(reset.reset && reset.epoch === started.epoch && reset.seq === 1n,
    `the first batch resets at seq 1 of epoch ${started.epoch}: ${reset.epoch}/${reset.seq}/${reset.reset}`);
  const buttons = [...addedNodes(reset)].filter((n) => n.type === "elevatedbutton" && stringProp(n, "text") === BUTTON_TEXT);
  expect(buttons.length === 1, `one hello button in the reset batch, found ${buttons.length}`);
  const buttonId = buttons[0].id;
  console.log(`PASS registered session over Open, button ${buttonId} in the reset batch`);

  await client.send({
    ...credentials,
    messages: [
      { kind: { case: "ack", value: { epoch: reset.epoch, seq: reset.seq } } },
      { kind: { case: "event", value: { controlId: buttonId, name: "click" } } },
    ],
  });
  let lastSeq = reset.seq;
  let hello = null;
  while (hello === null) {
    const message = await next();
    expect(message.kind.case === "patch", `expected only patch batches after the click, got ${message.kind.case}`);
    const batch = message.kind.value;
    expect(batch.seq === lastSeq + 1n, `batches without gaps: ${batch.seq} after ${lastSeq}`);
    lastSeq = batch.seq;
    await client.send({ ...credentials, messages: [{ kind: { case: "ack", value: { epoch: batch.epoch, seq: batch.seq } } }] });
    hello = [...addedNodes(batch)].find((n) => n.type === "text" && stringProp(n, "value") === "Hello!") ?? null;
  }
  console.log(`PASS click over Send patched in Hello! as control ${hello.id} in batch ${lastSeq}`);

  try {
    await client.send({ sessionId: started.sessionId, resumeToken: "not-the-token", messages: [] });
    throw new Error("Send with a wrong token succeeded");
  } catch (error) {
    const e = ConnectError.from(error);
    expect(e.code === 7, `wrong token: expected PERMISSION_DENIED (7), got ${e.code} ${e.rawMessage}`);
  }
  console.log("PASS wrong token refused with PERMISSION_DENIED");
  abort.abort();
}

main().then(
  () => process.exit(0),
  (error) => {
    console.log(`FAIL ${error?.stack ?? error}`);
    process.exit(1);
  });
