using System.Text;
using System.Text.Json;

namespace ClusterRegistry.Tests.Hostile;

/// <summary>
/// The hostile-request set, generated per family: what scanners, fuzzers and people trying to take the endpoint down
/// send. Synthetic inputs; no registry rows are invented.
/// </summary>
public static class HostileCases
{
    private const string Filter = "query($w: ClusterFilterInput) { clusters(where: $w) { totalCount } }";
    private const string Facets = "query($w: ClusterFilterInput) { clusterFacets(where: $w) { totalCount } }";
    private const string InvalidFilter = "INVALID_FILTER";
    private const string TooLarge = "DOCUMENT_TOO_LARGE";
    private const string TooDeep = "DOCUMENT_TOO_DEEP";

    public static IEnumerable<HostileCase> All() =>
        JsonSyntaxAndTypes().Concat(Encodings()).Concat(HeadersAndMethods()).Concat(GetParameters()).Concat(GraphQLSyntax())
            .Concat(Depth()).Concat(Breadth()).Concat(Aliases()).Concat(Fragments()).Concat(Directives())
            .Concat(VariablesAndCoercion()).Concat(Filters()).Concat(Paging()).Concat(Tokens()).Concat(Batching())
            .Concat(HugeValues()).Concat(Subscriptions());

    private static readonly JsonSerializerOptions Deep = new() { MaxDepth = 1_000 };

    private static HostileCase Raw(string family, string name, string body, int? status = null, string? code = null,
        string? contentType = "application/json", Dictionary<string, string>? headers = null, string method = "POST") =>
        new(family, name, method, "/graphql", HostileCase.Utf8(body), contentType, headers, status, code);

    private static HostileCase Bytes(string family, string name, byte[] body, int? status = null, string? code = null) =>
        new(family, name, "POST", "/graphql", body, "application/json", null, status, code);

    private static HostileCase Query(string family, string name, string query, int? status = null, string? code = null,
        object? variables = null, Dictionary<string, string>? headers = null, string? operationName = null) =>
        Raw(family, name, JsonSerializer.Serialize(new { query, variables, operationName }, Deep), status, code, headers: headers);

    private static HostileCase QueryWith(string family, string name, string query, object variables, int? status = null, string? code = null) =>
        Query(family, name, query, status, code, variables);

    private static HostileCase Get(string family, string name, string queryString, int? status = null, string? code = null,
        Dictionary<string, string>? headers = null) =>
        new(family, name, "GET", "/graphql?" + queryString, null, null, headers, status, code);

    private static string Repeat(string item, int count, string separator = " ") => string.Join(separator, Enumerable.Repeat(item, count));

    private static string Numbered(Func<int, string> item, int count, string separator = " ") =>
        string.Join(separator, Enumerable.Range(0, count).Select(item));

    private static IEnumerable<HostileCase> JsonSyntaxAndTypes()
    {
        const string f = "json";
        string[] malformed = ["", " ", "{", "}", "[", "{\"query\":", "{\"query\": \"{ __typename }\"", "{'query': '{ __typename }'}",
            "{\"query\": \"{ __typename }\",}", "{\"query\": \"{ __typename }\"} trailing", "null", "true", "42", "\"{ __typename }\"",
            "{query: \"{ __typename }\"}", "{\"query\": \"{ __typename }\" \"x\": 1}", "{\"query\": \"\\x41\"}", "{\"query\": \"\\u12\"}",
            "{\"query\": NaN}", "{\"query\": Infinity}", "/* c */ {\"query\": \"{ __typename }\"}", "{\"query\": \"{ __typename }\"}\u0000",
            new string('[', 5000) + new string(']', 5000), new string('{', 3000), "{\"variables\": " + new string('[', 200) + new string(']', 200) + "}"];
        foreach (var (body, i) in malformed.Select((b, i) => (b, i)))
            yield return Raw(f, $"malformed #{i}", body, status: 400);

        object[] queries = [1, 1.5, true, new[] { "{ __typename }" }, new { a = 1 }, ""];
        foreach (var (query, i) in queries.Select((q, i) => (q, i)))
            yield return Raw(f, $"query of another type #{i}", JsonSerializer.Serialize(new { query }), status: 400);
        object[] variables = ["{}", 1, true, new[] { 1 }, "x"];
        foreach (var (v, i) in variables.Select((v, i) => (v, i)))
            yield return Raw(f, $"variables of another type #{i}", JsonSerializer.Serialize(new { query = "{ __typename }", variables = v }), status: 400);
        yield return Raw(f, "operationName a number", "{\"query\": \"{ __typename }\", \"operationName\": 5}", status: 400);
        yield return Raw(f, "extensions a string", "{\"query\": \"{ __typename }\", \"extensions\": \"x\"}", status: 400);
        yield return Raw(f, "documentId a number", "{\"documentId\": 5}", status: 400);
        yield return Raw(f, "duplicate query keys", "{\"query\": \"{ __typename }\", \"query\": \"{ nope }\"}");
        yield return Raw(f, "huge number in variables", "{\"query\": \"query($n: Int) { clusters(first: $n) { totalCount } }\", \"variables\": {\"n\": 1e400}}");
        yield return Raw(f, "int overflow in variables", "{\"query\": \"query($n: Int) { clusters(first: $n) { totalCount } }\", \"variables\": {\"n\": 99999999999999999999}}");
        yield return Raw(f, "deep variables object", "{\"query\": \"{ __typename }\", \"variables\": {\"a\": " + new string('[', 63) + new string(']', 63) + "}}");
        yield return Raw(f, "unknown top-level keys", "{\"query\": \"{ __typename }\", \"foo\": [1,2,3], \"bar\": {}}");
    }

