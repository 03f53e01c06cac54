using System.Text;

namespace ClusterRegistry.Data.Import;

/// <summary>Reads RFC 4180 CSV (quoted fields, doubled quotes) into rows keyed by the header's column names.</summary>
internal static class CsvReader
{
    public static IEnumerable<IReadOnlyDictionary<string, string>> Read(TextReader reader)
    {
        string[]? header = null;
        foreach (var fields in Records(reader))
        {
            if (header is null) { header = fields; continue; }
            if (fields.Length == 1 && fields[0].Length == 0) continue;
            if (fields.Length != header.Length)
                throw new FormatException($"A row has {fields.Length} fields where the header has {header.Length}: {string.Join(',', fields)}");
            var row = new Dictionary<string, string>(header.Length, StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++) row[header[i]] = fields[i];
            yield return row;
        }
    }

    private static IEnumerable<string[]> Records(TextReader reader)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        int c;
        while ((c = reader.Read()) != -1)
        {
            var ch = (char)c;
            if (quoted)
            {
                if (ch != '"') field.Append(ch);
                else if (reader.Peek() == '"') field.Append((char)reader.Read());
                else quoted = false;
                continue;
            }
            switch (ch)
            {
                case '"': quoted = true; break;
                case ',': fields.Add(field.ToString()); field.Clear(); break;
                case '\r': break;
                case '\n':
                    fields.Add(field.ToString()); field.Clear();
                    yield return fields.ToArray();
                    fields.Clear();
                    break;
                default: field.Append(ch); break;
            }
        }
        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return fields.ToArray();
        }
    }
}
