using System.Text;
using ClusterRegistry.Bench.Hosting;
using Microsoft.Data.Sqlite;

namespace ClusterRegistry.Bench.Running;

/// <summary>SQLite's EXPLAIN QUERY PLAN for the statements an operation sent, with the same parameter values.</summary>
internal static class QueryPlans
{
    public static string Explain(string databasePath, IReadOnlyList<CapturedCommand> commands)
    {
        var text = new StringBuilder();
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly }.ToString());
        connection.Open();
        foreach (var command in commands.DistinctBy(c => c.Sql))
        {
            text.AppendLine("```sql");
            text.AppendLine(command.Sql.Trim());
            text.AppendLine("```");
            try
            {
                using var explain = connection.CreateCommand();
                explain.CommandText = "EXPLAIN QUERY PLAN " + command.Sql;
                foreach (var (name, value) in command.Parameters) explain.Parameters.AddWithValue(name, value ?? DBNull.Value);
                using var reader = explain.ExecuteReader();
                var depth = new Dictionary<long, int> { [0] = 0 };
                text.AppendLine("```text");
                while (reader.Read())
                {
                    var id = reader.GetInt64(0);
                    var parent = reader.GetInt64(1);
                    var level = depth.GetValueOrDefault(parent, 0) + 1;
                    depth[id] = level;
                    text.Append(' ', (level - 1) * 2).Append("- ").AppendLine(reader.GetString(3));
                }
                text.AppendLine("```");
            }
            catch (SqliteException e)
            {
                text.AppendLine($"(EXPLAIN failed: {e.Message})");
            }
        }
        return text.ToString();
    }
}
