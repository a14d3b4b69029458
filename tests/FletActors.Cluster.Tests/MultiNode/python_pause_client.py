"""Pauses one node of a FletActors cluster past the failure detector under its clients (python3-grpcio).

Usage: python_pause_client.py <stubs-dir> <balancer> <victim pid> <victim> <survivor> <survivor> <per node> <go file>
Opens <per node> counter sessions on each survivor, clicked over and over in a background thread, and <per node>
countdown sessions on the victim, whose batches arrive every second by themselves. Then SIGSTOP of the victim; prints
PAUSED and waits for <go file>, which the test creates once the survivors have downed the victim. While the victim is
still frozen, every victim session is resumed through the balancer (told it is gone, or started again on a survivor).
Then SIGCONT (printing CONTINUED): the victim's old streams must carry no batch after that point and must end with UNAVAILABLE from the
node's serving gate; no session id is ever served by two nodes; the survivors' sessions lose no click. Prints
MEASURED lines and PASS lines; exits 0, or 1 with the failure.
"""
import os
import signal
import sys
import time

stubs_dir, balancer, victim_pid, victim, survivor_1, survivor_2, per_node, go_file = sys.argv[1:9]
sys.path.insert(0, stubs_dir)

import grpc  # noqa: E402
import session_pb2 as pb  # noqa: E402
from session_tree import Counter, Load, Recorder, expect, register, resume, wait_until  # noqa: E402

TIMEOUT = 300
DOWNING_DEADLINE = 90
RESUME_ATTEMPT_TIMEOUT = 3  # the whole call: a connection the balancer hands to the frozen node gets no answer at all
RESUME_DEADLINE = 90
END_DEADLINE = 60
ROUNDS_AFTER_CONTINUE = 5
GATE_STATUS = "may not serve clients"


def main():
    pid = int(victim_pid)
    survivors = [Counter(t, TIMEOUT) for t in (survivor_1, survivor_2) for _ in range(int(per_node))]
    for session in survivors:
        session.click_and_check()
    victims = [Recorder(victim, register(pb, "countdown"), TIMEOUT) for _ in range(int(per_node))]
    start = time.monotonic()
    for session in victims:
        session.wait_patches(2, start + 60)
    print(f"PASS {len(survivors)} counter sessions on the survivors, {len(victims)} ticking countdowns on the victim", flush=True)

    load = Load(survivors, ROUNDS_AFTER_CONTINUE)

    os.kill(pid, signal.SIGSTOP)
    stopped_at = time.monotonic()
    print("PAUSED", flush=True)
    wait_until(lambda: os.path.exists(go_file), stopped_at + DOWNING_DEADLINE, "the survivors never downed the victim")
    print(f"MEASURED SIGSTOP to the survivors downing the victim: {time.monotonic() - stopped_at:.2f} s", flush=True)

    # While the old activations are frozen, their clients reconnect through the balancer as real clients would.
    outcomes = {}
    replacements = {}
    for old in victims:
        session_id = old.started.session_id
        deadline = time.monotonic() + RESUME_DEADLINE
        while session_id not in outcomes:
            expect(time.monotonic() < deadline, f"session {session_id} got no answer through the balancer")
            try:
                again = Recorder(balancer, resume(pb, old.started), RESUME_ATTEMPT_TIMEOUT)
                expect(again.started.restarted or again.started.session_id != session_id,
                       f"session {session_id} of the frozen node was resumed as if it were live: {again.started}")
                outcomes[session_id] = "restarted"
                replacements[session_id] = again
            except grpc.RpcError as error:
                if error.code() == grpc.StatusCode.NOT_FOUND:
                    outcomes[session_id] = "gone"
                elif error.code() not in (grpc.StatusCode.UNAVAILABLE, grpc.StatusCode.DEADLINE_EXCEEDED):
                    raise
    print(f"PASS every victim session answered through the balancer while its node was frozen: "
          f"{sorted(outcomes.values())}", flush=True)

    before = [session.patch_count() for session in victims]
    os.kill(pid, signal.SIGCONT)
    continued_at = time.monotonic()
    print("CONTINUED", flush=True)
    load.mark()

    for session in victims:
        wait_until(session.ended.is_set, continued_at + END_DEADLINE,
                   f"the stream of {session.started.session_id} did not end after SIGCONT")
    ended_after = max(session.end_time for session in victims) - continued_at
    after = [session.patch_count() for session in victims]
    late = [(v.started.session_id, b, a) for v, b, a in zip(victims, before, after) if a != b]
    expect(not late, f"batches arrived from the old activations after SIGCONT (id, before, after): {late}")
    statuses = sorted({(str(s.end_code), s.end_details) for s in victims})
    expect(all(s.end_code == grpc.StatusCode.UNAVAILABLE for s in victims), f"old streams ended with {statuses}")
    expect(all(GATE_STATUS in s.end_details for s in victims), f"old streams were not ended by the serving gate: {statuses}")
    print(f"PASS {len(victims)} old streams carried no batch after SIGCONT and ended with UNAVAILABLE from the serving gate",
          flush=True)
    print(f"MEASURED SIGCONT to the last old stream ended: {ended_after:.2f} s", flush=True)

    # One node at a time per session id: the old activation went silent at the pause, before any replacement began.
    for session_id, again in replacements.items():
        old = next(v for v in victims if v.started.session_id == session_id)
        last_old = old.patches[-1][0] if old.patches else 0
        first_new = again.patches[0][0] if again.patches else float("inf")
        expect(last_old < stopped_at + 1 and last_old < first_new, f"session {session_id} served by two nodes at once")
    print(f"PASS no session id was served by two nodes ({len(replacements)} started again elsewhere, "
          f"{len(victims) - len(replacements)} told gone)", flush=True)

    load.finish(TIMEOUT)
    print(f"PASS {len(survivors)} sessions on the surviving nodes lost nothing: {ROUNDS_AFTER_CONTINUE} rounds after "
          f"SIGCONT, every click counted once", flush=True)


try:
    main()
except grpc.RpcError as error:
    print(f"FAIL rpc error {error.code()}: {error.details()}", flush=True)
    sys.exit(1)
except Exception as error:  # noqa: BLE001 - any failure is the script's verdict
    print(f"FAIL {type(error).__name__}: {error}", flush=True)
    sys.exit(1)