    private static IEnumerable<HostileCase> Encodings()
    {
        const string f = "encoding";
        byte[] Wrap(byte[] inner) => [.. HostileCase.Utf8("{\"query\": \"{ __typename } # "), .. inner, .. HostileCase.Utf8("\"}")];
        byte[][] invalid = [[0xFF], [0xFE], [0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xF0, 0x80, 0x80, 0xAF], [0xC3], [0xE6, 0x96], [0xED, 0xA0, 0x80],
            [0xF8, 0x88, 0x80, 0x80, 0x80], [0x80], [0xBF], [0xF4, 0x90, 0x80, 0x80]];
        foreach (var (bytes, i) in invalid.Select((b, i) => (b, i)))
        {
            yield return Bytes(f, $"invalid UTF-8 in a comment #{i}", Wrap(bytes), 400, "INVALID_ENCODING");
            yield return Bytes(f, $"invalid UTF-8 in variables #{i}",
                [.. HostileCase.Utf8("{\"query\": \"query($s: String) { clusters(search: $s) { totalCount } }\", \"variables\": {\"s\": \""), .. bytes, .. HostileCase.Utf8("\"}}")], 400, "INVALID_ENCODING");
        }
        string[] surrogates = ["\\ud800", "\\udfff", "\\ud800\\ud800", "\\udc00\\ud800", "x\\ud83d"];
        foreach (var (escape, i) in surrogates.Select((s, i) => (s, i)))
        {
            yield return Raw(f, $"lone surrogate in a variable #{i}", "{\"query\": \"query($s: String) { clusters(search: $s) { totalCount } }\", \"variables\": {\"s\": \"" + escape + "\"}}", 400, "INVALID_ENCODING");
            yield return Raw(f, $"lone surrogate in the query #{i}", "{\"query\": \"{ __typename } # " + escape + "\"}", 400, "INVALID_ENCODING");
            yield return Raw(f, $"lone surrogate in the operation name #{i}", "{\"query\": \"{ __typename }\", \"operationName\": \"" + escape + "\"}", 400, "INVALID_ENCODING");
        }
        yield return Raw(f, "valid surrogate pair", "{\"query\": \"{ __typename } # \\ud83d\\ude00\"}", 200);
        yield return Bytes(f, "UTF-8 byte order mark", [0xEF, 0xBB, 0xBF, .. HostileCase.Utf8("{\"query\": \"{ __typename }\"}")]);
        yield return Bytes(f, "UTF-16 body", Encoding.Unicode.GetBytes("{\"query\": \"{ __typename }\"}"), 400);
        yield return Raw(f, "NUL in the query", "{\"query\": \"{ __typename \\u0000 }\"}", 400);
        yield return Raw(f, "control characters in the query", "{\"query\": \"{ \\u0001\\u0002 __typename }\"}", 400);
        yield return Raw(f, "charset latin1", "{\"query\": \"{ __typename }\"}", 415, contentType: "application/json; charset=latin1");
        yield return Raw(f, "charset utf-16", "{\"query\": \"{ __typename }\"}", 415, contentType: "application/json; charset=utf-16");
        yield return Get(f, "invalid percent-encoding in GET", "query=%FF%FE%7B__typename%7D");
        yield return Get(f, "lone surrogate in GET variables", "query=" + Uri.EscapeDataString("query($s: String) { clusters(search: $s) { totalCount } }") + "&variables=" + Uri.EscapeDataString("{\"s\": \"\\ud800\"}"), 400, "INVALID_ENCODING");
    }

