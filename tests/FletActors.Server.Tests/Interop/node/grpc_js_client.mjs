// Runs one interop case against a gRPC server with @grpc/grpc-js (an implementation we did not write).
// Usage: node grpc_js_client.mjs <proto-dir> <health-proto-dir> <host:port> <max-message-size> <case>
// Prints "PASS <case>" and exits 0 on success; prints the failure and exits 1 otherwise. The "compressed_" cases run
// with gzip as the channel's default compression, against a server that compresses responses with gzip.
import grpc from "@grpc/grpc-js";
import protoLoader from "@grpc/proto-loader";

const [protoDir, healthDir, target, maxSizeText, testCase] = process.argv.slice(2);
const maxMessageSize = Number(maxSizeText);
const SPECIAL_MESSAGE = "\t\ntest with whitespace\r\nand Unicode BMP \u263a and non-BMP \u{1F608}\t\n";
const loaderOptions = { keepCase: false, longs: Number, enums: String, defaults: true, includeDirs: [protoDir, healthDir] };
const interop = grpc.loadPackageDefinition(protoLoader.loadSync("interop_test.proto", loaderOptions)).fletactors.interop;
const health = grpc.loadPackageDefinition(protoLoader.loadSync("health.proto", loaderOptions)).grpc.health.v1;
const GZIP = 2; // grpc-js's compressionAlgorithms: identity 0, deflate 1, gzip 2
const channelOptions = {
  "grpc.max_send_message_length": -1,
  "grpc.max_receive_message_length": -1,
  ...(testCase.startsWith("compressed_") ? { "grpc.default_compression_algorithm": GZIP } : {}),
};
const client = new interop.TestService(target, grpc.credentials.createInsecure(), channelOptions);

function expect(condition, what) {
  if (!condition) throw new Error(what);
}

function expectStatus(error, code, what) {
  expect(error && error.code === code, `${what}: expected ${code}, got ${error?.code} (${JSON.stringify(error?.details)})`);
}

const payload = (size) => ({ body: Buffer.alloc(size) });
const unary = (method, request, options = {}) =>
  new Promise((resolve, reject) => client[method](request, new grpc.Metadata(), options, (e, r) => (e ? reject(e) : resolve(r))));

async function failsWith(promise, code, what) {
  try {
    await promise;
  } catch (error) {
    expectStatus(error, code, what);
    return error;
  }
  throw new Error(`${what}: the call succeeded`);
}

function nextMessage(call) {
  return new Promise((resolve, reject) => {
    const onData = (m) => { cleanup(); resolve(m); };
    const onEnd = () => { cleanup(); resolve(null); };
    const onError = (e) => { cleanup(); reject(e); };
    const cleanup = () => { call.off("data", onData); call.off("end", onEnd); call.off("error", onError); };
    call.on("data", onData); call.on("end", onEnd); call.on("error", onError);
  });
}

const statusOf = (call) => new Promise((resolve) => call.on("status", resolve));

function unaryWithStatus(method, request) {
  let call;
  const response = new Promise((resolve, reject) => {
    call = client[method](request, new grpc.Metadata(), {}, (e, r) => (e ? reject(e) : resolve(r)));
  });
  return Promise.all([response, statusOf(call)]);
}

// The server reports in trailers how the call was compressed; grpc-js hides grpc-encoding itself.
function expectGzip(metadata, what, { request = true, response = true } = {}) {
  const [requestEncoding] = metadata.get("x-request-encoding");
  const [responseEncoding] = metadata.get("x-response-encoding");
  if (request) expect(requestEncoding === "gzip", `${what}: requests were sent with grpc-encoding ${requestEncoding}`);
  if (response) expect(responseEncoding === "gzip", `${what}: responses were sent with grpc-encoding ${responseEncoding}`);
}

function collect(call) {
  return new Promise((resolve, reject) => {
    const items = [];
    call.on("data", (m) => items.push(m));
    call.on("error", reject);
    call.on("end", () => resolve(items));
  });
}

