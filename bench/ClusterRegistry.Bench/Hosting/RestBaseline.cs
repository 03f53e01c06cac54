using ClusterRegistry.Api.Caching;
using ClusterRegistry.Api.Clusters;
using ClusterRegistry.Api.Designations;
using ClusterRegistry.Api.Filtering;
using ClusterRegistry.Api.Paging;
using ClusterRegistry.Api.Regions;
using ClusterRegistry.Api.Schema;
using ClusterRegistry.Batches;
using ClusterRegistry.Clusters;
using ClusterRegistry.Data;
using ClusterRegistry.Designations;
using ClusterRegistry.Regions;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace ClusterRegistry.Bench.Hosting;

/// <summary>
/// Plain minimal-API endpoints that serve the same data as the portal's GraphQL operations, with the same EF Core
/// queries: the shared <see cref="ClusterSearch"/> filter and <see cref="KeysetPager"/> for the page, then the same
/// lookups the GraphQL batch loaders run (regions, status timelines for a list, designations with batch and reviews,
/// policy supports, industry), and the facets through the same <see cref="ClusterFacets"/> cache, so the difference in
/// cost is the GraphQL layer. Responses have the shape of the GraphQL data.
/// </summary>
internal static class RestBaseline
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var rest = app.MapGroup("/rest");

        // ?province=44 | ?industry=39&status=ACTIVE | ?search=text | ?order=name ; &after=cursor&first=50&on=2026-11-28
        rest.MapGet("/clusters", (IDbContextFactory<RegistryDbContext> contexts, RegionCatalog regions, string? province, string? industry, string? status,
            string? search, string? order, string? after, int? first, DateOnly? on, CancellationToken ct) =>
            PageAsync(contexts, regions, province, industry, status, search, order, after, first, on, ct));

        rest.MapGet("/clusters/{id:int}", async (IDbContextFactory<RegistryDbContext> contexts, RegionCatalog catalog, int id, DateOnly? on, CancellationToken ct) =>
        {
            var date = on ?? RegistryClock.Today;
            await using var db = await contexts.CreateDbContextAsync(ct);
            db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
            var cluster = await db.Clusters.FirstOrDefaultAsync(c => c.Id == id, ct);
            if (cluster is null) return Results.NotFound();

            var ids = new List<int> { cluster.Id };
            var designations = (await DesignationsAsync(db, ids, ct)).GetValueOrDefault(cluster.Id) ?? [];
            // The query of ClusterLoaders.PolicySupports: the link table joined to the measures.
            var policies = await db.ClusterPolicySupports.Where(link => ids.Contains(EF.Property<int>(link, "ClusterId")))
                .Join(db.PolicySupports, link => EF.Property<int>(link, "PolicySupportId"), p => p.Id,
                    (link, p) => new { ClusterId = EF.Property<int>(link, "ClusterId"), Policy = p })
                .OrderBy(x => x.Policy.StartsOn).ThenBy(x => x.Policy.Id).ToListAsync(ct);
            var regions = RegionNames(catalog, [cluster.ProvinceCode, cluster.PrefectureCode, cluster.CountyCode]);
            var codes = cluster.IndustryCode is { } code ? new List<string> { code } : [];
            var industry = codes.Count == 0 ? null : await db.Industries.Where(i => codes.Contains(i.Code)).FirstOrDefaultAsync(ct);

            return Results.Ok(new DetailDto(
                GlobalId.Encode(ClusterType.TypeName, cluster.Id), cluster.NameZh, cluster.NameEn, cluster.LeadIndustry, cluster.IndustryCode,
                industry is null ? null : new IndustryDto(industry.Code, industry.NameZh),
                Region(cluster.ProvinceCode, regions), Region(cluster.PrefectureCode, regions), Region(cluster.CountyCode, regions),
                cluster.OperatingInstitution, cluster.Description, cluster.FirstBatchYear, cluster.ValidUntil,
                ClusterStatus.On(designations.Select(d => d.Timeline), DesignationLevel.National, date) is { } status ? Constant(status) : null,
                new SourceDto(cluster.Provenance.SourceUrl, cluster.Provenance.Note),
                designations.Select(d => new DesignationDto(GlobalId.Encode(DesignationType.TypeName, d.Id), Constant(d.Level), d.ValidFrom,
                    d.InitialValidUntil, d.ValidUntil, Constant(d.StatusOn(date)),
                    new BatchDto(GlobalId.Encode("IdentificationBatch", d.Batch.Id), d.Batch.Year, Constant(d.Batch.Level), d.Batch.IssuingAuthority,
                        d.Batch.AnnouncementDocument),
                    d.Reviews.OrderBy(r => r.DecidedOn).Select(r => new ReviewDto(Constant(r.Outcome), r.DecidedOn, r.Document, r.ExtendedUntil)).ToList(),
                    d.Revocation is { } x ? new RevocationDto(Constant(x.Ground), x.RevokedOn, x.Document, x.Note) : null)).ToList(),
                policies.Select(p => p.Policy).Select(p => new PolicyDto(GlobalId.Encode("PolicySupport", p.Id), Constant(p.Kind),
                    Constant(p.IssuingLevel), p.IssuingAuthority, p.Title, p.StartsOn, p.EndsOn, p.AmountCny)).ToList()));
        });

        rest.MapGet("/facets", async (ClusterFacets facets, RegistryDataVersion dataVersion, DateOnly? on, CancellationToken ct) =>
        {
            // As ClusterFacetsType resolves them: the data version read once, then the five facets started together (the
            // cache computes each on the thread pool), from the same cache and queries.
            var search = new ClusterSearch(null, null, on ?? RegistryClock.Today);
            var version = await dataVersion.CurrentAsync(ct);
            var level = DesignationLevel.National;
            var total = facets.TotalCountAsync(search, version, ct);
            var byProvince = facets.ByProvinceAsync(search, version, ct);
            var byIndustry = facets.ByIndustryAsync(search, version, ct);
            var byBatchYear = facets.ByBatchYearAsync(search, level, version, ct);
            var byStatus = facets.ByStatusAsync(search, level, version, ct);
            return new FacetsDto(await total, await byProvince, await byIndustry, await byBatchYear, await byStatus);
        });
    }

    /// <summary>A page of clusters: ?province=44 | ?industry=39&amp;status=ACTIVE | ?search=text | ?order=name ; &amp;after=cursor&amp;first=50&amp;on=date.</summary>
    public static async Task<PageDto> PageAsync(IDbContextFactory<RegistryDbContext> contexts, RegionCatalog catalog, string? province, string? industry, string? status,
        string? search, string? order, string? after, int? first, DateOnly? on, CancellationToken ct)
    {
        var date = on ?? RegistryClock.Today;
        ClusterFilter? where = null;
        if (province is not null || industry is not null)
        {
            where = new ClusterFilter();
            if (province is not null) where.Province = new RegionFilter { Code = new StringOperationFilter { Eq = province } };
            if (industry is not null) where.IndustryCode = new StringOperationFilter { Eq = industry };
            if (status is not null)
                where.Designations = new ListFilter<DesignationFilter>
                {
                    Some = new DesignationFilter
                    {
                        Level = new EnumOperationFilter<DesignationLevel> { Eq = DesignationLevel.National },
                        Status = new EnumOperationFilter<DesignationStatus> { Eq = ParseStatus(status) },
                    },
                };
        }
        var keys = ClusterSort.KeysFor(order == "name" ? [new ClusterSort { Name = SortDirection.Asc }] : null);

        await using var db = await contexts.CreateDbContextAsync(ct);
        var filtered = new ClusterSearch(where, search, date).Apply(db).AsNoTracking();
        var page = await KeysetPager.PageAsync(filtered, keys, new PageRequest(first ?? 50, after, null, null), false, ct);

        var clusters = page.Edges.Select(e => e.Node).ToList();
        var regions = RegionNames(catalog, clusters.SelectMany(c => new[] { c.ProvinceCode, c.CountyCode }));
        var timelines = (await ClusterLoaders.Timelines(db, clusters.Select(c => c.Id).ToList()).ToListAsync(ct))
            .GroupBy(t => t.ClusterId).ToDictionary(g => g.Key, g => g.ToList());
        return new PageDto(
            page.Edges.Select(e => new EdgeDto(e.Cursor, ListItem(e.Node, regions, timelines, date))).ToList(),
            new PageInfoDto(page.PageInfo.HasNextPage, page.PageInfo.EndCursor));
    }

    private static DesignationStatus ParseStatus(string status) =>
        Enum.GetValues<DesignationStatus>().First(s => s.ToString().ToConstantCase() == status || s.ToString() == status);

    /// <summary>Region names from the API's in-memory <see cref="RegionCatalog"/>, as the GraphQL resolvers read them.</summary>
    private static Dictionary<string, string> RegionNames(RegionCatalog catalog, IEnumerable<string> wanted) =>
        wanted.Distinct().Select(catalog.Find).OfType<Region>().ToDictionary(r => r.Code, r => r.Name);

    /// <summary>The query of <c>ClusterLoaders.Designations</c>.</summary>
    private static async Task<Dictionary<int, List<Designation>>> DesignationsAsync(RegistryDbContext db, List<int> ids, CancellationToken ct) =>
        (await db.Designations.AsNoTracking().Include(d => d.Batch).Include(d => d.Reviews)
            .Where(d => ids.Contains(d.ClusterId)).OrderBy(d => d.ValidFrom).ThenBy(d => d.Id).ToListAsync(ct))
        .GroupBy(d => d.ClusterId).ToDictionary(g => g.Key, g => g.ToList());

    private static ListItemDto ListItem(Cluster c, Dictionary<string, string> regions, Dictionary<int, List<DesignationTimeline>> timelines, DateOnly on) =>
        new(GlobalId.Encode(ClusterType.TypeName, c.Id), c.NameZh, c.LeadIndustry, c.IndustryCode, c.FirstBatchYear, c.ValidUntil,
            new NameDto(regions.GetValueOrDefault(c.ProvinceCode, "")), new NameDto(regions.GetValueOrDefault(c.CountyCode, "")),
            ClusterStatus.On(timelines.GetValueOrDefault(c.Id) ?? [], DesignationLevel.National, on) is { } status ? Constant(status) : null);

    private static string Constant(Enum value) => value.ToString().ToConstantCase();

    private static RegionDto Region(string code, Dictionary<string, string> names) => new(code, names.GetValueOrDefault(code, ""));

    internal sealed record PageDto(IReadOnlyList<EdgeDto> Edges, PageInfoDto PageInfo);
    internal sealed record EdgeDto(string Cursor, ListItemDto Node);
    internal sealed record PageInfoDto(bool HasNextPage, string? EndCursor);
    internal sealed record ListItemDto(string Id, string Name, string LeadIndustry, string? IndustryCode, int FirstBatchYear, DateOnly ValidUntil,
        NameDto Province, NameDto County, string? Status);
    internal sealed record NameDto(string Name);
    internal sealed record RegionDto(string Code, string Name);
    internal sealed record IndustryDto(string Code, string NameZh);
    internal sealed record SourceDto(string? Url, string? Note);
    internal sealed record DetailDto(string Id, string Name, string? NameEn, string LeadIndustry, string? IndustryCode, IndustryDto? Industry,
        RegionDto Province, RegionDto Prefecture, RegionDto County, string? OperatingInstitution, string? Description, int FirstBatchYear,
        DateOnly ValidUntil, string? Status, SourceDto Source, IReadOnlyList<DesignationDto> Designations, IReadOnlyList<PolicyDto> PolicySupports);
    internal sealed record DesignationDto(string Id, string Level, DateOnly ValidFrom, DateOnly InitialValidUntil, DateOnly ValidUntil, string Status,
        BatchDto Batch, IReadOnlyList<ReviewDto> Reviews, RevocationDto? Revocation);
    internal sealed record BatchDto(string Id, int Year, string Level, string IssuingAuthority, string? AnnouncementDocument);
    internal sealed record ReviewDto(string Outcome, DateOnly DecidedOn, string? Document, DateOnly? ExtendedUntil);
    internal sealed record RevocationDto(string Ground, DateOnly RevokedOn, string? Document, string? Note);
    internal sealed record PolicyDto(string Id, string Kind, string IssuingLevel, string IssuingAuthority, string Title, DateOnly StartsOn,
        DateOnly? EndsOn, decimal? AmountCny);
    internal sealed record FacetsDto(int TotalCount, IReadOnlyList<FacetCount> ByProvince, IReadOnlyList<FacetCount> ByIndustry,
        IReadOnlyList<FacetCount> ByBatchYear, IReadOnlyList<FacetCount> ByStatus);
}