    private static IEnumerable<HostileCase> HeadersAndMethods()
    {
        const string f = "headers";
        const string body = "{\"query\": \"{ __typename }\"}";
        foreach (var method in new[] { "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND", "FOO" })
            yield return Raw(f, $"method {method}", body, 405, method: method);
        string?[] contentTypes = [null, "text/plain", "application/graphql", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded",
            "application/xml", "application/json-patch+json", "*/*", "application/", "garbage", "application/json; charset=", "application/json; boundary=\"unclosed"];
        foreach (var (type, i) in contentTypes.Select((t, i) => (t, i)))
            yield return Raw(f, $"content type #{i} {type}", body, contentType: type);
        string[] accepts = ["application/xml", "text/plain", "image/png", "application/graphql-response+json;q=0", "garbage;;;", "*/*;q=abc",
            "application/json; charset=utf-16", string.Join(", ", Enumerable.Repeat("application/json;q=0.1", 500)), "*/*", "application/*"];
        foreach (var (accept, i) in accepts.Select((a, i) => (a, i)))
            yield return Raw(f, $"accept #{i}", body, headers: new() { ["Accept"] = accept });
        yield return Raw(f, "huge custom header", body, headers: new() { ["X-Junk"] = new string('x', 16_000) });
        yield return Raw(f, "many custom headers", body, headers: Enumerable.Range(0, 100).ToDictionary(i => $"X-Junk-{i}", i => "y"));
        yield return Raw(f, "forged forwarded-for", body, headers: new() { ["X-Forwarded-For"] = "127.0.0.1, ::1, <script>" });
        yield return Raw(f, "If-None-Match garbage", body, headers: new() { ["If-None-Match"] = new string('"', 1000) });
        yield return Raw(f, "Idempotency-Key on a query", body, headers: new() { ["Idempotency-Key"] = new string('k', 5000) });
    }

    private static IEnumerable<HostileCase> GetParameters()
    {
        const string f = "get";
        string Q(string text) => Uri.EscapeDataString(text);
        yield return Get(f, "no parameters", "", 400);
        yield return Get(f, "empty query", "query=", 400);
        yield return Get(f, "query twice", "query=" + Q("{ __typename }") + "&query=" + Q("{ __typename }"), 400);
        yield return Get(f, "mutation over GET", "query=" + Q("mutation { __typename }"), 405);
        yield return Get(f, "variables not JSON", "query=" + Q("{ __typename }") + "&variables=" + Q("{"), 400);
        yield return Get(f, "variables an array", "query=" + Q("{ __typename }") + "&variables=" + Q("[1]"), 400);
        yield return Get(f, "extensions not JSON", "query=" + Q("{ __typename }") + "&extensions=" + Q("x"), 400);
        yield return Get(f, "unknown documentId", "documentId=sha256:" + new string('0', 64), 400, "PERSISTED_OPERATION_NOT_FOUND");
        yield return Get(f, "documentId garbage", "documentId=" + Q("../../etc/passwd"), 400);
        yield return Get(f, "documentId and query", "documentId=abc&query=" + Q("{ __typename }"), 400);
        yield return Get(f, "sdl with junk", "sdl=1&sdl=2");
        yield return Get(f, "operationName unknown", "query=" + Q("query A { __typename }") + "&operationName=B", 400);
        yield return Get(f, "operationName missing with two operations", "query=" + Q("query A { __typename } query B { __typename }"), 400);
        yield return Get(f, "long query string", "query=" + Q("{ __typename " + Repeat("__typename", 1500) + " }"));
        yield return Get(f, "deep GET", "query=" + Q(new string('{', 200) + new string('}', 200)), 400);
        // Over Kestrel's request-line limit (64 KiB): refused by the HTTP server itself, before the application.
        yield return Get(f, "GET filter 8000 or", "query=" + Q(Filter) + "&variables=" + Q(OrVariables(8000)), 414);
        yield return Get(f, "GET filter 700 or", "query=" + Q(Filter) + "&variables=" + Q(OrVariables(700)), code: InvalidFilter);
        yield return Get(f, "GET filter 300 or", "query=" + Q(Filter) + "&variables=" + Q(OrVariables(300)), code: InvalidFilter);
        yield return Get(f, "GET 500 aliases", "query=" + Q(ConflictingAliases(500)), 400, "MAX_ALIASES_EXCEEDED");
        yield return Get(f, "GET subscription", "query=" + Q("subscription { x }"), 400, "UNSUPPORTED_OPERATION");
        yield return Get(f, "GET unknown parameters", "foo=bar&query=" + Q("{ __typename }"));
        yield return Get(f, "GET null bytes", "query=%00%00");
        yield return Get(f, "GET variables huge list", "query=" + Q("query($ids: [ID!]!) { nodes(ids: $ids) { id } }") + "&variables=" + Q(JsonSerializer.Serialize(new { ids = Enumerable.Repeat("Q2x1c3Rlcjox", 5000) })), 414);
        yield return Get(f, "GET variables list of 2000", "query=" + Q("query($ids: [ID!]!) { nodes(ids: $ids) { id } }") + "&variables=" + Q(JsonSerializer.Serialize(new { ids = Enumerable.Repeat("Q2x1c3Rlcjox", 2000) })));
    }

