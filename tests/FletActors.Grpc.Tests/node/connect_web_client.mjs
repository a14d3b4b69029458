// Runs one gRPC-Web case against the server over HTTP/1.1 with @connectrpc/connect-node's gRPC-Web transport
// (binary protobuf), loading the schema at run time from a FileDescriptorSet made by protoc.
// Usage: node connect_web_client.mjs <descriptor-set> <base-url> <max-message-size> <case>
// Prints "PASS <case>" and exits 0 on success; prints the failure and exits 1 otherwise.
import { readFileSync } from "node:fs";
import { createFileRegistry, fromBinary } from "@bufbuild/protobuf";
import { FileDescriptorSetSchema } from "@bufbuild/protobuf/wkt";
import { Code, ConnectError, createClient } from "@connectrpc/connect";
import { createGrpcWebTransport } from "@connectrpc/connect-node";

const [descriptorSet, baseUrl, maxSizeText, testCase] = process.argv.slice(2);
const maxMessageSize = Number(maxSizeText);
const SPECIAL_MESSAGE = "\t\ntest with whitespace\r\nand Unicode BMP \u263a and non-BMP \u{1F608}\t\n";
const registry = createFileRegistry(fromBinary(FileDescriptorSetSchema, readFileSync(descriptorSet)));
const transport = createGrpcWebTransport({ baseUrl, httpVersion: "1.1", useBinaryFormat: true });
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

const cases = {
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
