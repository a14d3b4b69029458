"""Checks with python3-grpcio that a signed-in user's session admits only that user through another node.

Usage: python_identity_client.py <stubs-dir> live <node A host:port> <node A http url> <node B host:port> <node B http url>
       python_identity_client.py <stubs-dir> restart <node A host:port> <node A http url> <node B host:port>
           <node B http url> <node B pid>
       python_identity_client.py <stubs-dir> balanced <gRPC balancer host:port> <HTTP balancer url>
The auth sample runs as a two-node cluster; its greeter needs a signed-in user. The nodes share their cookie keys, so
a cookie either node issued is good on both.

live:
1. ada starts a greeter session on node A (the page greets her).
2. Resuming it through node B is refused: UNAUTHENTICATED without a cookie, PERMISSION_DENIED as grace.
3. ada's Send through node B reaches the session: its stream on node A confirms the input (so the refused resumes
   took nothing from that stream).
4. A Send through node B is refused: UNAUTHENTICATED without a cookie, PERMISSION_DENIED as grace.
5. ada resumes through node B: the session reports the one input she sent (the refused ones took no number), and
   an input on the resumed stream reaches the session too.

restart:
1. ada starts a greeter session on node B, then node B is stopped with SIGTERM: the session closes with
   REASON_NODE_LEAVING, and its record stays for a restart on node A.
2. Resuming it through node A, once node A finds that record, is refused: PERMISSION_DENIED as grace,
   UNAUTHENTICATED without a cookie.
3. ada's resume through node A starts the app again for her (restarted, a new session id, the page greets her).

balanced: every call on a connection of its own through round-robin balancers, so of two calls in a row one lands on
each node. ada signs in and starts a greeter session; resumes and Sends without a cookie and as grace, each twice, are
refused (UNAUTHENTICATED, PERMISSION_DENIED); ada's two Sends reach the session and her resume resumes it.
Prints "PASS ..." lines and exits 0 on success; prints the failure and exits 1 otherwise.
"""
import http.client
import os
import signal
import sys
import time
import urllib.parse

stubs_dir, mode = sys.argv[1:3]
sys.path.insert(0, stubs_dir)

import grpc  # noqa: E402
import session_pb2 as pb  # noqa: E402
from session_tree import OWN_CONNECTION, SERVICE, Connect, expect, nodes, prop  # noqa: E402

APP = "greeter"
PASSWORDS = {"ada": "lovelace", "grace": "hopper"}
TIMEOUT = 30
RESTART_DEADLINE = 90
POLL_SECONDS = 0.05


def sign_in(http_base, user):
    url = urllib.parse.urlsplit(http_base)
    connection = http.client.HTTPConnection(url.hostname, url.port, timeout=TIMEOUT)
    body = urllib.parse.urlencode({"user": user, "password": PASSWORDS[user]})
    connection.request("POST", "/sign-in", body, {"Content-Type": "application/x-www-form-urlencoded"})
    response = connection.getresponse()
    response.read()
    expect(response.status == 302, f"sign-in of {user} at {http_base} answers 302, got {response.status}")
    cookie = response.getheader("Set-Cookie")
    expect(cookie, f"sign-in of {user} sets a cookie")
    return [("cookie", cookie.split(";", 1)[0])]


class Stream(Connect):
    """One Connect stream with the caller's metadata; it remembers the last patch batch it acknowledged."""

    def __init__(self, target, first, metadata):
        super().__init__(target, first, TIMEOUT, metadata)
        self.last_batch = None

    def send(self, message):
        self.outgoing.put(message)

    def next_message(self):
        """The next message other than a patch batch; batches are acknowledged and remembered on the way."""
        while True:
            message = next(self.responses)
            if message.WhichOneof("kind") != "patch":
                return message
            self.last_batch = message.patch
            self.send(pb.ClientMessage(ack=pb.Ack(epoch=message.patch.epoch, seq=message.patch.seq)))

    def next_batch(self):
        message = next(self.responses)
        expect(message.WhichOneof("kind") == "patch", f"a patch batch, got {message}")
        self.last_batch = message.patch
        self.send(pb.ClientMessage(ack=pb.Ack(epoch=message.patch.epoch, seq=message.patch.seq)))
        return message.patch


def register():
    return pb.ClientMessage(register=pb.Register(app=APP, route="/", page_width=800, page_height=600,
                                                 platform="python", user_agent="python3-grpcio"))


def resize(seq):
    return pb.ClientMessage(page_event=pb.PageEvent(resize=pb.Resize(width=900 + seq, height=600)), input_seq=seq)


def texts(batch):
    for op in batch.ops:
        if op.WhichOneof("kind") == "add":
            for node in nodes(op.add.node):
                if node.type == "text" and prop(node.props, "value") is not None:
                    yield prop(node.props, "value")


