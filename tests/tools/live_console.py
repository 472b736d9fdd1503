"""live_console.py BYLINE SRCDIR — `byline live --headless` as a teacher at a terminal uses it: the
commands, joins refused for the right reasons with the right messages, locking, removing, extra
time, and a student-paced class. Prints 'N passed, M failed'."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from livetest import Checks, Server, hello  # noqa: E402

byline, src = sys.argv[1], sys.argv[2]
pack = os.path.join(src, "quizzes", "practice-phone-ban.json")
check = Checks()


srv = Server(byline, pack, "--no-store", "--room", "TEST")
check(any(line == "live: room TEST" for line in srv.lines), f"room printed: {srv.lines}")
check(srv.status()["phase"] == "lobby", "lobby first")
st, body = srv.join("Ana")
check(st == 200 and len(body.get("token", "")) == 32, f"join: {st} {body}")
st, body = srv.join("ANA")
check(st == 409 and body["code"] == "name_taken" and "taken" in body["error"], f"taken: {st} {body}")
st, body = srv.join("Bo", room="ZZZZ")
check(st == 403 and body["code"] == "bad_room", f"bad room: {st} {body}")
st, body = srv.join("  ")
check(st == 400 and body["code"] == "bad_name", f"blank name: {st} {body}")
st, body = srv.join("x" * 41)
check(st == 400 and body["code"] == "bad_name", f"long name: {st} {body}")
st, body = srv.join("<script>alert(1)</script>")
check(st == 200, f"HTML in a name is just text: {st} {body}")
check(srv.command("extra-time Ana 150").startswith("ok"), "extra time")
check(srv.command("extra-time Ana 120").startswith("error"), "extra time must be 100/150/200")
check(srv.command("remove Nobody").startswith("error"), "remove an unknown name")
check(srv.command("remove <script>alert(1)</script>").startswith("ok"), "remove")
check(srv.command("lock").startswith("ok"), "lock")
st, body = srv.join("Cy")
check(st == 403 and body["code"] == "locked", f"locked: {st} {body}")
check(srv.command("unlock").startswith("ok"), "unlock")
st, cy = srv.join("Cy")
check(st == 200, "joins again after unlock")
check(srv.command("dance").startswith("error dance: unknown command"), "unknown command")
check(srv.command("reveal").startswith("error"), "reveal before start is refused")
check(srv.command("start").startswith("ok"), "start")
s = srv.status()
check(s["phase"] == "asking" and s["position"] == 0 and s["answered"] == 0 and s["present"] == 2, f"status: {s}")
ws = hello(srv.port, cy["token"])
state = ws.wait_for(lambda m: m.get("type") == "state" and "question" in m)
check(state and state["question"]["time_left_ms"] > 0, f"countdown sent: {state}")
check(srv.command("pause").startswith("ok"), "pause")
check(srv.status()["phase"] == "paused", "paused")
check(srv.command("resume").startswith("ok"), "resume")
check(srv.command("extra").startswith("ok"), "extra")
check(srv.command("reveal").startswith("ok"), "reveal")
check(ws.wait_for(lambda m: m.get("type") == "state" and "result" in m) is not None, "result pushed")
check(srv.command("leaderboard").startswith("ok"), "leaderboard")
check(ws.wait_for(lambda m: m.get("phase") == "leaderboard" and "rank" in m) is not None, "own rank")
check(srv.command("next").startswith("ok"), "next")
check(srv.status()["position"] == 1, "question 2")
check(srv.command("end").startswith("ok"), "end")
check(ws.wait_for(lambda m: m.get("phase") == "finished" and "final" in m) is not None, "final results")
st, body = srv.join("Late")
check(st == 403 and body["code"] == "finished", f"no joins after the end: {st} {body}")
check(srv.quit() == 0, "quit exits 0")

# Student-paced: answer, see the result at once, go on.
srv = Server(byline, pack, "--no-store", "--student-paced", "--room", "SELF")
st, body = srv.join("Dee")
check(srv.command("start").startswith("ok"), "start student-paced")
ws = hello(srv.port, body["token"])
state = ws.wait_for(lambda m: m.get("type") == "state" and "question" in m)
check(state and "time_left_ms" not in state["question"], "no countdown when student-paced")
q = state["question"]
answer = {"choice": {"choice": 0}, "multi": {"picked": [0]}, "true_false": {"truth": True},
          "text": {"text": "x"}, "evidence": {"article": 0, "sentence": 0},
          "order": {"order": list(range(len(q.get("events", []))))}}[q["format"]]
ws.send({"type": "answer", "question": q["id"], "answer": answer})
res = ws.wait_for(lambda m: m.get("type") == "state" and "result" in m)
check(res and "correct_answer" in res["result"], f"result at once: {res}")
ws.send({"type": "next"})
nxt = ws.wait_for(lambda m: m.get("type") == "state" and m.get("question", {}).get("index") == 1)
check(nxt is not None and "result" not in nxt, "next question, no result yet")
check(srv.quit() == 0, "quit")
check.finish("live_console")