    private static IEnumerable<HostileCase> GraphQLSyntax()
    {
        const string f = "syntax";
        string[] documents = ["", " ", "#only a comment", "{", "}", "{ __typename", "{ __typename }}", "query", "query {", "{ clusters( }",
            "{ clusters(first: ) { totalCount } }", "{ \"unterminated }", "{ __typename(x: \"\"\"unterminated) }", "{ 1abc }", "{ __typename @ }",
            "{ ...  }", "fragment on Query { x }", "query ($) { x }", "query ($a: ) { x }", "{ a: }", "{ : a }", "{ __typename } garbage",
            "type Query { x: Int }", "schema { query: Query }", "extend type Query { x: Int }", "directive @d on FIELD", "{ __typename(a: $undefined) }",
            "{ __typename(a: 1.2.3) }", "{ __typename(a: 0x10) }", "{ __typename(a: \"\\u{110000}\") }", "{ __typename(a: \"\\uZZZZ\") }",
            "query Q { a } query Q { b }", "{ a } { b }", "{ ... on Nope { x } }", "{ clusters { ... on Query { __typename } } }",
            "\ufeff{ __typename }", "{ __typename \u2028 }", "{ \u00e9 }", "{ 集群 }", "query($v: Int = $v) { __typename }"];
        foreach (var (document, i) in documents.Select((d, i) => (d, i)))
            yield return Query(f, $"document #{i}", document);
    }

    private static IEnumerable<HostileCase> Depth()
    {
        const string f = "depth";
        foreach (var depth in new[] { 16, 40, 64, 70, 100, 500, 3000 })
        {
            yield return Query(f, $"selections {depth} deep", "{ region(code: \"44\") { " + Repeat("parent {", depth) + " code " + new string('}', depth + 1) + " }", status: 400);
            yield return Query(f, $"list literal {depth} deep", "{ clusters(search: " + new string('[', depth) + "\"x\"" + new string(']', depth) + ") { totalCount } }", status: 400);
            yield return Query(f, $"object literal {depth} deep", "{ clusters(where: " + Repeat("{ and: [", depth) + "{}" + Repeat("] }", depth) + ") { totalCount } }");
            yield return Query(f, $"type wrappers {depth} deep", "query($v: " + new string('[', depth) + "Int" + new string(']', depth) + ") { __typename }", status: 400);
            yield return Query(f, $"inline fragments {depth} deep", "{ " + Repeat("... on Query {", depth) + " __typename " + new string('}', depth) + " }");
            yield return Query(f, $"braces {depth} deep", new string('{', depth) + new string('}', depth), status: 400);
        }
        yield return Query(f, "parser depth refused", "{ clusters(search: " + new string('[', 100) + "\"x\"" + new string(']', 100) + ") { totalCount } }", 400, TooDeep);
        yield return Query(f, "type wrapper depth refused", "query($v: " + new string('[', 100) + "Int" + new string(']', 100) + ") { __typename }", 400, TooDeep);
        yield return Query(f, "fragment chain 50 deep", Numbered(i => $"fragment F{i} on Region {{ parent {{ ...F{i + 1} }} }}", 50) + " fragment F50 on Region { code } { region(code: \"44\") { ...F0 } }", status: 400);
    }

    private static IEnumerable<HostileCase> Breadth()
    {
        const string f = "breadth";
        foreach (var n in new[] { 21, 100, 1_000, 5_000, 20_000 })
        {
            yield return Query(f, $"{n} root __typename", "{ " + Repeat("__typename", n) + " }", status: 400);
            yield return Query(f, $"{n} nested fields", "{ batches { " + Repeat("year", n) + " } }", status: n <= 100 ? null : 400);
            yield return Query(f, $"{n} __type without aliases", "{ " + Numbered(i => $"__type(name: \"T{i}\") {{ name }}", n) + " }", status: 400);
        }
        yield return Query(f, "1000 arguments", "{ clusters(" + Numbered(i => $"a{i}: 1", 1000, ", ") + ") { totalCount } }", status: 400);
        yield return Query(f, "1000 variables", "query(" + Numbered(i => $"$v{i}: Int", 1000, ", ") + ") { __typename }", status: 400);
        yield return Query(f, "100 operations", Numbered(i => $"query Q{i} {{ __typename }}", 100), status: 400, operationName: "Q1");
        yield return Query(f, "wide object literal", "{ clusters(where: {" + Numbered(i => $"f{i}: 1", 500, ", ") + "}) { totalCount } }", status: 400);
        yield return Query(f, "wide list literal", "{ nodes(ids: [" + Numbered(i => "\"x\"", 5000, ", ") + "]) { id } }", status: 400);
        yield return Query(f, "rich but legal", "{ clusters(first: 50) { totalCount nodes { id name leadIndustry province { name } county { name } designations { level validFrom validUntil status batch { year } } } } }", status: 200);
    }

    private static string ConflictingAliases(int n) => "{ " + Numbered(i => $"a: __type(name: \"T{i}\") {{ name }}", n) + " }";

    private static IEnumerable<HostileCase> Aliases()
    {
        const string f = "aliases";
        foreach (var n in new[] { 31, 100, 500, 1_000, 3_000 })
        {
            // Eleven tokens an alias: past MaxTokens the document is refused before it is parsed.
            yield return Query(f, $"{n} conflicting aliases", ConflictingAliases(n), 400, n * 11 > 15_000 ? TooLarge : "MAX_ALIASES_EXCEEDED");
            yield return Query(f, $"{n} distinct aliases", "{ " + Numbered(i => $"a{i}: __typename", n) + " }", 400);
            yield return Query(f, $"{n} nested aliases", "{ batches { " + Numbered(i => $"y{i}: year", n) + " } }", 400);
        }
        yield return Query(f, "alias shadowing a field", "{ clusters: batches { year } }");
        yield return Query(f, "alias to __typename of conflicting types", "{ x: __typename x: batches { year } }", 400);
    }