def expect_ack(stream, seq):
    """Reads until an InputAck confirms input seq; a confirmation of earlier inputs again (on a new stream) may come first."""
    while True:
        message = stream.next_message()
        expect(message.WhichOneof("kind") == "input_ack", f"an InputAck, got {message}")
        if message.input_ack.last_input_seq >= seq:
            expect(message.input_ack.last_input_seq == seq, f"input {seq} confirmed, got {message.input_ack.last_input_seq}")
            return


def refusal(call):
    try:
        outcome = call()
    except grpc.RpcError as error:
        return error.code(), error.details()
    raise AssertionError(f"expected a refusal, got {outcome}")


def refused_resume(target, resume, metadata):
    def call():
        stream = Stream(target, resume, metadata)
        stream.close()
        return stream.started
    return refusal(call)


def live(node_a, http_a, node_b, http_b):
    ada_on_a = sign_in(http_a, "ada")
    ada_on_b = sign_in(http_b, "ada")
    grace_on_b = sign_in(http_b, "grace")
    callers = [("anonymous", [], grpc.StatusCode.UNAUTHENTICATED), ("grace", grace_on_b, grpc.StatusCode.PERMISSION_DENIED)]

    owner = Stream(node_a, register(), ada_on_a)
    started = owner.started
    shown = list(texts(owner.next_batch()))
    expect("Hello, ada!" in shown, f"the greeting names ada: {shown}")
    print(f"PASS ada started session {started.session_id} on node A", flush=True)

    def resume():
        batch = owner.last_batch
        return pb.ClientMessage(resume=pb.Resume(session_id=started.session_id, resume_token=started.resume_token,
                                                 epoch=batch.epoch, last_applied_seq=batch.seq))

    for name, metadata, expected in callers:
        code, details = refused_resume(node_b, resume(), metadata)
        expect(code == expected, f"resume through node B as {name}: {expected}, got {code}: {details}")
        print(f"PASS resume through node B as {name} refused with {code.name}: {details}", flush=True)

    with grpc.insecure_channel(node_b, options=OWN_CONNECTION) as channel_b:
        send = channel_b.unary_unary(SERVICE + "Send", request_serializer=pb.SendRequest.SerializeToString,
                                     response_deserializer=pb.SendResponse.FromString)

        def send_as(metadata, seq):
            return send(pb.SendRequest(session_id=started.session_id, resume_token=started.resume_token,
                                       messages=[resize(seq)]), timeout=TIMEOUT, metadata=metadata)

        send_as(ada_on_b, 1)
        expect_ack(owner, 1)
        print("PASS Send through node B as ada reached the session (its stream on node A confirmed input 1)", flush=True)

        for name, metadata, expected in callers:
            code, details = refusal(lambda: send_as(metadata, 2))
            expect(code == expected, f"Send through node B as {name}: {expected}, got {code}: {details}")
            print(f"PASS Send through node B as {name} refused with {code.name}: {details}", flush=True)

    resumed = Stream(node_b, resume(), ada_on_b)
    expect(resumed.started.resumed and resumed.started.session_id == started.session_id,
           f"ada resumed the same session through node B: {resumed.started}")
    expect(resumed.started.last_input_seq == 1, f"the refused inputs took no number: last input {resumed.started.last_input_seq}")
    resumed.send(resize(2))
    expect_ack(resumed, 2)
    resumed.close()
    owner.close()
    print("PASS resume through node B as ada resumed the session (last input 1), and its input 2 was confirmed", flush=True)


