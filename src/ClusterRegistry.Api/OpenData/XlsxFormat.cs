using Microsoft.AspNetCore.Http.Features;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace ClusterRegistry.Api.OpenData;

/// <summary>An Excel workbook of one sheet, written by MiniExcel row by row as the rows are read.</summary>
public sealed class XlsxFormat : IOpenDataFormat
{
    public string Extension => "xlsx";
    public string MediaType => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public async Task WriteAsync(HttpResponse response, IOpenDataTable table, IAsyncEnumerable<object?[]> rows, CancellationToken ct)
    {
        var names = table.Columns.Select(c => c.Name).ToArray();
        var records = rows.ToBlockingEnumerable(ct).Select(row =>
        {
            IDictionary<string, object?> record = new Dictionary<string, object?>(names.Length);
            for (var i = 0; i < names.Length; i++)
                record[names[i]] = row[i] is int number ? number : OpenDataValues.Text(row[i]);
            return record;
        });
        // Without fast mode MiniExcel writes the zip in create mode, which needs no seekable stream; only the zip's
        // central directory is written synchronously, when the archive is closed.
        var configuration = new OpenXmlConfiguration { FastMode = false };
        if (response.HttpContext.Features.Get<IHttpBodyControlFeature>() is { } body) body.AllowSynchronousIO = true;
        await response.Body.SaveAsAsync(records, printHeader: true, sheetName: table.Name, excelType: ExcelType.XLSX,
            configuration: configuration, cancellationToken: ct);
    }
}
