// Drives a FletActors page session with @grpc/grpc-js (an implementation we did not write), the schema loaded at run
// time from the same .proto files by @grpc/proto-loader.
// Usage: node grpc_js_session_client.cjs <node-package-dir> <proto-root> <host:port>
// Registers over Connect, finds the "Say hello with delay!" button in the reset batch, clicks it, waits for the patch
// that adds "Hello!", acknowledges every batch, checks grpc.health.v1.Health/Check, and ends the stream.
// Prints "PASS ..." lines and exits 0 on success; prints the failure and exits 1 otherwise.
"use strict";
const path = require("node:path");
const { createRequire } = require("node:module");

const [packageDir, protoRoot, target] = process.argv.slice(2);
// The packages are installed once, by npm ci, in the gRPC tests' node folder.
const requireFromPackages = createRequire(path.join(path.resolve(packageDir), "package.json"));
const grpc = requireFromPackages("@grpc/grpc-js");
const protoLoader = requireFromPackages("@grpc/proto-loader");

const BUTTON_TEXT = "Say hello with delay!";
const loaderOptions = { keepCase: false, longs: Number, enums: String, defaults: true, oneofs: true, includeDirs: [protoRoot] };
const session = grpc.loadPackageDefinition(protoLoader.loadSync("fletactors/v1/session.proto", loaderOptions)).fletactors.v1;
const health = grpc.loadPackageDefinition(protoLoader.loadSync("grpc/health/v1/health.proto", loaderOptions)).grpc.health.v1;
const deadline = () => Date.now() + 20_000;

function expect(condition, what) {
  if (!condition) throw new Error(what);
}

function* nodes(node) {
  yield node;
  for (const child of node.children) yield* nodes(child);
}

function* addedNodes(batch) {
  for (const op of batch.ops) {
    if (op.kind === "add") yield* nodes(op.add.node);
  }
}

function stringProp(node, name) {
  const prop = node.props.find((p) => p.name === name && p.value?.kind === "stringValue");
  return prop?.value.stringValue;
}

/** Server messages as an async queue: next() resolves with a message, or null once the stream ended with OK. */
function messages(call) {
  const queued = [];
  const waiting = [];
  let ended = false;
  let failure = null;
  const settle = () => {
    while (waiting.length > 0 && (queued.length > 0 || ended || failure)) {
      const { resolve, reject } = waiting.shift();
      if (queued.length > 0) resolve(queued.shift());
      else if (failure) reject(failure);
      else resolve(null);
    }
  };
  call.on("data", (m) => { queued.push(m); settle(); });
  call.on("end", () => { ended = true; settle(); });
  call.on("error", (e) => { failure = e; settle(); });
  return { next: () => new Promise((resolve, reject) => { waiting.push({ resolve, reject }); settle(); }) };
}

async function main() {
  const client = new session.SessionService(target, grpc.credentials.createInsecure());
  const call = client.Connect({ deadline: deadline() });
  const incoming = messages(call);
  call.write({ register: { app: "", route: "/", pageWidth: 1024, pageHeight: 768, platform: "node", userAgent: "@grpc/grpc-js" } });

  const first = await incoming.next();
  expect(first?.kind === "started", `first message should be SessionStarted, got ${JSON.stringify(first)}`);
  const started = first.started;
  expect(!started.resumed && started.sessionId && started.resumeToken, `a new session with id and token, got ${JSON.stringify(started)}`);

  const second = await incoming.next();
  expect(second?.kind === "patch", `second message should be a patch batch, got ${JSON.stringify(second)}`);
  const reset = second.patch;
  expect(reset.reset && reset.epoch === started.epoch && reset.seq === 1,
    `the first batch resets at seq 1 of epoch ${started.epoch}: ${reset.epoch}/${reset.seq}/${reset.reset}`);
  const buttons = [...addedNodes(reset)].filter((n) => n.type === "elevatedbutton" && stringProp(n, "text") === BUTTON_TEXT);
  expect(buttons.length === 1, `one hello button in the reset batch, found ${buttons.length}`);
  const buttonId = buttons[0].id;
  call.write({ ack: { epoch: reset.epoch, seq: reset.seq } });
  console.log(`PASS registered session, button ${buttonId} in the reset batch`);

  call.write({ event: { controlId: buttonId, name: "click", data: "" } });
  let lastSeq = reset.seq;
  let hello = null;
  while (hello === null) {
    const message = await incoming.next();
    expect(message?.kind === "patch", `expected only patch batches after the click, got ${JSON.stringify(message)}`);
    expect(message.patch.seq === lastSeq + 1, `batches without gaps: ${message.patch.seq} after ${lastSeq}`);
    lastSeq = message.patch.seq;
    call.write({ ack: { epoch: message.patch.epoch, seq: message.patch.seq } });
    hello = [...addedNodes(message.patch)].find((n) => n.type === "text" && stringProp(n, "value") === "Hello!") ?? null;
  }
  console.log(`PASS click patched in Hello! as control ${hello.id} in batch ${lastSeq}`);

  const healthClient = new health.Health(target, grpc.credentials.createInsecure());
  for (const service of ["", "fletactors.v1.SessionService"]) {
    const response = await new Promise((resolve, reject) =>
      healthClient.Check({ service }, { deadline: deadline() }, (e, r) => (e ? reject(e) : resolve(r))));
    expect(response.status === "SERVING", `health of ${JSON.stringify(service)}: ${response.status}`);
  }
  console.log("PASS health SERVING");

  call.end();
  const rest = await incoming.next();
  expect(rest === null, `nothing more after the client ended its half, got ${JSON.stringify(rest)}`);
  console.log("PASS stream ended with OK");
  client.close();
  healthClient.close();
}

main().then(
  () => process.exit(0),
  (error) => {
    console.log(`FAIL ${error?.code !== undefined ? `rpc error ${error.code}: ${error.details}` : error?.stack ?? error}`);
    process.exit(1);
  });