def restart(node_a, http_a, node_b, http_b, victim_pid):
    ada_on_b = sign_in(http_b, "ada")
    ada_on_a = sign_in(http_a, "ada")
    grace_on_a = sign_in(http_a, "grace")

    owner = Stream(node_b, register(), ada_on_b)
    started = owner.started
    shown = list(texts(owner.next_batch()))
    expect("Hello, ada!" in shown, f"the greeting names ada: {shown}")
    print(f"PASS ada started session {started.session_id} on node B", flush=True)

    os.kill(victim_pid, signal.SIGTERM)
    message = owner.next_message()
    while message.WhichOneof("kind") != "closed":
        message = owner.next_message()
    reason = pb.SessionClosed.Reason.Name(message.closed.reason)
    expect(reason == "REASON_NODE_LEAVING", f"node B's SIGTERM closes the session with REASON_NODE_LEAVING, got {reason}")
    owner.close()
    print("PASS node B stopped; the session closed with REASON_NODE_LEAVING", flush=True)

    resume = pb.ClientMessage(resume=pb.Resume(session_id=started.session_id, resume_token=started.resume_token,
                                               page_width=800, page_height=600))
    # Until node A finds the leaving node's record the session is simply gone (NOT_FOUND), or its shard still moving
    # (UNAVAILABLE); grace's attempts go on until node A answers otherwise.
    deadline = time.monotonic() + RESTART_DEADLINE
    code, details = refused_resume(node_a, resume, grace_on_a)
    while code in (grpc.StatusCode.NOT_FOUND, grpc.StatusCode.UNAVAILABLE):
        expect(time.monotonic() < deadline, f"node A found no record of {started.session_id} within {RESTART_DEADLINE} s")
        time.sleep(POLL_SECONDS)
        code, details = refused_resume(node_a, resume, grace_on_a)
    expect(code == grpc.StatusCode.PERMISSION_DENIED, f"restart through node A as grace: PERMISSION_DENIED, got {code}: {details}")
    print(f"PASS restart through node A as grace refused with {code.name}: {details}", flush=True)
    code, details = refused_resume(node_a, resume, [])
    expect(code == grpc.StatusCode.UNAUTHENTICATED, f"restart through node A as anonymous: UNAUTHENTICATED, got {code}: {details}")
    print(f"PASS restart through node A as anonymous refused with {code.name}: {details}", flush=True)

    fresh = Stream(node_a, resume, ada_on_a)
    expect(fresh.started.restarted and fresh.started.session_id != started.session_id,
           f"ada's resume started the app again as a new session: {fresh.started}")
    shown = list(texts(fresh.next_batch()))
    expect("Hello, ada!" in shown, f"the restarted greeting names ada: {shown}")
    fresh.close()
    print(f"PASS restart through node A as ada started the app again as {fresh.started.session_id}", flush=True)


def balanced(target, http_base):
    ada = sign_in(http_base, "ada")
    grace = sign_in(http_base, "grace")
    callers = [("anonymous", [], grpc.StatusCode.UNAUTHENTICATED), ("grace", grace, grpc.StatusCode.PERMISSION_DENIED)]

    owner = Stream(target, register(), ada)
    started = owner.started
    shown = list(texts(owner.next_batch()))
    expect("Hello, ada!" in shown, f"the greeting names ada: {shown}")
    print(f"PASS ada started session {started.session_id} through the balancer", flush=True)

    def resume():
        batch = owner.last_batch
        return pb.ClientMessage(resume=pb.Resume(session_id=started.session_id, resume_token=started.resume_token,
                                                 epoch=batch.epoch, last_applied_seq=batch.seq))

    def send_as(metadata, seq):
        with grpc.insecure_channel(target, options=OWN_CONNECTION) as channel:
            send = channel.unary_unary(SERVICE + "Send", request_serializer=pb.SendRequest.SerializeToString,
                                       response_deserializer=pb.SendResponse.FromString)
            return send(pb.SendRequest(session_id=started.session_id, resume_token=started.resume_token,
                                       messages=[resize(seq)]), timeout=TIMEOUT, metadata=metadata)

    for name, metadata, expected in callers:
        for _ in range(2):
            code, details = refused_resume(target, resume(), metadata)
            expect(code == expected, f"resume through the balancer as {name}: {expected}, got {code}: {details}")
        print(f"PASS resume through the balancer as {name} refused with {code.name} on both nodes: {details}", flush=True)
        for _ in range(2):
            code, details = refusal(lambda: send_as(metadata, 1))
            expect(code == expected, f"Send through the balancer as {name}: {expected}, got {code}: {details}")
        print(f"PASS Send through the balancer as {name} refused with {code.name} on both nodes: {details}", flush=True)

    send_as(ada, 1)
    send_as(ada, 2)
    expect_ack(owner, 2)
    print("PASS Send through the balancer as ada, on both nodes, reached the session (inputs 1 and 2 confirmed)", flush=True)

    resumed = Stream(target, resume(), ada)
    expect(resumed.started.resumed and resumed.started.session_id == started.session_id,
           f"ada resumed the same session through the balancer: {resumed.started}")
    expect(resumed.started.last_input_seq == 2, f"the session took ada's two inputs only: last input {resumed.started.last_input_seq}")
    resumed.close()
    owner.close()
    print("PASS resume through the balancer as ada resumed the session (last input 2)", flush=True)


try:
    if mode == "live":
        live(*sys.argv[3:7])
    elif mode == "restart":
        restart(*sys.argv[3:7], int(sys.argv[7]))
    else:
        balanced(*sys.argv[3:5])
except grpc.RpcError as error:
    print(f"FAIL rpc error {error.code()}: {error.details()}")
    sys.exit(1)
except Exception as error:  # noqa: BLE001 - any failure is the script's verdict
    print(f"FAIL {type(error).__name__}: {error}")
    sys.exit(1)
