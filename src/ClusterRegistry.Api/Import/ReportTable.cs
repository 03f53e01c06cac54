using System.Text.Json.Nodes;

namespace ClusterRegistry.Api.Import;

/// <summary>Prints an import report as a plain-text table, one line per row plus its errors and warnings.</summary>
public static class ReportTable
{
    public static void Write(JsonNode report, TextWriter output)
    {
        var committed = (bool)report["committed"]!;
        output.WriteLine(committed ? "COMMITTED" : "DRY RUN (nothing written)");
        output.WriteLine($"{"No",4}  {"Outcome",-16}  {"County",-14}  Name");
        foreach (var row in report["rows"]!.AsArray())
        {
            var county = row!["county"] is { } c ? $"{c["code"]} {c["name"]}" : "-";
            output.WriteLine($"{(int)row["number"]!,4}  {(string)row["outcome"]!,-16}  {county,-14}  {row["name"]}");
            foreach (var e in row["errors"]!.AsArray()) output.WriteLine($"{"",24}error: {e}");
            foreach (var w in row["warnings"]!.AsArray()) output.WriteLine($"{"",24}warning: {w}");
        }
        output.WriteLine($"{report["newClusters"]} new clusters, {report["newDesignations"]} new designations, {report["rejected"]} rows rejected.");
        if (!committed && (int)report["rejected"]! == 0) output.WriteLine($"Token: {report["token"]} (commit with --commit)");
    }
}
