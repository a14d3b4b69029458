"""Sends a FletActors server what a hostile client would: huge names where the server must answer with an error.

Usage: python_long_input_client.py <stubs-dir> <host:port>
With python3-grpcio (which refuses response headers over its metadata limit, so an error text that echoed the
input whole would come back as RESOURCE_EXHAUSTED instead of the real status): a Register for an unknown app with a
32 768-character name, then on a real session an event and a write-back naming a 1 MiB name, and a Register with a
1 MiB route. Prints "PASS ..." lines and exits 0 on success; prints the failure and exits 1 otherwise.
"""
import queue
import sys

stubs_dir, target = sys.argv[1], sys.argv[2]
sys.path.insert(0, stubs_dir)

import grpc  # noqa: E402
import session_pb2 as pb  # noqa: E402

CONNECT = "/fletactors.v1.SessionService/Connect"
BUTTON_TEXT = "Say hello with delay!"
TIMEOUT = 30
SHORT = 300


def expect(condition, what):
    if not condition:
        raise AssertionError(what)


def open_stream(channel, first):
    connect = channel.stream_stream(CONNECT, request_serializer=pb.ClientMessage.SerializeToString,
                                    response_deserializer=pb.ServerMessage.FromString)
    outgoing = queue.Queue()
    outgoing.put(first)

    def requests():
        while True:
            item = outgoing.get()
            if item is None:
                return
            yield item

    return outgoing, connect(requests(), timeout=TIMEOUT)


def button_of(batch):
    def nodes(node):
        yield node
        for child in node.children:
            yield from nodes(child)

    for op in batch.ops:
        if op.WhichOneof("kind") == "add":
            for node in nodes(op.add.node):
                texts = [p.value.string_value for p in node.props if p.name == "text"]
                if node.type == "elevatedbutton" and BUTTON_TEXT in texts:
                    return node.id
    raise AssertionError("no hello button in the reset batch")


def next_error(responses, outgoing):
    for message in responses:
        kind = message.WhichOneof("kind")
        if kind == "patch":
            outgoing.put(pb.ClientMessage(ack=pb.Ack(epoch=message.patch.epoch, seq=message.patch.seq)))
        elif kind == "error":
            return message.error
    raise AssertionError("the stream ended without an error report")


def main():
    options = [("grpc.max_send_message_length", -1), ("grpc.max_receive_message_length", -1)]
    with grpc.insecure_channel(target, options=options) as channel:
        outgoing, responses = open_stream(channel, pb.ClientMessage(register=pb.Register(app="n" * 32768, route="/")))
        try:
            list(responses)
            raise AssertionError("a Register for an unknown app was accepted")
        except grpc.RpcError as error:
            expect(error.code() == grpc.StatusCode.NOT_FOUND, f"unknown app: {error.code()} {error.details()[:200]!r}")
            expect(len(error.details()) < SHORT and "(32768 characters)" in error.details(),
                   f"the status quotes a short, marked prefix: {len(error.details())} characters")
        print("PASS long app name: NOT_FOUND with a short status", flush=True)

        outgoing, responses = open_stream(channel, pb.ClientMessage(register=pb.Register(route="/" + "r" * (1 << 20))))
        started = next(responses)
        expect(started.WhichOneof("kind") == "started", f"a 1 MiB route still starts a session: {started.WhichOneof('kind')}")
        reset = next(responses)
        button = button_of(reset.patch)
        outgoing.put(pb.ClientMessage(ack=pb.Ack(epoch=reset.patch.epoch, seq=reset.patch.seq)))
        print("PASS long route: session started", flush=True)

        huge = "z" * (1 << 20)
        outgoing.put(pb.ClientMessage(event=pb.ControlEvent(control_id=button, name=huge)))
        error = next_error(responses, outgoing)
        expect(error.code == pb.ErrorCode.Value("ERROR_CODE_UNKNOWN_EVENT") and len(error.message) < SHORT,
               f"long event name: {pb.ErrorCode.Name(error.code)}, {len(error.message)} characters")
        print("PASS long event name: UNKNOWN_EVENT with a short report", flush=True)

        outgoing.put(pb.ClientMessage(write_back=pb.ValueWriteBack(control_id=button, prop=huge,
                                                                   value=pb.PropValue(string_value="x"))))
        error = next_error(responses, outgoing)
        expect(error.code == pb.ErrorCode.Value("ERROR_CODE_INVALID_VALUE") and len(error.message) < SHORT,
               f"long prop name: {pb.ErrorCode.Name(error.code)}, {len(error.message)} characters")
        print("PASS long prop name: INVALID_VALUE with a short report", flush=True)
        outgoing.put(None)


try:
    main()
except grpc.RpcError as error:
    print(f"FAIL rpc error {error.code()}: {(error.details() or '')[:300]}")
    sys.exit(1)
except Exception as error:  # noqa: BLE001 - any failure is the script's verdict
    print(f"FAIL {type(error).__name__}: {str(error)[:500]}")
    sys.exit(1)
