using System.Diagnostics;
using ClusterRegistry.Api.Operations;
using ClusterRegistry.Tests.Infrastructure;
using OpenTelemetry.Metrics;

namespace ClusterRegistry.Tests.Operations;

public sealed class TelemetryTests(TelemetryApiFactory factory) : IClassFixture<TelemetryApiFactory>
{
    [Fact]
    public async Task A_graphql_request_is_a_graphql_span_under_the_aspnetcore_span_with_the_ef_spans_under_it()
    {
        await factory.CreateClient().QueryDataAsync(
            """query GuangzhouClusters { clusters(search: "广州", first: 3) { nodes { name province { name } } } }""");

        var graphQL = await SpanAsync(span => span.Source.Name == GraphQLTelemetry.Name && Equals(span.GetTagItem("graphql.operation.name"), "GuangzhouClusters"));
        Assert.Equal("query GuangzhouClusters", graphQL.DisplayName);
        Assert.Equal("query", graphQL.GetTagItem("graphql.operation.type"));
        Assert.Equal(ActivityStatusCode.Unset, graphQL.Status);

        var server = await SpanAsync(span => span.SpanId == graphQL.ParentSpanId);
        Assert.Equal("Microsoft.AspNetCore", server.Source.Name);
        Assert.Equal(ActivityKind.Server, server.Kind);

        var database = factory.Spans.Where(span => span.TraceId == graphQL.TraceId && span.Source.Name.Contains("EntityFrameworkCore")).ToList();
        Assert.NotEmpty(database);
        Assert.All(database, span => Assert.True(IsUnder(span, graphQL), $"{span.DisplayName} is not under the GraphQL span."));
    }

    [Fact]
    public async Task A_throwing_resolver_marks_the_graphql_span_as_failed_without_the_message()
    {
        await factory.CreateClient().PostGraphQLAsync("query Failing { transportTestFailure }");

        var graphQL = await SpanAsync(span => span.Source.Name == GraphQLTelemetry.Name && Equals(span.GetTagItem("graphql.operation.name"), "Failing"));
        Assert.Equal(ActivityStatusCode.Error, graphQL.Status);
        Assert.DoesNotContain(graphQL.TagObjects, tag => tag.Value?.ToString()?.Contains("hunter2") == true);
    }

    [Fact]
    public async Task Metrics_cover_aspnetcore_requests_ef_commands_and_graphql_operations()
    {
        await factory.CreateClient().QueryDataAsync("query Provinces { regions { code } }");

        var metrics = factory.CollectMetrics();
        Assert.Contains("http.server.request.duration", metrics.Keys);
        Assert.Contains(metrics.Keys, name => name.StartsWith("microsoft.entityframeworkcore.", StringComparison.Ordinal));
        var operations = metrics["graphql.server.operation.duration"];
        Assert.Equal(MetricType.Histogram, operations.MetricType);
        Assert.Contains(Points(operations), point => TagsOf(point).Contains(new("graphql.operation.type", "query")));
    }

    private Task<Activity> SpanAsync(Func<Activity, bool> matches) =>
        Eventually.ValueAsync(() => factory.Spans.FirstOrDefault(matches), "the span");

    private bool IsUnder(Activity span, Activity ancestor)
    {
        var bySpanId = factory.Spans.ToDictionary(s => s.SpanId);
        for (var current = span; bySpanId.TryGetValue(current.ParentSpanId, out var parent); current = parent)
            if (parent.SpanId == ancestor.SpanId)
                return true;
        return false;
    }

    private static List<MetricPoint> Points(Metric metric)
    {
        var points = new List<MetricPoint>();
        foreach (ref readonly var point in metric.GetMetricPoints())
            points.Add(point);
        return points;
    }

    private static List<KeyValuePair<string, object?>> TagsOf(MetricPoint point)
    {
        var tags = new List<KeyValuePair<string, object?>>();
        foreach (var tag in point.Tags)
            tags.Add(tag);
        return tags;
    }
}
