"""Drives the auth sample's greeter with python3-grpcio (an implementation we did not write).

Usage: python_auth_client.py <stubs-dir> <grpc host:port> <http base url> <user> <password>
Without credentials, Register of the greeter ends with UNAUTHENTICATED. After signing in over HTTP (the host's own
sign-in endpoint), the session cookie goes in the call's metadata: the greeter's first batch greets the user by name
and shows the Accept-Language the call sent. Resuming that session without the cookie is refused with UNAUTHENTICATED.
Prints "PASS ..." lines and exits 0 on success; prints the failure and exits 1 otherwise.
"""
import http.client
import sys
import urllib.parse

stubs_dir, target, http_base, user, password = sys.argv[1:6]
sys.path.insert(0, stubs_dir)

import grpc  # noqa: E402
import session_pb2 as pb  # noqa: E402

CONNECT = "/fletactors.v1.SessionService/Connect"
APP = "greeter"
LANGUAGE = "fr-CH, fr;q=0.9"
TIMEOUT = 20


def expect(condition, what):
    if not condition:
        raise AssertionError(what)


def texts(batch):
    def walk(node):
        yield node
        for child in node.children:
            yield from walk(child)

    for op in batch.ops:
        if op.WhichOneof("kind") == "add":
            for node in walk(op.add.node):
                for prop in node.props:
                    if node.type == "text" and prop.name == "value":
                        yield prop.value.string_value


def connect(channel, first, metadata):
    call = channel.stream_stream(CONNECT, request_serializer=pb.ClientMessage.SerializeToString,
                                 response_deserializer=pb.ServerMessage.FromString)
    # The client's half stays open until the test has read what it needs; closing it ends the session's stream.
    return call(iter([first]), timeout=TIMEOUT, metadata=metadata)


def register():
    return pb.ClientMessage(register=pb.Register(app=APP, route="/", page_width=800, page_height=600,
                                                 platform="python", user_agent="python3-grpcio"))


def refused_with(responses):
    try:
        message = next(responses)
    except grpc.RpcError as error:
        return error.code(), error.details()
    raise AssertionError(f"expected a refusal, got {message}")


def sign_in():
    url = urllib.parse.urlsplit(http_base)
    connection = http.client.HTTPConnection(url.hostname, url.port, timeout=TIMEOUT)
    body = urllib.parse.urlencode({"user": user, "password": password})
    connection.request("POST", "/sign-in", body, {"Content-Type": "application/x-www-form-urlencoded"})
    response = connection.getresponse()
    response.read()
    expect(response.status == 302, f"sign-in answers 302, got {response.status}")
    cookie = response.getheader("Set-Cookie")
    expect(cookie, "sign-in sets a cookie")
    return cookie.split(";", 1)[0]


def main():
    with grpc.insecure_channel(target) as channel:
        code, details = refused_with(connect(channel, register(), metadata=[]))
        expect(code == grpc.StatusCode.UNAUTHENTICATED, f"no credentials: UNAUTHENTICATED, got {code}: {details}")
        print(f"PASS no credentials refused with UNAUTHENTICATED: {details}", flush=True)

        cookie = sign_in()
        responses = connect(channel, register(), metadata=[("cookie", cookie), ("accept-language", LANGUAGE)])
        started = next(responses)
        expect(started.WhichOneof("kind") == "started", f"first message is SessionStarted, got {started}")
        reset = next(responses)
        expect(reset.WhichOneof("kind") == "patch" and reset.patch.reset, f"then the reset batch, got {reset}")
        shown = list(texts(reset.patch))
        expect(f"Hello, {user}!" in shown, f"the greeting names {user}: {shown}")
        print(f"PASS signed in, the page greets: Hello, {user}!", flush=True)
        expect(any(LANGUAGE in text for text in shown), f"the page shows the captured Accept-Language: {shown}")
        print(f"PASS the page shows the captured header: {LANGUAGE}", flush=True)

        resume = pb.ClientMessage(resume=pb.Resume(session_id=started.started.session_id,
                                                   resume_token=started.started.resume_token,
                                                   epoch=reset.patch.epoch, last_applied_seq=reset.patch.seq))
        code, details = refused_with(connect(channel, resume, metadata=[]))
        expect(code == grpc.StatusCode.UNAUTHENTICATED, f"resume without the cookie: UNAUTHENTICATED, got {code}: {details}")
        print(f"PASS resume by another caller refused with UNAUTHENTICATED: {details}", flush=True)
        responses.cancel()


try:
    main()
except grpc.RpcError as error:
    print(f"FAIL rpc error {error.code()}: {error.details()}")
    sys.exit(1)
except Exception as error:  # noqa: BLE001 - any failure is the script's verdict
    print(f"FAIL {type(error).__name__}: {error}")
    sys.exit(1)