const cases = {
  async ping_pong() {
    const call = client.FullDuplexCall();
    call.pause();
    for (const [responseSize, payloadSize] of [[31415, 27182], [9, 8], [2653, 1828], [58979, 45904]]) {
      call.write({ responseParameters: [{ size: responseSize }], payload: payload(payloadSize) });
      const pending = nextMessage(call);
      call.resume();
      const response = await pending;
      call.pause();
      expect(response.payload.body.length === responseSize, `response size ${response.payload.body.length}`);
    }
    call.end();
    const ending = nextMessage(call);
    call.resume();
    expect((await ending) === null, "stream should end after the client finishes");
  },
  async empty_stream() {
    const call = client.FullDuplexCall();
    const done = collect(call);
    call.end();
    expect((await done).length === 0, "no responses expected");
  },
  async cancel_after_begin() {
    const result = new Promise((resolve) => {
      const call = client.StreamingInputCall((error) => resolve(error));
      call.cancel();
    });
    expectStatus(await result, grpc.status.CANCELLED, "cancel after begin");
  },
  async cancel_after_first_response() {
    const call = client.FullDuplexCall();
    call.write({ responseParameters: [{ size: 31415 }], payload: payload(27182) });
    const first = await nextMessage(call);
    expect(first.payload.body.length === 31415, "first response size");
    const failure = new Promise((resolve) => call.on("error", resolve));
    call.cancel();
    expectStatus(await failure, grpc.status.CANCELLED, "after cancel");
  },
  async timeout_on_sleeping_server() {
    const call = client.FullDuplexCall({ deadline: Date.now() + 1 });
    call.write({ payload: payload(27182) });
    await failsWith(collect(call), grpc.status.DEADLINE_EXCEEDED, "sleeping server");
  },
  async status_code_and_message() {
    const status = { code: 2, message: "test status message" };
    const unaryError = await failsWith(unary("UnaryCall", { responseStatus: status }), grpc.status.UNKNOWN, "unary");
    expect(unaryError.details === "test status message", `details ${JSON.stringify(unaryError.details)}`);
    const call = client.FullDuplexCall();
    const done = collect(call);
    call.write({ responseStatus: status });
    call.end();
    const duplexError = await failsWith(done, grpc.status.UNKNOWN, "duplex");
    expect(duplexError.details === "test status message", `details ${JSON.stringify(duplexError.details)}`);
  },
  async special_status_message() {
    const error = await failsWith(unary("UnaryCall", { responseStatus: { code: 2, message: SPECIAL_MESSAGE } }),
      grpc.status.UNKNOWN, "special message");
    expect(error.details === SPECIAL_MESSAGE, `details ${JSON.stringify(error.details)}`);
  },
  async unimplemented_method() {
    await failsWith(unary("UnimplementedCall", {}), grpc.status.UNIMPLEMENTED, "unimplemented method");
  },
  async unimplemented_service() {
    const generic = new grpc.Client(target, grpc.credentials.createInsecure());
    const call = new Promise((resolve, reject) => generic.makeUnaryRequest(
      "/fletactors.interop.UnimplementedService/UnimplementedCall", (x) => x, (x) => x, Buffer.alloc(0),
      (e, r) => (e ? reject(e) : resolve(r))));
    await failsWith(call, grpc.status.UNIMPLEMENTED, "unimplemented service");
  },
  async large_unary_at_limit() {
    const response = await unary("UnaryCall", requestOfSize(maxMessageSize));
    expect(response.payload.body.length === 0, "empty response payload");
  },
  async large_unary_over_limit() {
    await failsWith(unary("UnaryCall", requestOfSize(maxMessageSize + 1)), grpc.status.RESOURCE_EXHAUSTED, "over limit");
  },
  async health_check() {
    const healthClient = new health.Health(target, grpc.credentials.createInsecure());
    const check = (service) => new Promise((resolve, reject) =>
      healthClient.Check({ service }, (e, r) => (e ? reject(e) : resolve(r))));
    const response = await check("");
    expect(response.status === "SERVING", `status ${response.status}`);
    await failsWith(check("no.such.Service"), grpc.status.NOT_FOUND, "unknown service");
  },
  async compressed_large_unary() {
    const [response, status] = await unaryWithStatus("UnaryCall", { responseSize: 200000, payload: payload(100000) });
    expect(response.payload.body.length === 200000, `response size ${response.payload.body.length}`);
    expectGzip(status.metadata, "large unary");
  },
  async compressed_server_streaming() {
    // A 9-byte response among large ones: every message of a gzip stream arrives whole.
    const sizes = [31415, 9, 2653, 58979];
    const call = client.StreamingOutputCall({ responseParameters: sizes.map((size) => ({ size })) });
    const status = statusOf(call);
    const received = (await collect(call)).map((m) => m.payload.body.length);
    expect(JSON.stringify(received) === JSON.stringify(sizes), `response sizes ${received}`);
    expectGzip((await status).metadata, "server streaming");
  },
  async compressed_client_streaming() {
    const sizes = [27182, 8, 1828, 45904];
    let call;
    const result = new Promise((resolve, reject) => {
      call = client.StreamingInputCall((e, r) => (e ? reject(e) : resolve(r)));
    });
    const status = statusOf(call);
    for (const size of sizes) call.write({ payload: payload(size) });
    call.end();
    const response = await result;
    const total = sizes.reduce((a, b) => a + b, 0);
    expect(response.aggregatedPayloadSize === total, `aggregated ${response.aggregatedPayloadSize}`);
    expectGzip((await status).metadata, "client streaming", { response: false });
  },
  async compressed_ping_pong() {
    const call = client.FullDuplexCall();
    const status = statusOf(call);
    call.pause();
    for (const [responseSize, payloadSize] of [[31415, 27182], [9, 8], [2653, 1828], [58979, 45904]]) {
      call.write({ responseParameters: [{ size: responseSize }], payload: payload(payloadSize) });
      const pending = nextMessage(call);
      call.resume();
      const response = await pending;
      call.pause();
      expect(response.payload.body.length === responseSize, `response size ${response.payload.body.length}`);
    }
    call.end();
    const ending = nextMessage(call);
    call.resume();
    expect((await ending) === null, "stream should end after the client finishes");
    expectGzip((await status).metadata, "ping pong");
  },
  async compressed_unary_at_limit() {
    const [response, status] = await unaryWithStatus("UnaryCall", requestOfSize(maxMessageSize));
    expect(response.payload.body.length === 0, "empty response payload");
    expectGzip(status.metadata, "at limit", { response: false });
  },
  async compressed_unary_over_limit() {
    // A few hundred bytes of gzip that inflate past the server's limit: refused by the decompressed size.
    const error = await failsWith(unary("UnaryCall", requestOfSize(maxMessageSize + 1)), grpc.status.RESOURCE_EXHAUSTED,
      "over limit decompressed");
    expect(String(error.details).includes("exceeds the maximum"), `details ${JSON.stringify(error.details)}`);
  },
};

// SimpleRequest { payload { body } }: tag + length varint around Payload, which is tag + length varint + body.
function requestOfSize(total) {
  const varintSize = (n) => (n < 128 ? 1 : n < 16384 ? 2 : n < 2097152 ? 3 : 4);
  for (let body = total; body > 0; body--) {
    const inner = 1 + varintSize(body) + body;
    if (1 + varintSize(inner) + inner === total) return { payload: payload(body) };
  }
  throw new Error(`no request of ${total} bytes`);
}

try {
  await cases[testCase]();
  console.log(`PASS ${testCase}`);
  process.exit(0);
} catch (error) {
  console.log(`FAIL ${testCase}: ${error?.stack ?? error}`);
  process.exit(1);
}
