using ClusterRegistry.Api.Import;
using ClusterRegistry.Tests.Officials;
using MiniExcelLibs;
using static ClusterRegistry.Tests.Officials.OfficialsApi;

namespace ClusterRegistry.Tests.Import;

/// <summary>The officials' command: an annex file in, the API called over HTTP, the report printed as a table.</summary>
public sealed class ImportCommandTests(ImportApiFactory factory) : IClassFixture<ImportApiFactory>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("annex-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<(int Exit, string Output, string Error)> Run(string file, string batch, bool commit)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var options = new ImportCommand.Options(file, batch, commit, new Uri("http://localhost/"), ClusterRegistry.Tests.Officials.Officials.Token(Caller.Ministry)!);
        var exit = await ImportCommand.RunAsync(options, factory.CreateClient(), output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Fujians_annex_as_xlsx_is_dry_run_then_committed()
    {
        // The real rows of the CSV fixture, written as the .xlsx an official would download from MIIT.
        var xlsx = Path.Combine(_folder, "fujian-2023.xlsx");
        var rows = ClusterRegistry.Data.Import.CsvRows.Read(new StringReader(File.ReadAllText(ImportApi.Fixture("fujian-2023-annex.csv"))))
            .Select(r => r.ToDictionary(c => c.Key, c => (object)c.Value)).ToList();
        MiniExcel.SaveAs(xlsx, rows);
        var batch = await factory.SyntheticBatchAsync("NATIONAL", UniqueBatchYear(), null, "2099-01-01", "2101-12-31");

        var dry = await Run(xlsx, batch, commit: false);
        Assert.Equal(0, dry.Exit);
        Assert.Contains("DRY RUN", dry.Output);
        Assert.Contains("350526 德化县", dry.Output);
        Assert.Contains("0 new clusters, 6 new designations, 0 rows rejected", dry.Output);

        var commit = await Run(xlsx, batch, commit: true);
        Assert.Equal(0, commit.Exit);
        Assert.Contains("COMMITTED", commit.Output);
        var designations = (await factory.QueryAsync(Caller.Anonymous, "query($id: ID!) { node(id: $id) { ... on IdentificationBatch { designationCount } } }", new { id = batch }))["node"]!;
        Assert.Equal(6, (int)designations["designationCount"]!);
    }

    [Fact]
    public async Task A_csv_with_a_bad_row_is_reported_and_not_committed()
    {
        var csv = Path.Combine(_folder, "messy.csv");
        await File.WriteAllTextAsync(csv, "\uFEFF序号,省份,县（市、区）,集群名称,主导产业\n1,广东省,天河区,合成测试命令产业集群,合成测试\n2,甘肃省,酒泉经开区,合成测试命令风电集群,风电\n");
        var batch = await factory.SyntheticBatchAsync("NATIONAL", UniqueBatchYear(), null, "2099-01-01", "2101-12-31");
        var before = await factory.CountRowsAsync();

        var result = await Run(csv, batch, commit: true);

        Assert.Equal(1, result.Exit);
        Assert.Contains("error: '酒泉经开区' is a development zone", result.Output);
        Assert.Contains("Not committed", result.Error);
        Assert.Equal(before, await factory.CountRowsAsync());
    }

    [Fact]
    public async Task A_file_without_the_needed_columns_or_an_unknown_format_is_explained()
    {
        var csv = Path.Combine(_folder, "wrong.csv");
        await File.WriteAllTextAsync(csv, "a,b\n1,2\n");
        var wrong = await Run(csv, "x", commit: false);
        Assert.Equal(2, wrong.Exit);
        Assert.Contains("集群名称", wrong.Error);
        var pdf = await Run(Path.Combine(_folder, "annex.pdf"), "x", commit: false);
        Assert.Equal(2, pdf.Exit);
        Assert.Throws<ArgumentException>(() => ImportCommand.Parse(["annex.xlsx", "--batch", "1"]));
    }
}
