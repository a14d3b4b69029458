"""Runs one interop case against a gRPC server with python3-grpcio (an implementation we did not write).

Usage: python_interop_client.py <stubs-dir> <host:port> <max-message-size> <case>
Prints "PASS <case>" and exits 0 on success; prints the failure and exits 1 otherwise. The "compressed_" cases run
on a channel with gzip compression on, against a server that compresses responses with gzip.
"""
import sys

stubs_dir, target, max_message_size, case = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
sys.path.insert(0, stubs_dir)

import grpc  # noqa: E402
import health_pb2  # noqa: E402
import interop_test_pb2 as pb  # noqa: E402

SERVICE = "/fletactors.interop.TestService/"
SPECIAL_MESSAGE = "\t\ntest with whitespace\r\nand Unicode BMP \u263a and non-BMP \U0001f608\t\n"


def method(channel, kind, name, request_type, response_type, service=SERVICE):
    factory = getattr(channel, kind)
    return factory(service + name, request_serializer=request_type.SerializeToString,
                   response_deserializer=response_type.FromString)


def expect(condition, what):
    if not condition:
        raise AssertionError(what)


def expect_status(error, code, what):
    expect(error.code() == code, f"{what}: expected {code}, got {error.code()} ({error.details()!r})")


def payload(size):
    return pb.Payload(body=bytes(size))


def ping_pong(channel):
    call = method(channel, "stream_stream", "FullDuplexCall", pb.StreamingOutputCallRequest,
                  pb.StreamingOutputCallResponse)
    sizes = [(31415, 27182), (9, 8), (2653, 1828), (58979, 45904)]
    requests = [pb.StreamingOutputCallRequest(response_parameters=[pb.ResponseParameters(size=r)], payload=payload(p))
                for r, p in sizes]
    import queue
    pending = queue.Queue()

    def request_iterator():
        while True:
            item = pending.get()
            if item is None:
                return
            yield item

    responses = call(request_iterator())
    for request, (response_size, _) in zip(requests, sizes):
        pending.put(request)
        response = next(responses)
        expect(len(response.payload.body) == response_size, f"response size {len(response.payload.body)}")
    pending.put(None)
    expect(next(responses, None) is None, "stream should end after the client finishes")


def empty_stream(channel):
    call = method(channel, "stream_stream", "FullDuplexCall", pb.StreamingOutputCallRequest,
                  pb.StreamingOutputCallResponse)
    expect(list(call(iter([]))) == [], "no responses expected")


def cancel_after_begin(channel):
    call = method(channel, "stream_unary", "StreamingInputCall", pb.StreamingInputCallRequest,
                  pb.StreamingInputCallResponse)
    import threading
    never = threading.Event()

    def requests():
        never.wait()
        return
        yield  # pragma: no cover

    future = call.future(requests())
    future.cancel()
    never.set()
    expect(future.cancelled(), "future should be cancelled")
    try:
        future.result()
        raise AssertionError("a cancelled call returned a result")
    except grpc.FutureCancelledError:
        pass


def cancel_after_first_response(channel):
    call = method(channel, "stream_stream", "FullDuplexCall", pb.StreamingOutputCallRequest,
                  pb.StreamingOutputCallResponse)
    import threading
    release = threading.Event()

    def requests():
        yield pb.StreamingOutputCallRequest(response_parameters=[pb.ResponseParameters(size=31415)],
                                            payload=payload(27182))
        release.wait()

    responses = call(requests())
    first = next(responses)
    expect(len(first.payload.body) == 31415, "first response size")
    responses.cancel()
    release.set()
    try:
        next(responses)
        raise AssertionError("stream continued after cancel")
    except grpc.RpcError as error:
        expect_status(error, grpc.StatusCode.CANCELLED, "after cancel")


def timeout_on_sleeping_server(channel):
    call = method(channel, "stream_stream", "FullDuplexCall", pb.StreamingOutputCallRequest,
                  pb.StreamingOutputCallResponse)
    import threading
    release = threading.Event()

    def requests():
        yield pb.StreamingOutputCallRequest(payload=payload(27182))
        release.wait(5)

    try:
        for _ in call(requests(), timeout=0.001):
            pass
        raise AssertionError("call should have timed out")
    except grpc.RpcError as error:
        expect_status(error, grpc.StatusCode.DEADLINE_EXCEEDED, "sleeping server")
    finally:
        release.set()


