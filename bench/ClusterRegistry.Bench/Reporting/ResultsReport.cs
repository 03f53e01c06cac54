using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ClusterRegistry.Bench.Running;

namespace ClusterRegistry.Bench.Reporting;

/// <summary>
/// Writes the measured figures. In bench/RESULTS.md only the generated blocks between the
/// <c>&lt;!-- bench:... --&gt;</c> markers are replaced (one block per size, plus the start-up block), so the
/// hand-written analysis around them and the sizes not run this time stay as they are.
/// </summary>
internal static partial class ResultsReport
{
    public static void Write(string path, MachineInfo machine, StartupResult? startupEmpty, IReadOnlyList<SizeResult> results)
    {
        var text = File.Exists(path) ? File.ReadAllText(path) : Skeleton;
        if (!text.Contains(SizesEnd, StringComparison.Ordinal)) text += "\n" + SizesEnd + "\n";
        if (startupEmpty is not null) text = Replace(text, "startup", StartupBlock(machine, startupEmpty), before: SizesEnd);
        foreach (var result in results.OrderBy(r => r.Size))
            text = Replace(text, $"size={result.Size}", SizeBlock(machine, result), before: SizesEnd);
        File.WriteAllText(path, SortSizeBlocks(text));
    }

    public static string Standalone(MachineInfo machine, StartupResult? startupEmpty, IReadOnlyList<SizeResult> results)
    {
        var text = new StringBuilder("# ClusterRegistry benchmark output\n\n");
        if (startupEmpty is not null) text.AppendLine(StartupBlock(machine, startupEmpty)).AppendLine();
        foreach (var result in results) text.AppendLine(SizeBlock(machine, result)).AppendLine();
        return text.ToString();
    }

