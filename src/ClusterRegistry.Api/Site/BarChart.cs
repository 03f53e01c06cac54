namespace ClusterRegistry.Api.Site;

/// <summary>A chart of counts, each bar linking to the search it counts; drawn on the server (no script).</summary>
public sealed record BarChart(string Id, string Title, string Summary, IReadOnlyList<BarChart.Bar> Bars)
{
    public sealed record Bar(string Label, int Count, string Href);

    public int Max => Bars.Count == 0 ? 1 : Math.Max(1, Bars.Max(bar => bar.Count));
}
