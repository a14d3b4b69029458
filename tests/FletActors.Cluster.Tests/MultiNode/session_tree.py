"""What the cluster clients share: assertions, the props of the mirrored control tree, and the stream clients of the
tests that pause, stop or kill a node."""
import queue
import threading
import time


def expect(condition, what):
    if not condition:
        raise AssertionError(what)


def prop(node_props, name):
    for p in node_props:
        if p.name == name and p.value.WhichOneof("kind") == "string_value":
            return p.value.string_value
    return None


def nodes(node):
    yield node
    for child in node.children:
        yield from nodes(child)


# Clients for the tests that pause, stop or kill a node under its clients (python_pause_client.py,
# python_leave_client.py). They import grpc and the generated session_pb2, so a script puts the stubs directory on
# sys.path before it imports them.

SERVICE = "/fletactors.v1.SessionService/"
HEALTH = "/grpc.health.v1.Health/"
# A channel of its own per client: grpcio shares one connection between channels to the same target otherwise, and
# a server that stops (GOAWAY) or a client that gives up on one call must not touch another client's stream.
OWN_CONNECTION = [("grpc.use_local_subchannel_pool", 1)]


def register(pb, app):
    return pb.ClientMessage(register=pb.Register(app=app, route="/", page_width=800, page_height=600, platform="python"))


def resume(pb, started):
    return pb.ClientMessage(resume=pb.Resume(session_id=started.session_id, resume_token=started.resume_token,
                                             page_width=800, page_height=600))


class Connect:
    """One Connect stream: the first message must be SessionStarted (a refusal raises grpc.RpcError here)."""

    def __init__(self, target, first, timeout, metadata=None):
        import grpc
        import session_pb2 as pb
        self.pb = pb
        self.target = target
        self.channel = grpc.insecure_channel(target, options=OWN_CONNECTION)
        call = self.channel.stream_stream(SERVICE + "Connect", request_serializer=pb.ClientMessage.SerializeToString,
                                          response_deserializer=pb.ServerMessage.FromString)
        self.outgoing = queue.Queue()
        self.outgoing.put(first)
        self.responses = call(self._requests(), timeout=timeout, metadata=metadata)
        try:
            message = next(self.responses)
        except grpc.RpcError:
            self.close()
            raise
        expect(message.WhichOneof("kind") == "started", f"SessionStarted first, got {message}")
        self.started = message.started

    def _requests(self):
        while True:
            item = self.outgoing.get()
            if item is None:
                return
            yield item

    def ack(self, batch):
        self.outgoing.put(self.pb.ClientMessage(ack=self.pb.Ack(epoch=batch.epoch, seq=batch.seq)))

    def close(self):
        self.outgoing.put(None)
        self.channel.close()


class Counter(Connect):
    """The counter app on one stream, read by the caller: click with numbered inputs and check the field's value."""

    def __init__(self, target, timeout):
        import session_pb2 as pb
        super().__init__(target, register(pb, "counter"), timeout)
        self.seq = 0
        self.clicks = 0
        reset = self.next_batch()
        added = [n for op in reset.ops if op.WhichOneof("kind") == "add" for n in nodes(op.add.node)]
        self.button = [n.id for n in added if n.type == "iconbutton" and prop(n.props, "icon") == "add"][0]
        self.field = [n.id for n in added if n.type == "textfield"][0]

    def next_message(self):
        message = next(self.responses)
        if message.WhichOneof("kind") == "patch":
            self.ack(message.patch)
        return message

    def next_batch(self):
        message = self.next_message()
        while message.WhichOneof("kind") == "input_ack":
            message = self.next_message()
        expect(message.WhichOneof("kind") == "patch", f"a patch batch, got {message}")
        return message.patch

    def click_and_check(self):
        self.seq += 1
        self.clicks += 1
        self.outgoing.put(self.pb.ClientMessage(event=self.pb.ControlEvent(control_id=self.button, name="click"),
                                                input_seq=self.seq))
        while True:
            for op in self.next_batch().ops:
                if op.WhichOneof("kind") == "set" and op.set.control_id == self.field:
                    value = prop(op.set.props, "value")
                    if value is not None:
                        expect(value == str(self.clicks),
                               f"session {self.started.session_id}: {self.clicks} clicks show {value}")
                        return