    public static string ConsoleTable(SizeResult result)
    {
        var text = new StringBuilder();
        text.AppendLine($"{result.Clusters:N0} clusters");
        text.AppendLine($"{"operation",-16} {"API",-8} {"conn",4} {"req/s",9} {"p50 ms",8} {"p99 ms",8} {"1c p50",8} {"CPU ms",7} {"KB/req",8} {"SQL/req",7} {"err",5} {"load",5} {"ratio",6} {"cpu r.",6}");
        foreach (var op in result.Operations)
        {
            if (op.NotMeasured is not null)
            {
                text.AppendLine($"{op.Key,-16} {op.NotMeasured}");
                continue;
            }
            foreach (var api in new[] { op.GraphQL, op.Rest }.OfType<ApiResult>())
                text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                    $"{op.Key,-16} {api.Api,-8} {api.Connections,4} {Rate(api.RequestsPerSecond),9} {api.P50Ms,8:F2} {api.P99Ms,8:F2} {api.SingleP50Ms,8:F2} {api.CpuMsPerRequest,7:F2} {api.AllocatedKbPerRequest,8:F1} {api.SqlPerRequest,7:F2} {api.Errors,5} {api.LoadAverage,5:F1} {(api.Api == "GraphQL" ? F2(op.Ratio) : ""),6} {(api.Api == "GraphQL" ? F2(op.CpuRatio) : ""),6}"));
        }
        return text.ToString();
    }

    private const string SizesEnd = "<!-- bench:sizes:end -->";

    private const string Skeleton = """
        # Benchmark results

        Figures written by `bench/run.sh` (see bench/README.md). Generated blocks sit between `<!-- bench:... -->` markers.

        """;

    private static string StartupBlock(MachineInfo machine, StartupResult startup) =>
        $"""
        ### Start-up with the embedded data

        {machine.Date}: `dotnet ClusterRegistry.Api.dll` (Release, Development environment) on an empty SQLite file, from process start to the
        first answered GraphQL request (migrations + seeding of the embedded regions, industries, national batches and clusters):
        **{Seconds(startup)}** (target ≤ 3 s: {Verdict(startup.Seconds is { } s && s <= 3)}).
        """;

    private static string SizeBlock(MachineInfo machine, SizeResult result)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"### {result.Clusters:N0} clusters").AppendLine();
        text.AppendLine($"Measured {machine.Describe()}").AppendLine();
        if (result.Generated is { } g)
            text.AppendLine(CultureInfo.InvariantCulture,
                $"Generated this run in {g.Seconds:F1} s: {g.RealClusters} real + {g.SyntheticClusters:N0} synthetic clusters, {g.Designations:N0} synthetic designations, {g.Reviews:N0} reviews, {g.Revocations:N0} revocations, {g.PolicySupports:N0} policy supports ({g.PolicyLinks:N0} cluster links).").AppendLine();
        foreach (var s in result.Startup)
            text.AppendLine($"Start-up of the API on this database ({s.Scenario}): **{Seconds(s)}**.").AppendLine();

        text.AppendLine("| Operation | API | conn | req/s | p50 ms | p99 ms | 1-conn p50 ms | CPU ms/req | alloc KB/req | SQL/req | errors | load avg | GraphQL ÷ REST req/s | ÷ by CPU/req |");
        text.AppendLine("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
        foreach (var op in result.Operations)
        {
            if (op.NotMeasured is not null)
            {
                text.AppendLine($"| {op.Title} | — | | | | | | | | | | | {op.NotMeasured} | |");
                continue;
            }
            foreach (var api in new[] { op.GraphQL, op.Rest }.OfType<ApiResult>())
                text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {(api.Api == "GraphQL" ? op.Title : "")} | {api.Api} | {api.Connections} | {Rate(api.RequestsPerSecond)} | {api.P50Ms:F2} | {api.P99Ms:F2} | {api.SingleP50Ms:F2} | {api.CpuMsPerRequest:F2} | {api.AllocatedKbPerRequest:F1} | {api.SqlPerRequest:F2} | {api.Errors} | {api.LoadAverage:F1} | {(api.Api == "GraphQL" && op.Ratio is { } r ? $"**{r:F2}**" : "")} | {(api.Api == "GraphQL" ? F2(op.CpuRatio) : "")} |"));
        }
        text.AppendLine();
        foreach (var op in result.Operations.Where(o => o.Note is not null)) text.AppendLine($"{op.Title}: {op.Note}.").AppendLine();

        if (result.GraphQLWalk is { } gw && result.RestWalk is { } rw)
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"Cursor walk by name, one connection, following `endCursor`: GraphQL {gw.Pages} pages in {gw.TotalSeconds:F2} s (pages 1–10 p50 {gw.FirstPagesP50Ms:F2} ms, last 10 pages p50 {gw.LastPagesP50Ms:F2} ms, ×{Ratio(gw.LastPagesP50Ms, gw.FirstPagesP50Ms)}); REST {rw.Pages} pages in {rw.TotalSeconds:F2} s (×{Ratio(rw.LastPagesP50Ms, rw.FirstPagesP50Ms)}).")).AppendLine();

        text.AppendLine("Targets at this size:").AppendLine();
        foreach (var line in Targets(result)) text.AppendLine("- " + line);
        text.AppendLine();
        if (result.Plans.Length > 0)
        {
            text.AppendLine("<details><summary>SQL and EXPLAIN QUERY PLAN of each GraphQL operation at this size</summary>").AppendLine();
            text.AppendLine(result.Plans);
            text.AppendLine("</details>");
        }
        return text.ToString();
    }

    private static IEnumerable<string> Targets(SizeResult result)
    {
        var lists = result.Operations.Where(o => o.Kind == OperationKind.List && o.Ratio is not null).ToList();
        if (lists.Count > 0)
        {
            var worst = lists.MinBy(o => o.Ratio)!;
            yield return string.Create(CultureInfo.InvariantCulture,
                $"GraphQL ≥ 0.8 × REST on every list operation: {Verdict(worst.Ratio >= 0.8)} (lowest {worst.Ratio:F2}, {worst.Title}; " +
                $"{string.Join(", ", lists.Select(o => $"{o.Key} {o.Ratio:F2}"))}; by CPU per request: {string.Join(", ", lists.Select(o => $"{o.Key} {o.CpuRatio:F2}"))})");
        }
        if (result.Operations.FirstOrDefault(o => o.Key == "detail") is { Ratio: { } detail })
            yield return string.Create(CultureInfo.InvariantCulture,
                $"GraphQL ≥ 0.9 × REST on cluster detail: {Verdict(detail >= 0.9)} ({detail:F2}; by CPU per request {result.Operations.First(o => o.Key == "detail").CpuRatio:F2})");
        if (result.Operations.FirstOrDefault(o => o.Key == "province-page")?.GraphQL is { } page)
            yield return string.Create(CultureInfo.InvariantCulture,
                $"p99 ≤ 25 ms at 32 connections for a page of 50 (target set at 100k): {Verdict(page.P99Ms <= 25 && page.Connections >= 32)} (p99 {page.P99Ms:F1} ms at {page.Connections} connections)");
        if (result.Operations.FirstOrDefault(o => o.Key == "province-page-get")?.GraphQL is { } cached)
            yield return string.Create(CultureInfo.InvariantCulture,
                $"The same p99 for the page sent as a GET, answered by the output cache: {Verdict(cached.P99Ms <= 25 && cached.Connections >= 32)} (p99 {cached.P99Ms:F1} ms at {cached.Connections} connections, {cached.RequestsPerSecond:F0} req/s)");
        var first = result.Operations.FirstOrDefault(o => o.Key == "walk-first")?.GraphQL;
        var last = result.Operations.FirstOrDefault(o => o.Key == "walk-last");
        if (first is not null && last?.GraphQL is { } lastG && result.GraphQLWalk is { } walk)
        {
            // The cost is the server's CPU per request; req/s and the sequential latencies move with the machine's load.
            var cost = lastG.CpuMsPerRequest / first.CpuMsPerRequest;
            var underLoad = first.RequestsPerSecond / lastG.RequestsPerSecond;
            var sequential = walk.LastPagesP50Ms / walk.FirstPagesP50Ms;
            yield return string.Create(CultureInfo.InvariantCulture,
                $"Page {walk.Pages} ≤ 1.5 × page 1: {Verdict(cost <= 1.5)} (CPU per request {lastG.CpuMsPerRequest:F2} vs {first.CpuMsPerRequest:F2} ms, ×{cost:F2}; " +
                $"by req/s ×{underLoad:F2}; sequential walk, last 10 vs first 10 pages ×{sequential:F2}; one request alone {lastG.SingleP50Ms:F2} vs {first.SingleP50Ms:F2} ms)" +
                $"{(walk.Pages < 1000 ? $" — only {walk.Pages} pages exist at this size" : "")}");
        }
        if (result.Operations.FirstOrDefault(o => o.Key == "facets")?.GraphQL is { } facets)
            yield return string.Create(CultureInfo.InvariantCulture,
                $"Facets answered in ≤ 200 ms (target set at 1M), served from the facet cache: {Verdict(facets.SingleP50Ms <= 200)} ({facets.SingleP50Ms:F0} ms for one request alone; p50 {facets.P50Ms:F0} ms at {facets.Connections} connections)");
        if (result.Operations.FirstOrDefault(o => o.Key == "facets-cold")?.GraphQL is { } cold)
            yield return string.Create(CultureInfo.InvariantCulture,
                $"Facets answered in ≤ 200 ms (target set at 1M), counted afresh (a status date not cached): {Verdict(cold.SingleP50Ms <= 200)} ({cold.SingleP50Ms:F0} ms for one request alone; p50 {cold.P50Ms:F0} ms at {cold.Connections} connections)");
        foreach (var s in result.Startup)
            yield return $"Start-up ≤ 3 s: {Verdict(s.Seconds is { } v && v <= 3)} ({Seconds(s)}, {s.Scenario})";
    }

    /// <summary>Requests per second with the precision a slow operation needs.</summary>
    private static string Rate(double rps) =>
        rps.ToString(rps >= 100 ? "F0" : rps >= 1 ? "F1" : "F2", CultureInfo.InvariantCulture);

    private static string F2(double? value) => value is { } v ? v.ToString("F2", CultureInfo.InvariantCulture) : "";

    private static string Verdict(bool met) => met ? "met" : "**missed**";

    private static string Seconds(StartupResult s) =>
        (s.Seconds is { } v ? string.Create(CultureInfo.InvariantCulture, $"{v:F2} s") : $"failed ({s.Error})") +
        string.Create(CultureInfo.InvariantCulture, $" (load average {s.LoadAverage:F1})");

    private static string Ratio(double a, double b) => b > 0 ? (a / b).ToString("F2", CultureInfo.InvariantCulture) : "–";

    private static string Replace(string text, string name, string block, string before)
    {
        var start = $"<!-- bench:{name}:start -->";
        var end = $"<!-- bench:{name}:end -->";
        var content = $"{start}\n{block.TrimEnd()}\n{end}";
        var from = text.IndexOf(start, StringComparison.Ordinal);
        var to = text.IndexOf(end, StringComparison.Ordinal);
        if (from >= 0 && to > from) return text[..from] + content + text[(to + end.Length)..];
        var at = text.IndexOf(before, StringComparison.Ordinal);
        return text[..at] + content + "\n\n" + text[at..];
    }

    /// <summary>Keeps the size blocks in ascending order of size wherever they were inserted.</summary>
    private static string SortSizeBlocks(string text)
    {
        var matches = SizeBlockPattern().Matches(text).ToList();
        if (matches.Count < 2) return text;
        var sorted = matches.OrderBy(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Select(m => m.Value).ToList();
        var result = new StringBuilder();
        var position = 0;
        for (var i = 0; i < matches.Count; i++)
        {
            result.Append(text, position, matches[i].Index - position).Append(sorted[i]);
            position = matches[i].Index + matches[i].Length;
        }
        return result.Append(text, position, text.Length - position).ToString();
    }

    [GeneratedRegex(@"<!-- bench:size=(\d+):start -->.*?<!-- bench:size=\1:end -->", RegexOptions.Singleline)]
    private static partial Regex SizeBlockPattern();
}
