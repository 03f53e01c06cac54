using ClusterRegistry.Api.Regions;

namespace ClusterRegistry.Api.OpenData;

/// <summary>The downloadable tables and the formats each is offered in.</summary>
public sealed class OpenDataCatalog(RegionCatalog regions)
{
    public IReadOnlyList<IOpenDataTable> Tables { get; } = [ClustersTable.Create(regions), DesignationsTable.Create(), BatchesTable.Create()];
    public IReadOnlyList<IOpenDataFormat> Formats { get; } = [new CsvFormat(), new XlsxFormat(), new JsonFormat()];

    /// <summary>The table and format a file name such as <c>clusters.csv</c> names, or null.</summary>
    public (IOpenDataTable Table, IOpenDataFormat Format)? Find(string file)
    {
        var dot = file.LastIndexOf('.');
        if (dot <= 0) return null;
        var table = Tables.FirstOrDefault(t => t.Name == file[..dot]);
        var format = Formats.FirstOrDefault(f => f.Extension == file[(dot + 1)..]);
        return table is null || format is null ? null : (table, format);
    }
}