class Recorder(Connect):
    """A stream read by a thread of its own: every batch with its arrival time (acknowledged at once), and how the
    stream ended (status code, details, time)."""

    def __init__(self, target, first, timeout):
        super().__init__(target, first, timeout)
        self.lock = threading.Lock()
        self.patches = []
        self.closed = None
        self.end_code = None
        self.end_details = ""
        self.end_time = None
        self.ended = threading.Event()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        import grpc
        try:
            for message in self.responses:
                now = time.monotonic()
                kind = message.WhichOneof("kind")
                with self.lock:
                    if kind == "patch":
                        self.patches.append((now, message.patch.seq))
                        self.ack(message.patch)
                    elif kind == "closed":
                        self.closed = message.closed
            code, details = grpc.StatusCode.OK, ""
        except grpc.RpcError as error:
            code, details = error.code(), error.details() or ""
        with self.lock:
            self.end_code, self.end_details, self.end_time = code, details, time.monotonic()
        self.ended.set()

    def patch_count(self):
        with self.lock:
            return len(self.patches)

    def wait_patches(self, count, deadline):
        while self.patch_count() < count:
            expect(time.monotonic() < deadline and not self.ended.is_set(),
                   f"session {self.started.session_id}: fewer than {count} batches (stream ended: {self.end_code})")
            time.sleep(0.01)


class HealthWatch:
    """grpc.health.v1 Watch of one service on a connection of its own, every status with its arrival time."""

    def __init__(self, target, service, timeout):
        import grpc
        import health_pb2
        self.channel = grpc.insecure_channel(target, options=OWN_CONNECTION)
        watch = self.channel.unary_stream(HEALTH + "Watch", request_serializer=health_pb2.HealthCheckRequest.SerializeToString,
                                          response_deserializer=health_pb2.HealthCheckResponse.FromString)
        self.names = health_pb2.HealthCheckResponse.ServingStatus
        self.service = service
        self.lock = threading.Lock()
        self.statuses = []
        self.responses = watch(health_pb2.HealthCheckRequest(service=service), timeout=timeout)
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        import grpc
        try:
            for response in self.responses:
                with self.lock:
                    self.statuses.append((time.monotonic(), self.names.Name(response.status)))
        except grpc.RpcError:
            pass

    def wait_for(self, status, deadline):
        """The arrival time of the first report of status; fails at the deadline."""
        while True:
            with self.lock:
                for at, seen in self.statuses:
                    if seen == status:
                        return at
            expect(time.monotonic() < deadline, f"health of '{self.service}' never reported {status}: {self.statuses}")
            time.sleep(0.01)


def wait_until(condition, deadline, what):
    """Polls condition until it holds; fails with what at the deadline."""
    while not condition():
        expect(time.monotonic() < deadline, what)
        time.sleep(0.01)


def process_gone(pid):
    """True once the process has exited (no /proc entry, or a zombie its parent has not reaped yet)."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            text = stat.read()
    except FileNotFoundError:
        return True
    return text[text.rindex(")") + 2:].startswith("Z")


class Load:
    """Clicks every counter round after round in a thread of its own, checking each click is counted once. A round
    takes at least round_seconds, so each session sees a person's pace, well inside the server's event rate limit.
    After mark() it runs rounds_after more rounds and stops; finish() waits for that and raises what went wrong."""

    def __init__(self, sessions, rounds_after, round_seconds=0.2):
        self.sessions = sessions
        self.rounds_after = rounds_after
        self.round_seconds = round_seconds
        self.marked = threading.Event()
        self.rounds_after_mark = 0
        self.error = None
        self.thread = threading.Thread(target=self._run)
        self.thread.start()

    def _run(self):
        try:
            while self.rounds_after_mark < self.rounds_after:
                began = time.monotonic()
                for session in self.sessions:
                    session.click_and_check()
                if self.marked.is_set():
                    self.rounds_after_mark += 1
                time.sleep(max(0.0, began + self.round_seconds - time.monotonic()))
        except Exception as error:  # noqa: BLE001 - raised by finish()
            self.error = error

    def mark(self):
        self.marked.set()

    def finish(self, timeout):
        self.thread.join(timeout)
        expect(not self.thread.is_alive(), f"the load did not finish {self.rounds_after} rounds within {timeout} s")
        if self.error is not None:
            raise self.error