def status_code_and_message(channel):
    status = pb.EchoStatus(code=2, message="test status message")
    unary = method(channel, "unary_unary", "UnaryCall", pb.SimpleRequest, pb.SimpleResponse)
    try:
        unary(pb.SimpleRequest(response_status=status))
        raise AssertionError("unary should fail")
    except grpc.RpcError as error:
        expect_status(error, grpc.StatusCode.UNKNOWN, "unary")
        expect(error.details() == "test status message", f"details {error.details()!r}")
    duplex = method(channel, "stream_stream", "FullDuplexCall", pb.StreamingOutputCallRequest,
                    pb.StreamingOutputCallResponse)
    try:
        list(duplex(iter([pb.StreamingOutputCallRequest(response_status=status)])))
        raise AssertionError("duplex should fail")
    except grpc.RpcError as error:
        expect_status(error, grpc.StatusCode.UNKNOWN, "duplex")
        expect(error.details() == "test status message", f"details {error.details()!r}")


def special_status_message(channel):
    unary = method(channel, "unary_unary", "UnaryCall", pb.SimpleRequest, pb.SimpleResponse)
    try:
        unary(pb.SimpleRequest(response_status=pb.EchoStatus(code=2, message=SPECIAL_MESSAGE)))
        raise AssertionError("unary should fail")
    except grpc.RpcError as error:
        expect_status(error, grpc.StatusCode.UNKNOWN, "special message")
        expect(error.details() == SPECIAL_MESSAGE, f"details {error.details()!r}")


def unimplemented_method(channel):
    call = method(channel, "unary_unary", "UnimplementedCall", pb.Empty, pb.Empty)
    try:
        call(pb.Empty())
        raise AssertionError("should be unimplemented")
    except grpc.RpcError as error:
        expect_status(error, grpc.StatusCode.UNIMPLEMENTED, "unimplemented method")


def unimplemented_service(channel):
    call = method(channel, "unary_unary", "UnimplementedCall", pb.Empty, pb.Empty,
                  service="/fletactors.interop.UnimplementedService/")
    try:
        call(pb.Empty())
        raise AssertionError("should be unimplemented")
    except grpc.RpcError as error:
        expect_status(error, grpc.StatusCode.UNIMPLEMENTED, "unimplemented service")


def request_of_size(total):
    """A SimpleRequest whose serialized size is exactly `total` bytes."""
    body = total
    while True:
        request = pb.SimpleRequest(payload=payload(body))
        size = request.ByteSize()
        if size == total:
            return request
        body -= size - total


def large_unary_at_limit(channel):
    unary = method(channel, "unary_unary", "UnaryCall", pb.SimpleRequest, pb.SimpleResponse)
    request = request_of_size(max_message_size)
    request.response_size = 0
    expect(request.ByteSize() <= max_message_size, "request fits the limit")
    response = unary(request)
    expect(len(response.payload.body) == 0, "empty response payload")


def large_unary_over_limit(channel):
    unary = method(channel, "unary_unary", "UnaryCall", pb.SimpleRequest, pb.SimpleResponse)
    request = request_of_size(max_message_size + 1)
    try:
        unary(request)
        raise AssertionError("oversized request should fail")
    except grpc.RpcError as error:
        expect_status(error, grpc.StatusCode.RESOURCE_EXHAUSTED, "over limit")


def health_check(channel):
    check = channel.unary_unary("/grpc.health.v1.Health/Check",
                                request_serializer=health_pb2.HealthCheckRequest.SerializeToString,
                                response_deserializer=health_pb2.HealthCheckResponse.FromString)
    response = check(health_pb2.HealthCheckRequest(service=""))
    expect(response.status == health_pb2.HealthCheckResponse.SERVING, f"status {response.status}")
    try:
        check(health_pb2.HealthCheckRequest(service="no.such.Service"))
        raise AssertionError("unknown service should be NOT_FOUND")
    except grpc.RpcError as error:
        expect_status(error, grpc.StatusCode.NOT_FOUND, "unknown service")


def expect_gzip(trailing_metadata, what, request=True, response=True):
    """The server reports in trailers how the call was compressed; grpcio hides grpc-encoding itself."""
    metadata = dict(trailing_metadata or ())
    if request:
        expect(metadata.get("x-request-encoding") == "gzip",
               f"{what}: requests were sent with grpc-encoding {metadata.get('x-request-encoding')!r}")
    if response:
        expect(metadata.get("x-response-encoding") == "gzip",
               f"{what}: responses were sent with grpc-encoding {metadata.get('x-response-encoding')!r}")


