"""live_crash.py BYLINE SRCDIR — kill -9 the host mid-question and start it again on the same pack:
the class resumes from the store, students reconnect with their tokens, nothing answered is lost,
and `byline results --csv` has every answer. Prints 'N passed, M failed'."""
import csv
import io
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(__file__))
from livetest import Checks, Server, hello  # noqa: E402

byline, src = sys.argv[1], sys.argv[2]
pack = os.path.join(src, "quizzes", "practice-river-bridge.json")
check = Checks()


tmp = tempfile.mkdtemp()
store = os.path.join(tmp, "progress.db")
srv = Server(byline, pack, "--store", store, "--room", "CRSH")
tokens = {}
for name in ("Ana", "Bo", "Cy"):
    status, body = srv.join(name)
    check(status == 200 and "token" in body, f"join {name}: {status} {body}")
    tokens[name] = body.get("token")
check(srv.command("start").startswith("ok"), "start")
answers = {"Ana": 0, "Bo": 1}
for name, choice in answers.items():
    ws = hello(srv.port, tokens[name])
    st = ws.wait_for(lambda m: m.get("type") == "state" and "question" in m)
    check(st is not None, f"{name} gets the question")
    qid = st["question"]["id"]
    ws.send({"type": "answer", "question": qid, "answer": {"choice": choice}})
    ack = ws.wait_for(lambda m: m.get("type") == "ack")
    check(ack is not None and ack.get("ok"), f"{name}'s answer acknowledged: {ack}")
    ws.close()
before = srv.status()
srv.kill9()  # mid-question: Cy has not answered, nothing was revealed

srv2 = Server(byline, pack, "--store", store)
check(any("(resumed)" in line for line in srv2.lines), "the class says it resumed: " + repr(srv2.lines))
check(srv2.room == "CRSH", f"same room code: {srv2.room}")
after = srv2.status()
check([s["name"] for s in after["students"]] == ["Ana", "Bo", "Cy"], f"seats kept: {after['students']}")
check(after["position"] == before["position"], f"same question: {before['position']} {after['position']}")
check(after["answered"] == 2, f"both answers kept: {after}")
check(after["phase"] == "paused", f"an open question comes back paused: {after['phase']}")
for name, choice in answers.items():
    ws = hello(srv2.port, tokens[name])
    st = ws.wait_for(lambda m: m.get("type") == "state")
    q = (st or {}).get("question", {})
    check(q.get("answered") and q.get("my_answer") == {"choice": choice}, f"{name} sees their answer: {st}")
    ws.close()
ws = hello(srv2.port, tokens["Cy"])
st = ws.wait_for(lambda m: m.get("type") == "state")
check(st and st["me"]["name"] == "Cy" and not st["question"]["answered"], f"Cy keeps the seat: {st}")
check(srv2.command("resume").startswith("ok"), "resume")
ws.send({"type": "answer", "question": st["question"]["id"], "answer": {"choice": 2}})
ack = ws.wait_for(lambda m: m.get("type") == "ack")
check(ack and ack.get("ok"), f"Cy answers after the restart: {ack}")
bad = hello(srv2.port, "0" * 32)
err = bad.wait_for(lambda m: m.get("type") == "error")
check(err and err["code"] == "bad_token", "a made-up token gets no seat")
check(srv2.command("reveal").startswith("ok"), "reveal")
res = ws.wait_for(lambda m: m.get("type") == "state" and "result" in m)
check(res is not None, "Cy's result after the reveal")
check(srv2.command("end").startswith("ok"), "end")
check(srv2.quit() == 0, "quit")

out = subprocess.run([byline, "results", "--csv", "--store", store], capture_output=True, text=True)
rows = list(csv.DictReader(io.StringIO(out.stdout.lstrip("\ufeff"))))
students = sorted({r["student"] for r in rows})
check(students == ["Ana", "Bo", "Cy"], f"results has each student: {students} {out.stderr}")
check(all(r["mode"] == "live" for r in rows), f"mode live: {[r['mode'] for r in rows]}")
check(len(rows) == 3, f"one answer each: {len(rows)}")
check.finish("live_crash")
