"""Drives a FletActors page session with python3-grpcio (an implementation we did not write).

Usage: python_session_client.py <stubs-dir> <host:port>
Registers over Connect, finds the "Say hello with delay!" button in the reset batch, clicks it, waits for the patch
that adds "Hello!", acknowledges every batch, checks grpc.health.v1.Health/Check, and ends the stream.
Prints "PASS ..." lines and exits 0 on success; prints the failure and exits 1 otherwise.
"""
import queue
import sys

stubs_dir, target = sys.argv[1], sys.argv[2]
sys.path.insert(0, stubs_dir)

import grpc  # noqa: E402
import health_pb2  # noqa: E402
import session_pb2 as pb  # noqa: E402

SERVICE = "/fletactors.v1.SessionService/"
BUTTON_TEXT = "Say hello with delay!"
TIMEOUT = 20


def expect(condition, what):
    if not condition:
        raise AssertionError(what)


def string_prop(node, name):
    for prop in node.props:
        if prop.name == name and prop.value.WhichOneof("kind") == "string_value":
            return prop.value.string_value
    return None


def nodes(node):
    yield node
    for child in node.children:
        yield from nodes(child)


def added_nodes(batch):
    for op in batch.ops:
        if op.WhichOneof("kind") == "add":
            yield from nodes(op.add.node)


def main():
    with grpc.insecure_channel(target) as channel:
        connect = channel.stream_stream(SERVICE + "Connect", request_serializer=pb.ClientMessage.SerializeToString,
                                        response_deserializer=pb.ServerMessage.FromString)
        outgoing = queue.Queue()

        def requests():
            while True:
                item = outgoing.get()
                if item is None:
                    return
                yield item

        outgoing.put(pb.ClientMessage(register=pb.Register(app="", route="/", page_width=1024, page_height=768,
                                                           platform="python", user_agent="python3-grpcio")))
        responses = connect(requests(), timeout=TIMEOUT)

        first = next(responses)
        expect(first.WhichOneof("kind") == "started", f"first message should be SessionStarted, got {first}")
        started = first.started
        expect(not started.resumed and started.session_id and started.resume_token,
               f"a new session with id and token, got {started}")

        reset = next(responses)
        expect(reset.WhichOneof("kind") == "patch", f"second message should be a patch batch, got {reset}")
        batch = reset.patch
        expect(batch.reset and batch.epoch == started.epoch and batch.seq == 1,
               f"the first batch resets at seq 1 of epoch {started.epoch}: {batch.epoch}/{batch.seq}/{batch.reset}")
        buttons = [n for n in added_nodes(batch) if n.type == "elevatedbutton" and string_prop(n, "text") == BUTTON_TEXT]
        expect(len(buttons) == 1, f"one hello button in the reset batch, found {len(buttons)}")
        button_id = buttons[0].id
        outgoing.put(pb.ClientMessage(ack=pb.Ack(epoch=batch.epoch, seq=batch.seq)))
        print(f"PASS registered session, button {button_id} in the reset batch", flush=True)

        outgoing.put(pb.ClientMessage(event=pb.ControlEvent(control_id=button_id, name="click")))
        last_seq = batch.seq
        hello = None
        while hello is None:
            message = next(responses)
            kind = message.WhichOneof("kind")
            expect(kind == "patch", f"expected only patch batches after the click, got {message}")
            expect(message.patch.seq == last_seq + 1, f"batches without gaps: {message.patch.seq} after {last_seq}")
            last_seq = message.patch.seq
            outgoing.put(pb.ClientMessage(ack=pb.Ack(epoch=message.patch.epoch, seq=message.patch.seq)))
            hellos = [n for n in added_nodes(message.patch) if n.type == "text" and string_prop(n, "value") == "Hello!"]
            if hellos:
                hello = hellos[0]
        print(f"PASS click patched in Hello! as control {hello.id} in batch {last_seq}", flush=True)

        check = channel.unary_unary("/grpc.health.v1.Health/Check",
                                    request_serializer=health_pb2.HealthCheckRequest.SerializeToString,
                                    response_deserializer=health_pb2.HealthCheckResponse.FromString)
        for service in ("", "fletactors.v1.SessionService"):
            status = check(health_pb2.HealthCheckRequest(service=service), timeout=TIMEOUT).status
            expect(status == health_pb2.HealthCheckResponse.SERVING, f"health of {service!r}: {status}")
        print("PASS health SERVING", flush=True)

        outgoing.put(None)
        rest = list(responses)
        expect(rest == [], f"nothing more after the client ended its half, got {rest}")
        print("PASS stream ended with OK", flush=True)


try:
    main()
except grpc.RpcError as error:
    print(f"FAIL rpc error {error.code()}: {error.details()}")
    sys.exit(1)
except Exception as error:  # noqa: BLE001 - any failure is the script's verdict
    print(f"FAIL {type(error).__name__}: {error}")
    sys.exit(1)
