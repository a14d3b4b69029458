"""Stops one node of a FletActors cluster with SIGTERM under its clients (python3-grpcio).

Usage: python_leave_client.py <stubs-dir> <balancer> <victim pid> <victim> <survivor> <survivor> <per node>
Opens <per node> counter sessions on each node, clicks each once, and watches the victim's grpc.health.v1 status for
the whole server ("") and for readiness ("ready"), each on a connection of its own. Keeps clicking the survivors'
sessions in a background thread, then sends SIGTERM to the victim (printing SIGTERM): health must turn NOT_SERVING,
each of the victim's clients must get SessionClosed with REASON_NODE_LEAVING and see its stream end, a new session
through the balancer must be served by a surviving node, the survivors' sessions lose no click, and the victim
process must be gone. Prints MEASURED lines (seconds after SIGTERM) and PASS lines; exits 0, or 1 with the failure.
"""
import os
import signal
import sys
import time

stubs_dir, balancer, victim_pid, victim, survivor_1, survivor_2, per_node = sys.argv[1:8]
sys.path.insert(0, stubs_dir)

import grpc  # noqa: E402
import session_pb2 as pb  # noqa: E402
from session_tree import Counter, Load, HealthWatch, expect, process_gone, wait_until  # noqa: E402

TIMEOUT = 300
LEAVE_DEADLINE = 60
REGISTER_ATTEMPT_TIMEOUT = 10
ROUNDS_AFTER_TERM = 5


def read_until_closed(session, deadline):
    """The SessionClosed the session's stream carries, then the stream's end (OK or the status it ended with)."""
    closed = None
    try:
        while True:
            expect(time.monotonic() < deadline, f"session {session.started.session_id}: no end within {LEAVE_DEADLINE} s")
            message = session.next_message()
            if message.WhichOneof("kind") == "closed":
                closed = (time.monotonic(), message.closed)
    except StopIteration:
        return closed, grpc.StatusCode.OK, time.monotonic()
    except grpc.RpcError as error:
        return closed, error.code(), time.monotonic()


def main():
    pid = int(victim_pid)
    survivors = [Counter(t, TIMEOUT) for t in (survivor_1, survivor_2) for _ in range(int(per_node))]
    victims = [Counter(victim, TIMEOUT) for _ in range(int(per_node))]
    for session in survivors + victims:
        session.click_and_check()
    watches = [HealthWatch(victim, service, TIMEOUT) for service in ("", "ready")]
    for watch in watches:
        watch.wait_for("SERVING", time.monotonic() + 30)
    print(f"PASS {len(survivors) + len(victims)} sessions open, each clicked once; the victim is SERVING and ready",
          flush=True)

    load = Load(survivors, ROUNDS_AFTER_TERM)

    os.kill(pid, signal.SIGTERM)
    start = time.monotonic()
    load.mark()
    print("SIGTERM", flush=True)

    not_serving = [watch.wait_for("NOT_SERVING", start + LEAVE_DEADLINE) - start for watch in watches]
    print(f"PASS health of the victim turned NOT_SERVING ('' and 'ready')", flush=True)
    print(f"MEASURED SIGTERM to NOT_SERVING: {max(not_serving):.2f} s", flush=True)

    told = []
    ended = []
    for session in victims:
        closed, code, end = read_until_closed(session, start + LEAVE_DEADLINE)
        expect(closed is not None, f"session {session.started.session_id}: stream ended ({code}) without SessionClosed")
        reason = pb.SessionClosed.Reason.Name(closed[1].reason)
        expect(reason == "REASON_NODE_LEAVING", f"session {session.started.session_id} closed with {reason}: {closed[1].message}")
        expect(code == grpc.StatusCode.OK, f"session {session.started.session_id}: stream ended with {code} after SessionClosed")
        told.append(closed[0] - start)
        ended.append(end - start)
    print(f"PASS {len(victims)} clients of the victim told REASON_NODE_LEAVING, their streams ended OK", flush=True)
    print(f"MEASURED SIGTERM to the last client told: {max(told):.2f} s; to the last stream ended: {max(ended):.2f} s",
          flush=True)

    # A client the victim sent away registers through the balancer, as the real clients do; the balancer may still
    # hand its connection to the victim, which refuses it (UNAVAILABLE) until its port closes.
    deadline = start + LEAVE_DEADLINE
    refused = 0
    while True:
        expect(time.monotonic() < deadline, f"no surviving node served a Register through the balancer ({refused} refusals)")
        try:
            fresh = Counter(balancer, REGISTER_ATTEMPT_TIMEOUT)
            fresh.click_and_check()
            break
        except grpc.RpcError as error:
            expect(error.code() in (grpc.StatusCode.UNAVAILABLE, grpc.StatusCode.DEADLINE_EXCEEDED),
                   f"Register through the balancer failed with {error.code()}: {error.details()}")
            refused += 1
    print(f"PASS a new session through the balancer served and clicked after {refused} refusals", flush=True)

    load.finish(TIMEOUT)
    print(f"PASS {len(survivors)} sessions on the surviving nodes lost nothing: {ROUNDS_AFTER_TERM} rounds after SIGTERM, "
          f"every click counted once", flush=True)

    wait_until(lambda: process_gone(pid), start + LEAVE_DEADLINE, f"the victim did not exit within {LEAVE_DEADLINE} s")
    print(f"MEASURED SIGTERM to the victim's exit: {time.monotonic() - start:.2f} s", flush=True)


try:
    main()
except grpc.RpcError as error:
    print(f"FAIL rpc error {error.code()}: {error.details()}", flush=True)
    sys.exit(1)
except Exception as error:  # noqa: BLE001 - any failure is the script's verdict
    print(f"FAIL {type(error).__name__}: {error}", flush=True)
    sys.exit(1)
