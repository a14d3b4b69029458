// Runs one gRPC-Web case against the server over HTTP/1.1 with @connectrpc/connect-node's gRPC-Web transport
// (binary protobuf), loading the schema at run time from a FileDescriptorSet made by protoc.
// Usage: node connect_web_client.mjs <descriptor-set> <base-url> <max-message-size> <case>
// Prints "PASS <case>" and exits 0 on success; prints the failure and exits 1 otherwise. The "web_compressed_" cases
// send gzip and accept gzip, against a server that compresses responses with gzip.
import { readFileSync } from "node:fs";
import { createFileRegistry, fromBinary } from "@bufbuild/protobuf";
import { FileDescriptorSetSchema } from "@bufbuild/protobuf/wkt";
import { Code, ConnectError, createClient } from "@connectrpc/connect";
import { compressionGzip, createGrpcWebTransport } from "@connectrpc/connect-node";

const [descriptorSet, baseUrl, maxSizeText, testCase] = process.argv.slice(2);
const maxMessageSize = Number(maxSizeText);
const SPECIAL_MESSAGE = "\t\ntest with whitespace\r\nand Unicode BMP \u263a and non-BMP \u{1F608}\t\n";
const registry = createFileRegistry(fromBinary(FileDescriptorSetSchema, readFileSync(descriptorSet)));
const compression = testCase.startsWith("web_compressed_")
  ? { sendCompression: compressionGzip, acceptCompression: [compressionGzip], compressMinBytes: 1024 }
  : {};
const transport = createGrpcWebTransport({ baseUrl, httpVersion: "1.1", useBinaryFormat: true, ...compression });
const client = createClient(registry.getService("fletactors.interop.TestService"), transport);

function expect(condition, what) {
  if (!condition) throw new Error(what);
}

async function failsWith(promise, code, what) {
  try {
    await promise;
  } catch (error) {
    const e = ConnectError.from(error);
    expect(e.code === code, `${what}: expected ${Code[code]}, got ${Code[e.code]} (${JSON.stringify(e.rawMessage)})`);
    return e;
  }
  throw new Error(`${what}: the call succeeded`);
}

// The server reports in trailers how the call was compressed.
function expectGzip(trailers, what, { request = true, response = true } = {}) {
  if (request) {
    expect(trailers?.get("x-request-encoding") === "gzip",
      `${what}: requests were sent with grpc-encoding ${trailers?.get("x-request-encoding")}`);
  }
  if (response) {
    expect(trailers?.get("x-response-encoding") === "gzip",
      `${what}: responses were sent with grpc-encoding ${trailers?.get("x-response-encoding")}`);
  }
}

const cases = {
  async web_compressed_unary() {
    let trailers;
    const response = await client.unaryCall({ responseSize: 31415, payload: { body: new Uint8Array(27182) } },
      { onTrailer: (t) => { trailers = t; } });
    expect(response.payload.body.length === 31415, `response size ${response.payload?.body.length}`);
    expectGzip(trailers, "unary");
  },
  async web_compressed_server_streaming() {
    // A 9-byte response among large ones: every message of a gzip stream arrives whole.
    const sizes = [31415, 9, 2653, 58979];
    const received = [];
    let trailers;
    for await (const response of client.streamingOutputCall({ responseParameters: sizes.map((size) => ({ size })) },
      { onTrailer: (t) => { trailers = t; } })) {
      received.push(response.payload.body.length);
    }
    expect(JSON.stringify(received) === JSON.stringify(sizes), `sizes ${JSON.stringify(received)}`);
    expectGzip(trailers, "server streaming", { request: false });
  },
  async web_compressed_over_limit() {
    // A few hundred bytes of gzip that inflate past the server's limit: refused by the decompressed size.
    const error = await failsWith(client.unaryCall({ payload: { body: new Uint8Array(maxMessageSize) } }),
      Code.ResourceExhausted, "over limit decompressed");
    expect(error.rawMessage.includes("exceeds the maximum"), `message ${JSON.stringify(error.rawMessage)}`);
  },
  async web_empty_call() {
    await client.emptyCall({});
  },
  async web_unary() {
    const response = await client.unaryCall({ responseSize: 31415, payload: { body: new Uint8Array(27182) } });
    expect(response.payload.body.length === 31415, `response size ${response.payload?.body.length}`);
  },
  async web_server_streaming() {
    const sizes = [31415, 9, 2653, 58979];
    const received = [];
    for await (const response of client.streamingOutputCall({ responseParameters: sizes.map((size) => ({ size })) })) {
      received.push(response.payload.body.length);
    }
    expect(JSON.stringify(received) === JSON.stringify(sizes), `sizes ${JSON.stringify(received)}`);
  },
  async web_status_code_and_message() {
    const error = await failsWith(client.unaryCall({ responseStatus: { code: 2, message: SPECIAL_MESSAGE } }),
      Code.Unknown, "special message");
    expect(error.rawMessage === SPECIAL_MESSAGE, `message ${JSON.stringify(error.rawMessage)}`);
  },
  async web_streaming_error_after_messages() {
    const received = [];
    const run = (async () => {
      for await (const response of client.streamingOutputCall({
        responseParameters: [{ size: 5 }], responseStatus: { code: 0 } })) {
        received.push(response);
      }
    })();
    await run;
    expect(received.length === 1, `received ${received.length}`);
    await failsWith((async () => {
      for await (const _ of client.streamingOutputCall({ responseStatus: { code: 9, message: "not now" } })) {
        // no messages expected
      }
    })(), Code.FailedPrecondition, "streaming status");
  },
  async web_unimplemented_method() {
    await failsWith(client.unimplementedCall({}), Code.Unimplemented, "unimplemented");
  },
  async web_over_limit() {
    await failsWith(client.unaryCall({ payload: { body: new Uint8Array(maxMessageSize) } }),
      Code.ResourceExhausted, "over limit");
  },
};

try {
  await cases[testCase]();
  console.log(`PASS ${testCase}`);
  process.exit(0);
} catch (error) {
  console.log(`FAIL ${testCase}: ${error?.stack ?? error}`);
  process.exit(1);
}
