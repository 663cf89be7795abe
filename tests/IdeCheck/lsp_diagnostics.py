"""What an IDE user sees: csharp-ls (a Roslyn language server) with analyzers on, one file opened, its GAI diagnostics.

    dotnet tool install --global csharp-ls --version 0.28.0
    python3 tests/IdeCheck/lsp_diagnostics.py ROOT SOLUTION FILE [EXPECTED_ID] [TIMEOUT_SECONDS]

ROOT holds SOLUTION (a .sln) and FILE (relative to ROOT). Prints each GAI diagnostic csharp-ls publishes for FILE and
exits 0 once EXPECTED_ID (default GAI003) is among them, 1 if it never comes. Not run by CI: it needs the tool, and a
solution that restores the package (docs/public-code.md says how it was used).
"""
import json
import os
import subprocess
import sys
import time

root, solution, relative = sys.argv[1], sys.argv[2], sys.argv[3]
expected = sys.argv[4] if len(sys.argv) > 4 else "GAI003"
timeout = float(sys.argv[5]) if len(sys.argv) > 5 else 300
settings = {"csharp": {"analyzersEnabled": True}}
server = subprocess.Popen([os.path.expanduser("~/.dotnet/tools/csharp-ls"), "--solution", solution], cwd=root,
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)


def send(message):
    body = json.dumps(message).encode()
    server.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    server.stdin.flush()


def receive():
    headers = {}
    while True:
        line = server.stdout.readline()
        if not line:
            return None
        line = line.decode().strip()
        if not line:
            break
        name, value = line.split(":", 1)
        headers[name.lower()] = value.strip()
    return json.loads(server.stdout.read(int(headers["content-length"])))


path = os.path.join(os.path.abspath(root), relative)
uri = "file://" + path
send({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
    "processId": os.getpid(), "rootUri": "file://" + os.path.abspath(root),
    "capabilities": {"workspace": {"configuration": True}, "textDocument": {"publishDiagnostics": {}}},
    "initializationOptions": settings}})
seen = False
deadline = time.time() + timeout
while time.time() < deadline and not seen:
    message = receive()
    if message is None:
        break
    if message.get("id") == 1 and "result" in message:
        send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
        send({"jsonrpc": "2.0", "method": "workspace/didChangeConfiguration", "params": {"settings": settings}})
        with open(path) as source:
            send({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
                "uri": uri, "languageId": "csharp", "version": 1, "text": source.read()}}})
    elif message.get("method") == "workspace/configuration":
        # csharp-ls asks for its section: the analyzers switch must be answered here too.
        send({"jsonrpc": "2.0", "id": message["id"], "result": [settings["csharp"] for _ in message["params"]["items"]]})
    elif "id" in message and "method" in message:
        send({"jsonrpc": "2.0", "id": message["id"], "result": None})
    elif message.get("method") == "textDocument/publishDiagnostics" and message["params"]["uri"] == uri:
        for diagnostic in message["params"]["diagnostics"]:
            if str(diagnostic.get("code", "")).startswith("GAI"):
                print("%s:%d: %s %s" % (relative, diagnostic["range"]["start"]["line"] + 1, diagnostic["code"], diagnostic["message"]))
                seen = seen or diagnostic["code"] == expected
server.kill()
print(("%s seen" if seen else "no %s seen") % expected)
sys.exit(0 if seen else 1)
