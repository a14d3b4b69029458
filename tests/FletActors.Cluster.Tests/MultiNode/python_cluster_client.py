"""Drives counter sessions of a FletActors cluster with python3-grpcio (an implementation we did not write).

Usage: python_cluster_client.py <stubs-dir> <balancer host:port> <node A host:port> <node B> <node C> <sessions>
1. Opens <sessions> sessions through the load balancer, one TCP connection each; each must be served its reset batch.
2. Registers a counter on node A, clicks +1, ends the stream, resumes it through node B (state kept: the next click
   shows 2), then sends clicks as numbered inputs with Send through nodes C, A and B (one of them a resend): each
   input is applied exactly once, in order.
Prints "PASS ..." lines and exits 0 on success; prints the failure and exits 1 otherwise.
"""
import queue
import sys

stubs_dir, balancer, node_a, node_b, node_c, count = sys.argv[1:7]
sys.path.insert(0, stubs_dir)

import grpc  # noqa: E402
import session_pb2 as pb  # noqa: E402
from session_tree import expect, nodes, prop  # noqa: E402

SERVICE = "/fletactors.v1.SessionService/"
TIMEOUT = 30


class Stream:
    """One Connect stream: a request queue and the response iterator."""

    def __init__(self, target, first):
        self.channel = grpc.insecure_channel(target)
        connect = self.channel.stream_stream(SERVICE + "Connect", request_serializer=pb.ClientMessage.SerializeToString,
                                             response_deserializer=pb.ServerMessage.FromString)
        self.outgoing = queue.Queue()
        self.outgoing.put(first)
        self.responses = connect(self._requests(), timeout=TIMEOUT)
        message = next(self.responses)
        expect(message.WhichOneof("kind") == "started", f"SessionStarted first, got {message}")
        self.started = message.started

    def _requests(self):
        while True:
            item = self.outgoing.get()
            if item is None:
                return
            yield item

    def send(self, message):
        self.outgoing.put(message)

    def next_batch(self):
        message = next(self.responses)
        while message.WhichOneof("kind") == "input_ack":
            # Confirmations of numbered inputs come between batches.
            message = next(self.responses)
        expect(message.WhichOneof("kind") == "patch", f"a patch batch, got {message}")
        batch = message.patch
        self.send(pb.ClientMessage(ack=pb.Ack(epoch=batch.epoch, seq=batch.seq)))
        return batch

    def end(self):
        self.outgoing.put(None)
        rest = [m for m in self.responses if m.WhichOneof("kind") != "patch"]
        self.channel.close()
        return rest


def register(target):
    return Stream(target, pb.ClientMessage(register=pb.Register(app="counter", route="/", page_width=800, page_height=600,
                                                                platform="python", user_agent="python3-grpcio")))


def counter_ids(reset):
    added = [n for op in reset.ops if op.WhichOneof("kind") == "add" for n in nodes(op.add.node)]
    add = [n.id for n in added if n.type == "iconbutton" and prop(n.props, "icon") == "add"]
    field = [n.id for n in added if n.type == "textfield"]
    expect(len(add) == 1 and len(field) == 1, f"one + button and one text field in the reset batch: {add} {field}")
    return add[0], field[0]


def value_after(stream, field):
    """Reads batches until one sets the field's value; returns that value."""
    while True:
        batch = stream.next_batch()
        for op in batch.ops:
            if op.WhichOneof("kind") == "set" and op.set.control_id == field:
                value = prop(op.set.props, "value")
                if value is not None:
                    return value, batch


def click(button, seq):
    return pb.ClientMessage(event=pb.ControlEvent(control_id=button, name="click"), input_seq=seq)


def spread():
    total = int(count)
    for i in range(total):
        stream = register(balancer)
        reset = stream.next_batch()
        expect(reset.reset, f"session {i} got its reset batch")
        counter_ids(reset)
        stream.end()
    print(f"PASS {total} sessions served through the balancer", flush=True)


def resume_and_send():
    first = register(node_a)
    started = first.started
    reset = first.next_batch()
    button, field = counter_ids(reset)
    first.send(click(button, 1))
    value, batch = value_after(first, field)
    expect(value == "1", f"first click shows 1, got {value}")
    first.end()
    print(f"PASS session {started.session_id} started on node A, clicked to 1", flush=True)

    resumed = Stream(node_b, pb.ClientMessage(resume=pb.Resume(session_id=started.session_id,
                                                               resume_token=started.resume_token, epoch=batch.epoch,
                                                               last_applied_seq=batch.seq)))
    expect(resumed.started.resumed and resumed.started.session_id == started.session_id,
           f"resumed the same session through node B: {resumed.started}")
    expect(resumed.started.last_input_seq == 1, f"node B reports input 1 taken: {resumed.started.last_input_seq}")
    resumed.send(click(button, 2))
    value, _ = value_after(resumed, field)
    expect(value == "2", f"the click through node B continues the count: 2, got {value}")
    print("PASS resumed through node B with state kept (2)", flush=True)

    senders = {name: grpc.insecure_channel(target) for name, target in (("A", node_a), ("B", node_b), ("C", node_c))}
    calls = {name: ch.unary_unary(SERVICE + "Send", request_serializer=pb.SendRequest.SerializeToString,
                                  response_deserializer=pb.SendResponse.FromString) for name, ch in senders.items()}
    plan = [("C", 3), ("A", 4), ("B", 3), ("C", 5), ("A", 4), ("B", 6)]
    for name, seq in plan:
        calls[name](pb.SendRequest(session_id=started.session_id, resume_token=started.resume_token,
                                   messages=[click(button, seq)]), timeout=TIMEOUT)
    seen = []
    while len(seen) < 4:
        value, _ = value_after(resumed, field)
        seen.append(value)
    expect(seen == ["3", "4", "5", "6"], f"inputs 3..6 through C, A, B each applied once in order: {seen}")
    resumed.send(click(button, 7))
    value, _ = value_after(resumed, field)
    expect(value == "7", f"no resend counted twice: the next click shows 7, got {value}")
    for ch in senders.values():
        ch.close()
    resumed.end()
    print("PASS inputs through nodes C, A, B applied once each, in order (3, 4, 5, 6, 7)", flush=True)


try:
    spread()
    resume_and_send()
except grpc.RpcError as error:
    print(f"FAIL rpc error {error.code()}: {error.details()}")
    sys.exit(1)
except Exception as error:  # noqa: BLE001 - any failure is the script's verdict
    print(f"FAIL {type(error).__name__}: {error}")
    sys.exit(1)