    private static IEnumerable<HostileCase> Fragments()
    {
        const string f = "fragments";
        foreach (var n in new[] { 51, 500, 3_000 })
            yield return Query(f, $"{n} fragments each spread once", Numbered(i => $"fragment F{i} on Query {{ a{i}: __typename }}", n) + " { " + Numbered(i => $"...F{i}", n) + " }", 400, TooLarge);
        foreach (var levels in new[] { 10, 20, 30, 45 })
            yield return Query(f, $"exponential fragments {levels} levels", Numbered(i => $"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}", levels) + $" fragment F{levels} on Query {{ __typename }} {{ ...F0 }}", 400);
        yield return Query(f, "fragment cycle", "fragment A on Query { ...B } fragment B on Query { ...A } { ...A }", 400);
        yield return Query(f, "self spread", "fragment A on Query { ...A } { ...A }", 400);
        yield return Query(f, "unknown fragment", "{ ...Nope }", 400);
        yield return Query(f, "unused fragment", "fragment A on Query { __typename } { __typename }", 400);
        yield return Query(f, "wrong type condition", "fragment A on Cluster { name } { ...A }", 400);
        yield return Query(f, "500 spreads of one fragment", "fragment A on Query { __typename } { " + Repeat("...A", 500) + " }", 400, TooLarge);
        yield return Query(f, "fragment on unknown type", "fragment A on Nope { x } { ...A }", 400);
        yield return Query(f, "spread with 200 directives", "fragment A on Query { __typename } { ...A " + Repeat("@skip(if: false)", 200) + " }", 400, TooLarge);
    }

    private static IEnumerable<HostileCase> Directives()
    {
        const string f = "directives";
        foreach (var n in new[] { 2, 101, 1_000, 10_000 })
            yield return Query(f, $"{n} @skip on one field", "{ __typename " + Repeat("@skip(if: false)", n) + " }", 400);
        yield return Query(f, "unknown directive", "{ __typename @nope }", 400);
        yield return Query(f, "directive with a missing variable", "query { __typename @include(if: $x) }", 400);
        yield return Query(f, "directive with a wrong argument type", "{ __typename @include(if: \"yes\") }", 400);
        yield return Query(f, "directive in a wrong location", "query @skip(if: true) { __typename }", 400);
        yield return Query(f, "deprecated directive arguments", "{ __typename @deprecated(reason: \"x\") }", 400);
        yield return QueryWith(f, "include with null", "query($b: Boolean) { __typename @include(if: $b) }", new { b = (bool?)null }, 400);
        yield return QueryWith(f, "directives on variables", "query($b: Boolean @skip(if: true)) { __typename }", new { b = true });
        yield return Query(f, "skip every root field", "{ a: __typename @skip(if: true) }", status: 200);
    }

