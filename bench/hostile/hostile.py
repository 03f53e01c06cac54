#!/usr/bin/env python3
"""Server CPU per request for hostile documents (issue 9), against the Release API in the Production environment.

Starts bin/Release ClusterRegistry.Api.dll on a free loopback port with an empty SQLite file (real seed data),
sends each document REPEAT times over one keep-alive connection and reads the server process's CPU time
(utime + stime from /proc/<pid>/stat) before and after. Prints a Markdown table. Linux only; stdlib only.
"""
import http.client, json, os, socket, subprocess, sys, tempfile, time

REPEAT = int(os.environ.get("HOSTILE_REPEAT", "20"))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DLL = os.path.join(ROOT, "src/ClusterRegistry.Api/bin/Release/net10.0/ClusterRegistry.Api.dll")
TICKS = os.sysconf("SC_CLK_TCK")
FILTER = "query($w: ClusterFilterInput) { clusters(where: $w) { totalCount } }"


def numbered(fmt, n, sep=" "):
    return sep.join(fmt.format(i=i) for i in range(n))


def cases():
    yield "normal: page of 50 by province", "{ clusters(first: 50, where: { province: { code: { eq: \"44\" } } }) { totalCount nodes { id name county { name } status } } }", None
    yield "normal: standard introspection", open(os.path.join(os.path.dirname(__file__), "introspection.graphql")).read(), None
    yield "or of 8000 (variables, 1.1 MB limit)", FILTER, {"w": {"or": [{"name": {"eq": f"n{i}"}} for i in range(8000)]}}
    yield "or of 1600 (under the variables limit)", FILTER, {"w": {"or": [{"name": {"eq": f"n{i}"}} for i in range(1600)]}}
    yield "facets, or of 1600", "query($w: ClusterFilterInput) { clusterFacets(where: $w) { totalCount } }", {"w": {"or": [{"name": {"eq": f"n{i}"}} for i in range(1600)]}}
    yield "startsWith of 300,000 chars", FILTER, {"w": {"name": {"startsWith": "%" * 300000}}}
    yield "500 conflicting aliases (17 KB)", "{ " + numbered('a: __type(name: "T{i}") {{ name }}', 500) + " }", None
    yield "3000 conflicting aliases", "{ " + numbered('a: __type(name: "T{i}") {{ name }}', 3000) + " }", None
    yield "100 __type without aliases", "{ " + numbered('__type(name: "T{i}") {{ name }}', 100) + " }", None
    yield "3000 fragments spread once (142 KB)", numbered("fragment F{i} on Query {{ a{i}: __typename }}", 3000) + " { " + numbered("...F{i}", 3000) + " }", None
    yield "50 fragments spread once each", numbered("fragment F{i} on Query {{ __typename }}", 50) + " { " + numbered("...F{i}", 50) + " }", None
    yield "exponential fragments, 40 levels", "".join(f"fragment F{i} on Query {{ ...F{i+1} ...F{i+1} }} " for i in range(40)) + "fragment F40 on Query { __typename } { ...F0 }", None
    yield "selections 60 deep", "{ region(code: \"44\") { " + "parent { " * 60 + "code " + "}" * 61 + " }", None
    yield "list literal 3000 deep", "{ clusters(search: " + "[" * 3000 + "\"x\"" + "]" * 3000 + ") { totalCount } }", None
    yield "20,000 root fields", "{ " + " ".join(["__typename"] * 20000) + " }", None
    yield "80,000 tokens (800 KB)", "{ __typename " + " ".join(["__typename"] * 80000) + " }", None
    yield "repeated field 99x in one set", "{ batches { " + " ".join(["year"] * 99) + " } }", None
    yield "10,000 @skip on a field", "{ __typename " + " ".join(["@skip(if: false)"] * 10000) + " }", None
    yield "1 MB of commas", "{ __typename" + "," * 1000000 + " }", None
    yield "subscription", "subscription { x }", None


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def cpu_seconds(pid):
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def main():
    work = tempfile.mkdtemp(prefix="hostile-bench-")
    port = free_port()
    env = dict(os.environ, ASPNETCORE_ENVIRONMENT="Production", ASPNETCORE_URLS=f"http://127.0.0.1:{port}",
               ConnectionStrings__Registry=f"Data Source={work}/registry.db", RateLimiting__Enabled="false",
               AzureAd__Instance="https://login.microsoftonline.com/", AzureAd__TenantId="00000000-0000-0000-0000-000000000001",
               AzureAd__ClientId="00000000-0000-0000-0000-000000000002", OutputCache__Enabled="false", Logging__LogLevel__Default="Warning")
    server = subprocess.Popen(["dotnet", DLL], env=env, cwd=work, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(600):
            try:
                c = http.client.HTTPConnection("127.0.0.1", port, timeout=2); c.request("GET", "/health/live")
                if c.getresponse().status == 200: break
            except OSError:
                time.sleep(0.2)
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        rows = []
        for name, query, variables in cases():
            body = json.dumps({"query": query, "variables": variables}).encode()
            def send():
                conn.request("POST", "/graphql", body, {"Content-Type": "application/json"})
                r = conn.getresponse(); data = r.read()
                return r.status, data
            status, data = send()  # warm: JIT, caches
            before, t0 = cpu_seconds(server.pid), time.perf_counter()
            for _ in range(REPEAT): status, data = send()
            cpu = (cpu_seconds(server.pid) - before) / REPEAT * 1000
            wall = (time.perf_counter() - t0) / REPEAT * 1000
            try: code = (json.loads(data).get("errors") or [{}])[0].get("extensions", {}).get("code", "")
            except ValueError: code = "(not JSON)"
            rows.append((name, len(body), status, code, cpu, wall))
        print(f"| document | body bytes | status | code | server CPU ms/request | wall ms/request |")
        print("| --- | ---: | ---: | --- | ---: | ---: |")
        for name, size, status, code, cpu, wall in rows:
            print(f"| {name} | {size:,} | {status} | {code} | {cpu:.1f} | {wall:.1f} |")
        print(f"\n{REPEAT} requests per document after one warm-up, one connection; CPU from /proc/<pid>/stat at {TICKS} ticks/s.")
    finally:
        server.terminate(); server.wait(30)


if __name__ == "__main__":
    main()