def compressed_large_unary(channel):
    unary = method(channel, "unary_unary", "UnaryCall", pb.SimpleRequest, pb.SimpleResponse)
    response, call = unary.with_call(pb.SimpleRequest(response_size=200000, payload=payload(100000)))
    expect(len(response.payload.body) == 200000, f"response size {len(response.payload.body)}")
    expect_gzip(call.trailing_metadata(), "large unary")


def compressed_server_streaming(channel):
    call = method(channel, "unary_stream", "StreamingOutputCall", pb.StreamingOutputCallRequest,
                  pb.StreamingOutputCallResponse)
    # A 9-byte response among large ones: every message of a gzip stream arrives whole.
    sizes = [31415, 9, 2653, 58979]
    responses = call(pb.StreamingOutputCallRequest(response_parameters=[pb.ResponseParameters(size=s) for s in sizes]))
    received = [len(r.payload.body) for r in responses]
    expect(received == sizes, f"response sizes {received}")
    expect_gzip(responses.trailing_metadata(), "server streaming")


def compressed_client_streaming(channel):
    call = method(channel, "stream_unary", "StreamingInputCall", pb.StreamingInputCallRequest,
                  pb.StreamingInputCallResponse)
    sizes = [27182, 8, 1828, 45904]
    response, rpc = call.with_call(iter([pb.StreamingInputCallRequest(payload=payload(s)) for s in sizes]))
    expect(response.aggregated_payload_size == sum(sizes), f"aggregated {response.aggregated_payload_size}")
    expect_gzip(rpc.trailing_metadata(), "client streaming", response=False)


def compressed_ping_pong(channel):
    call = method(channel, "stream_stream", "FullDuplexCall", pb.StreamingOutputCallRequest,
                  pb.StreamingOutputCallResponse)
    sizes = [(31415, 27182), (9, 8), (2653, 1828), (58979, 45904)]
    import queue
    pending = queue.Queue()

    def request_iterator():
        while True:
            item = pending.get()
            if item is None:
                return
            yield item

    responses = call(request_iterator())
    for response_size, payload_size in sizes:
        pending.put(pb.StreamingOutputCallRequest(response_parameters=[pb.ResponseParameters(size=response_size)],
                                                  payload=payload(payload_size)))
        response = next(responses)
        expect(len(response.payload.body) == response_size, f"response size {len(response.payload.body)}")
    pending.put(None)
    expect(next(responses, None) is None, "stream should end after the client finishes")
    expect_gzip(responses.trailing_metadata(), "ping pong")


def compressed_unary_at_limit(channel):
    unary = method(channel, "unary_unary", "UnaryCall", pb.SimpleRequest, pb.SimpleResponse)
    response, call = unary.with_call(request_of_size(max_message_size))
    expect(len(response.payload.body) == 0, "empty response payload")
    expect_gzip(call.trailing_metadata(), "at limit", response=False)


def compressed_unary_over_limit(channel):
    # A few hundred bytes of gzip that inflate past the server's limit: refused by the decompressed size.
    unary = method(channel, "unary_unary", "UnaryCall", pb.SimpleRequest, pb.SimpleResponse)
    try:
        unary(request_of_size(max_message_size + 1))
        raise AssertionError("a request over the limit once decompressed should fail")
    except grpc.RpcError as error:
        expect_status(error, grpc.StatusCode.RESOURCE_EXHAUSTED, "over limit decompressed")
        expect("exceeds the maximum" in (error.details() or ""), f"details {error.details()!r}")


COMPRESSED_CASES = {f.__name__: f for f in [compressed_large_unary, compressed_server_streaming,
                                             compressed_client_streaming, compressed_ping_pong,
                                             compressed_unary_at_limit, compressed_unary_over_limit]}

CASES = {f.__name__: f for f in [ping_pong, empty_stream, cancel_after_begin, cancel_after_first_response,
                                  timeout_on_sleeping_server, status_code_and_message, special_status_message,
                                  unimplemented_method, unimplemented_service, large_unary_at_limit,
                                  large_unary_over_limit, health_check]}
CASES.update(COMPRESSED_CASES)

if __name__ == "__main__":
    options = [("grpc.max_send_message_length", -1), ("grpc.max_receive_message_length", -1)]
    compression = grpc.Compression.Gzip if case in COMPRESSED_CASES else None
    with grpc.insecure_channel(target, options=options, compression=compression) as channel:
        grpc.channel_ready_future(channel).result(timeout=10)
        try:
            CASES[case](channel)
        except Exception as error:  # report any failure with its case name
            print(f"FAIL {case}: {type(error).__name__}: {error}")
            sys.exit(1)
    print(f"PASS {case}")