    private static IEnumerable<HostileCase> VariablesAndCoercion()
    {
        const string f = "variables";
        const string paged = "query($n: Int) { clusters(first: $n) { totalCount } }";
        object?[] badInts = ["ten", 1.5, true, new[] { 1 }, new { a = 1 }, 2147483648L, -2147483649L, "1e3", ""];
        foreach (var (value, i) in badInts.Select((v, i) => (v, i)))
            yield return QueryWith(f, $"Int variable #{i}", paged, new { n = value }, 400);
        yield return Query(f, "missing required variable", "query($n: Int!) { clusters(first: $n) { totalCount } }", status: 400);
        yield return QueryWith(f, "null for a non-null variable", "query($n: Int!) { clusters(first: $n) { totalCount } }", new { n = (int?)null }, 400);
        yield return QueryWith(f, "undeclared variable", "{ clusters(first: $n) { totalCount } }", new { n = 1 }, 400);
        yield return QueryWith(f, "unused variable", "query($n: Int) { __typename }", new { n = 1 }, 400);
        yield return Query(f, "variable of an unknown type", "query($n: Nope) { __typename }", status: 400);
        yield return Query(f, "variable of an output type", "query($n: Cluster) { __typename }", status: 400);
        yield return QueryWith(f, "enum as a wrong string", "query($o: [ClusterSortInput!]) { clusters(order: $o) { totalCount } }", new { o = new[] { new { name = "SIDEWAYS" } } }, 400);
        yield return QueryWith(f, "date garbage", "query($d: Date) { clusters(statusOn: $d) { totalCount } }", new { d = "2026-02-30" }, 400);
        yield return QueryWith(f, "date far future", "query($d: Date) { clusters(statusOn: $d) { totalCount } }", new { d = "9999-12-31" });
        yield return QueryWith(f, "date with time", "query($d: Date) { clusters(statusOn: $d) { totalCount } }", new { d = "2026-01-01T00:00:00Z" }, 400);
        yield return QueryWith(f, "filter with unknown fields", Filter, new { w = new { nope = 1 } }, 400);
        yield return QueryWith(f, "filter with a list for an object", Filter, new { w = new { name = new[] { 1 } } }, 400);
        yield return QueryWith(f, "filter with null items", Filter, new { w = new { or = new object?[] { null } } }, 400);
        yield return QueryWith(f, "ids of the wrong type", "query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = new object[] { 1, true, new { } } }, 400);
        yield return QueryWith(f, "5000 ids", "query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = Enumerable.Repeat("Q2x1c3Rlcjox", 5000) });
        yield return QueryWith(f, "ids not ids", "query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = new[] { "", "%%%", "Q2x1c3Rlcjo=", new string('A', 10000) } });
        yield return QueryWith(f, "variables named like builtins", "query($__schema: Int) { __typename }", new Dictionary<string, object> { ["__schema"] = 1 }, 400);
        yield return QueryWith(f, "1000 unused variables in the map", "{ __typename }", Enumerable.Range(0, 1000).ToDictionary(i => $"v{i}", i => (object)i));
        yield return QueryWith(f, "deeply nested variable value", Filter, new { w = Nest(60) }, 400);
        yield return QueryWith(f, "mutation input wrong shape", "mutation($i: RecordIdentificationInput!) { recordIdentification(input: $i) { errors { __typename } } }", new { i = new { batchId = 5 } });
    }

    private static object Nest(int depth) => depth == 0 ? new { } : new { and = new[] { Nest(depth - 1) } };

    private static string OrVariables(int n) => JsonSerializer.Serialize(new { w = OrFilter(n) });

    private static object OrFilter(int n) => new { or = Enumerable.Range(0, n).Select(i => new { name = new { eq = $"n{i}" } }) };

    private static IEnumerable<HostileCase> Filters()
    {
        const string f = "filters";
        foreach (var n in new[] { 101, 1_000, 7_000, 8_000, 20_000 })
        {
            // Each item is three JSON values; past the variables limit the request is refused before coercion.
            var refusal = n * 3 > 5_000 ? "VARIABLES_TOO_LARGE" : InvalidFilter;
            yield return QueryWith(f, $"or of {n} on clusters", Filter, new { w = OrFilter(n) }, code: refusal);
            yield return QueryWith(f, $"and of {n} on clusters", Filter, new { w = new { and = Enumerable.Range(0, n).Select(i => new { name = new { neq = $"n{i}" } }) } }, code: refusal);
            yield return QueryWith(f, $"or of {n} on facets", Facets, new { w = OrFilter(n) }, code: refusal);
            yield return QueryWith(f, $"or of {n} in designations", Filter, new { w = new { designations = new { some = new { or = Enumerable.Range(0, n).Select(i => new { batchYear = new { eq = 2000 + i } }) } } } }, code: refusal);
            yield return QueryWith(f, $"or of {n} on policy supports", "query($w: PolicySupportFilterInput) { policySupports(where: $w) { totalCount } }",
                new { w = new { or = Enumerable.Range(0, n).Select(i => new { title = new { eq = $"t{i}" } }) } }, code: refusal);
        }
        foreach (var depth in new[] { 11, 30, 60 })
            yield return QueryWith(f, $"and nested {depth} deep", Filter, new { w = Nest(depth) }, depth < 60 ? null : 400, depth < 60 ? InvalidFilter : null);
        foreach (var length in new[] { 201, 50_001, 300_000 })
        {
            yield return QueryWith(f, $"startsWith of {length}", Filter, new { w = new { name = new { startsWith = new string('%', length) } } }, code: InvalidFilter);
            yield return QueryWith(f, $"endsWith of {length}", Filter, new { w = new { name = new { endsWith = new string('_', length) } } }, code: InvalidFilter);
            // Escaped as \uXXXX, six bytes a character: the longest is over the body limit.
            yield return QueryWith(f, $"contains of {length}", Filter, new { w = new { leadIndustry = new { contains = new string('电', length) } } },
                code: length * 6 > 1_048_576 ? "REQUEST_TOO_LARGE" : InvalidFilter);
            yield return QueryWith(f, $"eq of {length}", Filter, new { w = new { name = new { eq = new string('x', length) } } }, code: InvalidFilter);
            yield return QueryWith(f, $"in item of {length}", Filter, new { w = new { name = new { @in = new[] { new string('x', length) } } } }, code: InvalidFilter);
        }
        yield return QueryWith(f, "in list of 101", Filter, new { w = new { name = new { @in = Enumerable.Range(0, 101).Select(i => $"n{i}") } } }, code: InvalidFilter);
        yield return QueryWith(f, "in list of 10000 ints", Filter, new { w = new { firstBatchYear = new { @in = Enumerable.Range(0, 10_000) } } }, code: "VARIABLES_TOO_LARGE");
        yield return QueryWith(f, "in list of 1000 ints", Filter, new { w = new { firstBatchYear = new { @in = Enumerable.Range(0, 1_000) } } }, code: InvalidFilter);
        yield return QueryWith(f, "LIKE wildcards", Filter, new { w = new { name = new { contains = "%_[]^\\" } } }, 200);
        yield return Query(f, "search of 101 characters", "{ clusters(search: \"" + new string('a', 101) + "\") { totalCount } }", code: InvalidFilter);
        yield return Query(f, "search of 11 words", "{ clusters(search: \"" + Numbered(i => $"w{i}", 11) + "\") { totalCount } }", code: InvalidFilter);
        yield return QueryWith(f, "search of 50000 characters", "query($s: String) { clusters(search: $s) { totalCount } }", new { s = new string('产', 50_000) }, code: InvalidFilter);
        yield return QueryWith(f, "empty filter objects", Filter, new { w = new { and = new object[] { new { }, new { } }, or = Array.Empty<object>() } }, 200);
        yield return QueryWith(f, "all and none on designations", Filter, new { w = new { designations = new { all = new { level = new { eq = "NATIONAL" } }, none = new { status = new { eq = "REVOKED" } }, any = true } } }, 200);
        yield return QueryWith(f, "region by a long name", Filter, new { w = new { province = new { name = new { eq = new string('广', 5000) } } } }, code: InvalidFilter);
        yield return Query(f, "filter as a literal with 200 or items", "{ clusters(where: { or: [" + Numbered(i => $"{{ name: {{ eq: \"n{i}\" }} }}", 200, ", ") + "] }) { totalCount } }", 400, TooLarge);
        yield return QueryWith(f, "facets with deep filter", Facets, new { w = Nest(30) }, code: InvalidFilter);
    }

    private static IEnumerable<HostileCase> Paging()
    {
        const string f = "paging";
        foreach (var (args, i) in new[] { "first: 1000", "first: -1", "last: 51", "last: -5", "first: 2147483647", "first: 1, last: 1", "after: \"x\", before: \"y\"",
            "after: \"!!!\"", "after: \"eyJ9\"", "after: \"e30=\"", "after: \"eyJvIjoiaWQiLCJ2IjpbXX0=\"", "after: \"eyJvIjoibmFtZSIsInYiOlsieCJdfQ==\"",
            "after: \"eyJvIjoiaWQiLCJ2IjpbImEiXX0=\"", "after: \"eyJvIjoiaWQiLCJ2IjpbMWUzMDBdfQ==\"", "before: \"" + new string('A', 100_000) + "\"",
            "after: \"" + Convert.ToBase64String(Encoding.UTF8.GetBytes(new string('[', 10_000))) + "\"", "first: 0", "first: null", "after: \"\"" }.Select((a, i) => (a, i)))
            yield return Query(f, $"paging #{i} {args[..Math.Min(args.Length, 40)]}", $"{{ clusters({args}) {{ totalCount nodes {{ id }} }} }}");
        yield return Query(f, "page too large is 400 with friendly text", "{ clusters(first: 1000) { totalCount } }", 400);
        yield return Query(f, "policy supports after garbage", "{ policySupports(after: \"zzz\") { totalCount } }");
        yield return Query(f, "order with two fields in one entry", "{ clusters(order: [{ name: ASC, regionCode: DESC }]) { totalCount } }");
        yield return Query(f, "order with 1000 entries", "{ clusters(order: [" + Repeat("{ name: ASC }", 1000, ", ") + "]) { totalCount } }", 400, TooLarge);
        yield return Query(f, "node with garbage id", "{ node(id: \"" + new string('Z', 10_000) + "\") { id } }");
        yield return Query(f, "node with another type's id", "{ cluster(id: \"SW5kdXN0cnk6MQ==\") { id } }");
        yield return Query(f, "batch with a cluster id", "{ node(id: \"SWRlbnRpZmljYXRpb25CYXRjaDp4\") { id } }");
    }

    private static IEnumerable<HostileCase> Tokens()
    {
        const string f = "tokens";
        var tokens = new Dictionary<string, string>
        {
            ["garbage"] = "Bearer garbage",
            ["empty bearer"] = "Bearer ",
            ["bearer only"] = "Bearer",
            ["three dots"] = "Bearer ...",
            ["alg none"] = "Bearer eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJyb2xlcyI6WyJSZWdpc3RyeS5NaW5pc3RyeSJdfQ.",
            ["expired"] = "Bearer " + Auth.TestTokens.Expired("Registry.Ministry"),
            ["foreign key"] = "Bearer " + Auth.TestTokens.SignedWithForeignKey("Registry.Ministry"),
            ["huge token"] = "Bearer " + new string('a', 12_000),
            ["basic"] = "Basic dXNlcjpwYXNz",
            ["unknown scheme"] = "Negotiate abc",
            ["two bearers"] = "Bearer a, Bearer b",
            ["percent-encoded"] = "Bearer %E4%BB%A4%E7%89%8C",
        };
        foreach (var (name, header) in tokens)
        {
            var headers = new Dictionary<string, string> { ["Authorization"] = header };
            // No token at all (another scheme, or "Bearer" with nothing after it) is an anonymous request.
            var refused = name is "basic" or "unknown scheme" or "empty bearer" or "bearer only" ? (int?)null : 401;
            yield return Query(f, $"{name} on a public query", "{ __typename }", status: refused, headers: headers);
            yield return Query(f, $"{name} on a mutation", "mutation { createIdentificationBatch(input: { level: NATIONAL, year: 2031, issuingAuthority: \"x\", validFrom: \"2031-01-01\", validUntil: \"2031-12-31\" }) { errors { __typename } } }", status: 401, headers: headers);
        }
        yield return Query(f, "mutation without a token", "mutation { revokeDesignation(input: { designationId: \"x\", ground: OTHER, revokedOn: \"2026-01-01\" }) { errors { __typename } } }", 401);
        yield return Query(f, "a query asking for official-only data anonymously", "{ clusters(first: 1) { nodes { history { actor { name } } } } }");
    }

    private static IEnumerable<HostileCase> Batching()
    {
        const string f = "batching";
        yield return Raw(f, "array of two", "[{\"query\": \"{ __typename }\"}, {\"query\": \"{ __typename }\"}]", 400);
        yield return Raw(f, "empty array", "[]", 400);
        yield return Raw(f, "array of 1000", "[" + Repeat("{\"query\": \"{ __typename }\"}", 1000, ",") + "]", 400);
        yield return Raw(f, "array of garbage", "[1, \"x\", null]", 400);
        yield return Raw(f, "nested arrays", "[[{\"query\": \"{ __typename }\"}]]", 400);
        yield return Raw(f, "operation list in query", "{\"query\": [\"{ __typename }\"]}", 400);
        yield return Query(f, "two mutations anonymously", "mutation { a: createIdentificationBatch(input: { level: NATIONAL, year: 2031, issuingAuthority: \"x\", validFrom: \"2031-01-01\", validUntil: \"2031-12-31\" }) { errors { __typename } } b: createIdentificationBatch(input: { level: NATIONAL, year: 2032, issuingAuthority: \"x\", validFrom: \"2032-01-01\", validUntil: \"2032-12-31\" }) { errors { __typename } } }", 401);
        yield return Query(f, "query and mutation without operationName", "query A { __typename } mutation B { __typename }", 400);
    }

    private static IEnumerable<HostileCase> HugeValues()
    {
        const string f = "huge";
        yield return QueryWith(f, "900 KB string variable", "query($s: String) { clusters(search: $s) { totalCount } }", new { s = new string('x', 900_000) }, code: InvalidFilter);
        yield return Raw(f, "2 MB body", "{\"query\": \"{ __typename }\", \"x\": \"" + new string('x', 2_000_000) + "\"}", 413, "REQUEST_TOO_LARGE");
        yield return Query(f, "1e400 literal", "{ clusters(first: 1e400) { totalCount } }", status: 400);
        yield return Query(f, "huge int literal", "{ clusters(first: 99999999999999999999999) { totalCount } }", status: 400);
        yield return Query(f, "100 KB identifier", "{ " + new string('a', 100_000) + " }", status: 400);
        yield return Query(f, "500 KB string literal", "{ clusters(search: \"" + new string('x', 500_000) + "\") { totalCount } }", code: InvalidFilter);
        yield return Query(f, "500 KB block string", "{ clusters(search: \"\"\"" + new string('x', 500_000) + "\"\"\") { totalCount } }", code: InvalidFilter);
        yield return Query(f, "500 KB comment", "# " + new string('c', 500_000) + "\n{ __typename }", status: 200);
        yield return Query(f, "500 KB whitespace", new string(' ', 500_000) + "{ __typename }", status: 200);
        yield return Query(f, "long operation name", "query " + new string('Q', 100_000) + " { __typename }", status: 200);
        yield return Query(f, "huge float", "{ clusters(first: 1.7976931348623157e309) { totalCount } }", status: 400);
        yield return Query(f, "1 MB of commas", "{ __typename" + new string(',', 1_000_000) + " }", status: 200);
        yield return Query(f, "800 KB of tokens", "{ __typename " + Repeat("__typename", 80_000) + " }", status: 400);
    }

    private static IEnumerable<HostileCase> Subscriptions()
    {
        const string f = "subscriptions";
        yield return Query(f, "subscription over POST", "subscription { x }", status: 400, code: "UNSUPPORTED_OPERATION");
        yield return Query(f, "named subscription", "subscription S { clusters { totalCount } }", status: 400, code: "UNSUPPORTED_OPERATION");
        yield return Query(f, "subscription chosen by name", "query Q { __typename } subscription S { x }", status: 400, code: "UNSUPPORTED_OPERATION", operationName: "S");
        yield return Query(f, "query chosen beside a subscription", "query Q { __typename } subscription S { x }", status: 200, operationName: "Q");
    }
}
