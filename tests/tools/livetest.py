"""livetest.py — drives `byline live --headless` from Python for the command tests: starts the
server (the teacher is its standard input), joins students over HTTP and talks to them over a
minimal WebSocket client (RFC 6455, standard library only). Used by tests/cli/live_*.sh."""
import base64
import json
import os
import select
import socket
import struct
import subprocess
import sys
import time
import urllib.error
import urllib.request


class Checks:
    """Counts checks; check(cond, what) prints FAIL lines; finish(name) prints the tally line and
    exits 1 when any failed."""

    def __init__(self):
        self.passed = self.failed = 0

    def __call__(self, cond, what):
        if cond:
            self.passed += 1
        else:
            self.failed += 1
            print("FAIL:", what)

    def finish(self, name):
        print(f"{name}: {self.passed} passed, {self.failed} failed")
        sys.exit(1 if self.failed else 0)


class Server:
    def __init__(self, byline, pack, *args):
        self.proc = subprocess.Popen(
            [byline, "live", pack, "--headless", "--bind", "127.0.0.1", "--port", "0", *args],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, bufsize=1)
        self.lines = []
        self.port = None
        deadline = time.time() + 15
        while time.time() < deadline:
            line = self.proc.stdout.readline()
            if not line:
                raise RuntimeError("byline live exited: " + self.proc.stderr.read())
            self.lines.append(line.rstrip("\n"))
            if line.startswith("live: http://127.0.0.1:"):
                self.port = int(line.split(":")[3].split("/")[0])
                self.room = line.rsplit("room=", 1)[1].strip()
                break
        if not self.port:
            raise RuntimeError("no address printed")

    def command(self, cmd):
        """Sends a teacher's command; returns the line that answers it (ok/error/status)."""
        self.proc.stdin.write(cmd + "\n")
        self.proc.stdin.flush()
        word = cmd.split()[0]
        while True:
            line = self.proc.stdout.readline()
            if not line:
                raise RuntimeError("byline live exited during " + cmd)
            line = line.rstrip("\n")
            self.lines.append(line)
            if line.startswith(("ok " + word, "error " + word, "status ")):
                return line

    def status(self):
        return json.loads(self.command("status")[len("status "):])

    def join(self, name, room=None):
        body = json.dumps({"room": room or self.room, "name": name}).encode()
        req = urllib.request.Request(f"http://127.0.0.1:{self.port}/api/join", data=body, method="POST")
        try:
            with urllib.request.urlopen(req, timeout=5) as r:
                return r.status, json.loads(r.read())
        except urllib.error.HTTPError as e:
            return e.code, json.loads(e.read() or b"{}")

    def kill9(self):
        self.proc.kill()
        self.proc.wait()

    def quit(self):
        try:
            self.proc.stdin.write("quit\n")
            self.proc.stdin.flush()
        except BrokenPipeError:
            pass
        return self.proc.wait(timeout=15)


class Socket:
    """A student's WebSocket: send JSON, receive JSON messages."""

    def __init__(self, port):
        self.s = socket.create_connection(("127.0.0.1", port), timeout=5)
        self.s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        key = base64.b64encode(os.urandom(16)).decode()
        self.s.sendall((f"GET /ws HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\n"
                        f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\n"
                        "Sec-WebSocket-Version: 13\r\n\r\n").encode())
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = self.s.recv(1)
            if not chunk:
                raise RuntimeError("no upgrade")
            head += chunk
        if b" 101 " not in head.split(b"\r\n")[0]:
            raise RuntimeError("upgrade refused: " + head.decode(errors="replace"))
        self.buf = b""
        self.closed = False
        self.received = []

    def send_raw(self, payload, opcode=1):
        mask = os.urandom(4)
        n = len(payload)
        head = bytes([0x80 | opcode])
        if n < 126:
            head += bytes([0x80 | n])
        elif n < 65536:
            head += bytes([0x80 | 126]) + struct.pack(">H", n)
        else:
            head += bytes([0x80 | 127]) + struct.pack(">Q", n)
        self.s.sendall(head + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload)))

    def send(self, obj):
        self.send_raw(json.dumps(obj).encode())

    def _frame(self):
        if len(self.buf) < 2:
            return None
        n = self.buf[1] & 0x7F
        h = 2
        if n == 126:
            if len(self.buf) < 4:
                return None
            n, h = struct.unpack(">H", self.buf[2:4])[0], 4
        elif n == 127:
            if len(self.buf) < 10:
                return None
            n, h = struct.unpack(">Q", self.buf[2:10])[0], 10
        if len(self.buf) < h + n:
            return None
        op, data = self.buf[0] & 0x0F, self.buf[h:h + n]
        self.buf = self.buf[h + n:]
        return op, data

    def recv(self, timeout=5):
        """The next JSON message, or None on close/timeout."""
        deadline = time.time() + timeout
        while True:
            f = self._frame()
            if f:
                op, data = f
                if op == 1:
                    msg = json.loads(data)
                    self.received.append(msg)
                    return msg
                if op == 8:
                    self.closed = True
                    return None
                continue
            left = deadline - time.time()
            if left <= 0 or self.closed:
                return None
            r, _, _ = select.select([self.s], [], [], left)
            if not r:
                return None
            chunk = self.s.recv(65536)
            if not chunk:
                self.closed = True
                return None
            self.buf += chunk

    def wait_for(self, pred, timeout=5):
        deadline = time.time() + timeout
        while time.time() < deadline:
            m = self.recv(deadline - time.time())
            if m is None:
                if self.closed:
                    return None
                continue
            if pred(m):
                return m
        return None

    def close(self):
        self.s.close()


def hello(port, token):
    ws = Socket(port)
    ws.send({"type": "hello", "token": token})
    return ws
