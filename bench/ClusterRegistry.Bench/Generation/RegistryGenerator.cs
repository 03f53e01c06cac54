using System.Diagnostics;
using System.Globalization;
using ClusterRegistry.Api.Data;
using ClusterRegistry.Data;
using ClusterRegistry.Data.Import;
using ClusterRegistry.Industries;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace ClusterRegistry.Bench.Generation;

/// <summary>
/// Writes a synthetic registry of a given size to a SQLite file: the schema through the SQLite migrations, the real
/// regions, industries and national batches (and the real national clusters) through <see cref="RegistrySeeder"/>,
/// then synthetic provincial batches, clusters, designations, reviews, revocations and policy supports with raw
/// prepared INSERTs in one transaction. The denormalized columns follow the domain's rules: a designation's
/// ValidUntil is its InitialValidUntil extended by every passed review, a failed review revokes, a cluster's
/// FirstBatchYear and ValidUntil are the minimum batch year and maximum ValidUntil over its designations, and every
/// versioned row gets a fresh 16-byte Version as <c>ConcurrencyVersion.Stamp</c> gives it.
/// </summary>
internal sealed class RegistryGenerator(TextWriter log)
{
    /// <summary>The date the synthetic history runs up to: reviews and revocations are never later.</summary>
    public static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    private const int FirstProvincialYear = 2019;

    public static string ConnectionString(string path) => new SqliteConnectionStringBuilder { DataSource = path }.ToString();

    public static DbContextOptions<RegistryDbContext> Options(string path)
    {
        var builder = new DbContextOptionsBuilder<RegistryDbContext>();
        RegistryDatabase.Configure(builder, DatabaseProvider.Sqlite, ConnectionString(path));
        return builder.Options;
    }

    public async Task<GenerationReport> GenerateAsync(int clusters, string path, int seed)
    {
        var total = Stopwatch.StartNew();
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temp = path + ".partial";
        foreach (var f in new[] { temp, temp + "-wal", temp + "-shm", temp + "-journal" }) File.Delete(f);

        int realClusters;
        await using (var db = new RegistryDbContext(Options(temp)))
        {
            await db.Database.MigrateAsync();
            var report = await new RegistrySeeder(db, NullLogger<RegistrySeeder>.Instance).SeedAsync();
            realClusters = report.ClustersAdded;
            log.WriteLine($"  schema migrated and seeded: {report.RegionsAdded} regions, {report.IndustriesAdded} industries, " +
                          $"{report.BatchesAdded} national batches, {report.ClustersAdded} real national clusters ({total.Elapsed.TotalSeconds:F1} s)");
        }
        SqliteConnection.ClearAllPools();

        var counts = await InsertSyntheticAsync(temp, Math.Max(0, clusters - realClusters), seed);
        SqliteConnection.ClearAllPools();
        File.Move(temp, path, overwrite: true);
        log.WriteLine($"  wrote {path} in {total.Elapsed.TotalSeconds:F1} s");
        return counts with { RealClusters = realClusters, Seconds = total.Elapsed.TotalSeconds };
    }

    private sealed record Batch(int Id, string Level, int Year, string? ProvinceCode, DateOnly ValidFrom, DateOnly ValidUntil);

    private sealed record County(string Code, string PrefectureCode, string ProvinceCode, string Name);

    private async Task<GenerationReport> InsertSyntheticAsync(string path, int count, int seed)
    {
        var random = new Random(seed);
        var watch = Stopwatch.StartNew();
        await using var connection = new SqliteConnection(ConnectionString(path));
        await connection.OpenAsync();
        Execute(connection, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-1000000; PRAGMA temp_store=MEMORY;");

        var provinces = Query(connection, "SELECT Code, Name FROM Regions WHERE Level = 'Province'", r => (Code: r.GetString(0), Name: r.GetString(1)))
            .ToDictionary(p => p.Code, p => p.Name);
        var counties = Query(connection,
                "SELECT c.Code, c.ParentCode, c.Name FROM Regions c WHERE c.Level = 'County'",
                r => new County(r.GetString(0), r.GetString(1), r.GetString(0)[..2], r.GetString(2)))
            .GroupBy(c => c.ProvinceCode).ToDictionary(g => g.Key, g => g.ToArray());
        var industryNames = Query(connection, "SELECT Code, NameEn FROM Industries", r => (Code: r.GetString(0), Name: r.GetString(1)))
            .ToDictionary(i => i.Code, i => i.Name);
        var national = Query(connection, "SELECT Id, Year, ValidFrom, ValidUntil FROM Batches WHERE Level = 'National' ORDER BY Year",
            r => new Batch(r.GetInt32(0), "National", r.GetInt32(1), null, Date(r.GetString(2)), Date(r.GetString(3)))).ToList();
        var existing = Query(connection, "SELECT Id, ProvinceCode FROM Clusters", r => (Id: r.GetInt32(0), Province: r.GetString(1))).ToList();

        var provincePicker = new WeightedPicker<string>(provinces.Keys.Where(counties.ContainsKey)
            .Select(p => (p, Vocabulary.ProvinceWeights.GetValueOrDefault(p, 1))));
        var industryPicker = new WeightedPicker<(string Division, int Weight, string[] LeadIndustries)>(
            Vocabulary.Industries.Select(i => (i, i.Weight)));

        // Indexes are dropped during the load and rebuilt after it: building an index once is much faster than
        // keeping eight of them up to date row by row.
        var indexes = Query(connection,
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN " +
            "('Clusters', 'Designations', 'Reviews', 'ClusterPolicySupports', 'PolicySupports')",
            r => (Name: r.GetString(0), Sql: r.GetString(1))).ToList();

        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync();
        foreach (var index in indexes) Execute(connection, $"DROP INDEX \"{index.Name}\"", tx);

        // Provincial batches: one a year per province, announced in the second half of the year; a few 2026 lists
        // start on 1 January 2027, so some designations are not yet valid.
        var batchInsert = new Insert(connection, tx, "Batches",
            "Id", "Level", "Year", "ProvinceCode", "IssuingAuthority", "NoticeDocument", "NoticeDate", "AnnouncementDocument",
            "AnnouncementDate", "ValidFrom", "ValidUntil", "ValidityNote", "ReviewSummary", "Version", "SourceNote", "SourceUrl");
        var nextBatchId = Scalar(connection, tx, "SELECT COALESCE(MAX(Id), 0) FROM Batches") + 1;
        var provincial = new Dictionary<string, List<Batch>>();
        foreach (var (code, name) in provinces.OrderBy(p => p.Key))
        {
            var list = provincial[code] = [];
            for (var year = FirstProvincialYear; year <= Today.Year; year++)
            {
                var announced = new DateOnly(year, 7, 1).AddDays(random.Next(150));
                var validFrom = year == Today.Year && random.Next(4) == 0 ? new DateOnly(year + 1, 1, 1) : announced;
                if (validFrom > Today.AddDays(30) && validFrom.Year == year) validFrom = Today.AddDays(-random.Next(1, 60));
                var batch = new Batch(nextBatchId++, "Provincial", year, code, validFrom, validFrom.AddYears(3).AddDays(-1));
                list.Add(batch);
                batchInsert.Run(batch.Id, batch.Level, year, code, $"{Vocabulary.SyntheticPrefix}{name}中小企业主管部门",
                    $"合成〔{year}〕{random.Next(1, 300)}号", Iso(announced.AddDays(-120)), $"合成〔{year}〕{random.Next(300, 600)}号",
                    Iso(announced), Iso(batch.ValidFrom), Iso(batch.ValidUntil), "Synthetic: valid for three years from the announcement.",
                    null, Version(random), Vocabulary.SyntheticNote, null);
            }
        }

        var clusterInsert = new Insert(connection, tx, "Clusters",
            "Id", "NameZh", "NameEn", "ProvinceCode", "PrefectureCode", "CountyCode", "LeadIndustry", "IndustryCode",
            "IndustrySource", "OperatingInstitution", "Description", "FirstBatchYear", "ValidUntil", "Version", "SourceNote", "SourceUrl");
        var designationInsert = new Insert(connection, tx, "Designations",
            "Id", "ClusterId", "BatchId", "Level", "ValidFrom", "InitialValidUntil", "ValidUntil", "RevocationGround", "RevokedOn",
            "RevocationDocument", "RevocationNote", "Version", "SourceNote", "SourceUrl");
        var reviewInsert = new Insert(connection, tx, "Reviews",
            "Id", "DesignationId", "Outcome", "DecidedOn", "Document", "ExtendedUntil", "SourceNote", "SourceUrl");

        var nextClusterId = Scalar(connection, tx, "SELECT COALESCE(MAX(Id), 0) FROM Clusters") + 1;
        var nextDesignationId = Scalar(connection, tx, "SELECT COALESCE(MAX(Id), 0) FROM Designations") + 1;
        var nextReviewId = Scalar(connection, tx, "SELECT COALESCE(MAX(Id), 0) FROM Reviews") + 1;
        var clusterProvince = new List<(int Id, string Province)>(existing);
        int designations = 0, reviews = 0, revocations = 0;
        // A cluster's rows are written parent first (foreign keys are enforced).
        var designationRows = new List<object?[]>(2);
        var reviewRows = new List<object?[]>(4);

        for (var n = 0; n < count; n++)
        {
            var clusterId = nextClusterId++;
            var province = provincePicker.Pick(random);
            var county = counties[province][random.Next(counties[province].Length)];
            var industry = industryPicker.Pick(random);
            var lead = industry.LeadIndustries[random.Next(industry.LeadIndustries.Length)];
            var industryCode = random.Next(10) < 8 ? industry.Division : null;
            var nameEn = random.Next(10) == 0 ? $"SYNTHETIC {county.Code} {industryNames.GetValueOrDefault(industry.Division, "industry")} cluster {clusterId}" : null;

            // 70% provincial only, 20% provincial then national, 10% national only (national lists run 2022–2025).
            var plan = random.Next(10);
            var chosen = new List<Batch>(2);
            if (plan < 9)
            {
                var batches = provincial[province];
                chosen.Add(batches[SkewedRecent(random, batches.Count)]);
            }
            if (plan >= 7)
            {
                var earliest = chosen.Count == 0 ? 0 : chosen[0].Year + 1;
                var candidates = national.Where(b => b.Year >= earliest).ToList();
                if (candidates.Count > 0) chosen.Add(candidates[random.Next(candidates.Count)]);
                else if (chosen.Count == 0) chosen.Add(national[^1]);
            }

            designationRows.Clear();
            reviewRows.Clear();
            var firstYear = int.MaxValue;
            var latest = DateOnly.MinValue;
            foreach (var batch in chosen)
            {
                var designationId = nextDesignationId++;
                var validUntil = batch.ValidUntil;
                string? ground = null, revocationDocument = null, revocationNote = null;
                DateOnly? revokedOn = null;

                if (random.Next(100) == 0 && batch.ValidFrom < Today)
                {
                    // Revoked on another ground (撤销认定) during the first validity.
                    var end = Min(Today, batch.ValidUntil);
                    revokedOn = batch.ValidFrom.AddDays(random.Next(Math.Max(1, end.DayNumber - batch.ValidFrom.DayNumber)));
                    ground = Vocabulary.OtherRevocationGrounds[random.Next(Vocabulary.OtherRevocationGrounds.Count)];
                    revocationDocument = $"合成撤〔{revokedOn.Value.Year}〕{random.Next(1, 99)}号";
                    revocationNote = "Synthetic revocation.";
                    revocations++;
                }
                else
                {
                    // Reviews (复核) as validity runs out: most pass and extend validity by three years, some fail
                    // and revoke, some are not recorded yet (review pending once validity has ended).
                    while (true)
                    {
                        var opens = validUntil.AddYears(-1).AddDays(1);
                        if (opens > Today) break;
                        var decidedOn = opens.AddDays(150 + random.Next(200));
                        if (decidedOn > Today || random.Next(100) < 8) break;
                        var passed = random.Next(100) < 95;
                        var reviewDocument = $"合成复〔{decidedOn.Year}〕{random.Next(1, 200)}号";
                        DateOnly? extended = passed ? validUntil.AddYears(3) : null;
                        reviewRows.Add([nextReviewId++, designationId, passed ? "Passed" : "Failed", Iso(decidedOn), reviewDocument,
                            extended is { } e ? Iso(e) : null, Vocabulary.SyntheticNote, null]);
                        reviews++;
                        if (passed)
                        {
                            validUntil = extended!.Value;
                            continue;
                        }
                        ground = "ReviewFailed";
                        revokedOn = decidedOn;
                        revocationDocument = reviewDocument;
                        revocationNote = "Failed review (复核未通过).";
                        revocations++;
                        break;
                    }
                }

                designationRows.Add([designationId, clusterId, batch.Id, batch.Level, Iso(batch.ValidFrom), Iso(batch.ValidUntil),
                    Iso(validUntil), ground, revokedOn is { } r ? Iso(r) : null, revocationDocument, revocationNote, Version(random),
                    Vocabulary.SyntheticNote, null]);
                designations++;
                firstYear = Math.Min(firstYear, batch.Year);
                if (validUntil > latest) latest = validUntil;
            }

            var place = $"{provinces[province]}{county.Name}";
            clusterInsert.Run(clusterId, $"{Vocabulary.SyntheticPrefix}{place}{lead}产业集群{clusterId:D7}", nameEn, province,
                county.PrefectureCode, county.Code, lead, industryCode,
                industryCode is null ? null : (int)ClassificationSource.Official,
                random.Next(10) < 7 ? $"{Vocabulary.SyntheticPrefix}{county.Name}{lead}产业集群促进中心" : null,
                random.Next(10) < 5 ? $"合成数据：位于{place}的{lead}产业集群，以{lead}为主导产业，带动上下游中小企业协同发展。" : null,
                firstYear, Iso(latest), Version(random), Vocabulary.SyntheticNote, null);
            foreach (var row in designationRows) designationInsert.Run(row);
            foreach (var row in reviewRows) reviewInsert.Run(row);
            clusterProvince.Add((clusterId, province));
            if ((n + 1) % 200_000 == 0) log.WriteLine($"  {n + 1:N0} clusters ({watch.Elapsed.TotalSeconds:F0} s)");
        }

        var (policies, links) = InsertPolicySupports(connection, tx, random, clusterProvince, provinces);

        var indexWatch = Stopwatch.StartNew();
        foreach (var index in indexes) Execute(connection, index.Sql, tx);
        await tx.CommitAsync();
        Execute(connection, "ANALYZE;");
        log.WriteLine($"  inserted {count:N0} synthetic clusters, {designations:N0} designations, {reviews:N0} reviews, " +
                      $"{revocations:N0} revocations, {policies:N0} policy supports ({links:N0} links) in {watch.Elapsed.TotalSeconds:F1} s " +
                      $"(indexes rebuilt in {indexWatch.Elapsed.TotalSeconds:F1} s)");
        Execute(connection, "PRAGMA journal_mode=DELETE;");
        return new GenerationReport(0, count, designations, reviews, revocations, policies, links, 0);
    }

    private static (int Policies, int Links) InsertPolicySupports(SqliteConnection connection, SqliteTransaction tx, Random random,
        List<(int Id, string Province)> clusters, IReadOnlyDictionary<string, string> provinces)
    {
        var policyInsert = new Insert(connection, tx, "PolicySupports",
            "Id", "Kind", "IssuingLevel", "IssuingAuthority", "Title", "StartsOn", "EndsOn", "AmountCny", "SourceNote", "SourceUrl");
        var linkInsert = new Insert(connection, tx, "ClusterPolicySupports", "ClusterId", "PolicySupportId");
        var kinds = new WeightedPicker<(string Kind, int Weight, string Title)>(Vocabulary.PolicyKinds.Select(k => (k, k.Weight)));
        var levels = new WeightedPicker<string>(Vocabulary.PolicyLevels.Select(l => (l.Level, l.Weight)));
        var byProvince = clusters.GroupBy(c => c.Province).ToDictionary(g => g.Key, g => g.Select(c => c.Id).ToArray());
        var provinceCodes = byProvince.Keys.OrderBy(k => k).ToArray();

        var nextId = Scalar(connection, tx, "SELECT COALESCE(MAX(Id), 0) FROM PolicySupports") + 1;
        var policies = Math.Max(1, clusters.Count / 25);
        var links = 0;
        var chosen = new HashSet<int>();
        for (var p = 0; p < policies; p++)
        {
            var id = nextId++;
            var level = levels.Pick(random);
            var kind = kinds.Pick(random);
            var province = provinceCodes[random.Next(provinceCodes.Length)];
            var pool = level == "National" ? clusters.Select(c => c.Id).ToArray() : byProvince[province];
            var size = random.Next(10) switch { < 6 => 1, < 9 => random.Next(2, 11), _ => random.Next(11, 51) };
            chosen.Clear();
            for (var i = 0; i < size * 2 && chosen.Count < Math.Min(size, pool.Length); i++) chosen.Add(pool[random.Next(pool.Length)]);

            var startsOn = new DateOnly(2020, 1, 1).AddDays(random.Next(Today.DayNumber - new DateOnly(2020, 1, 1).DayNumber));
            DateOnly? endsOn = random.Next(10) < 7 ? startsOn.AddYears(random.Next(1, 4)).AddDays(-1) : null;
            decimal? amount = random.Next(10) < 6 ? random.Next(5, 5000) * 10_000m : null;
            var authority = level == "National" ? "工业和信息化部（合成）" : $"{Vocabulary.SyntheticPrefix}{provinces[province]}{level switch
            {
                "Provincial" => "工业和信息化厅",
                "Prefecture" => "某市工业和信息化局",
                _ => "某县工业和信息化局",
            }}";
            policyInsert.Run(id, kind.Kind, level, authority, $"{Vocabulary.SyntheticPrefix}{kind.Title}（第{id}号）", Iso(startsOn),
                endsOn is { } e ? Iso(e) : null, amount?.ToString("0.0###########################", CultureInfo.InvariantCulture),
                Vocabulary.SyntheticNote, null);
            foreach (var clusterId in chosen) linkInsert.Run(clusterId, id);
            links += chosen.Count;
        }
        return (policies, links);
    }

    /// <summary>Later years are more likely: the lists have grown year by year.</summary>
    private static int SkewedRecent(Random random, int count)
    {
        var a = random.Next(count);
        var b = random.Next(count);
        return Math.Max(a, b);
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static byte[] Version(Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return bytes;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly Date(string value) => DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? tx = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static int Scalar(SqliteConnection connection, SqliteTransaction tx, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static List<T> Query<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> read)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read()) rows.Add(read(reader));
        return rows;
    }

    /// <summary>A prepared INSERT whose parameters are reused for every row.</summary>
    private sealed class Insert
    {
        private readonly SqliteCommand _command;
        private readonly SqliteParameter[] _parameters;

        public Insert(SqliteConnection connection, SqliteTransaction tx, string table, params string[] columns)
        {
            _command = connection.CreateCommand();
            _command.Transaction = tx;
            _command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) " +
                                   $"VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
            _parameters = columns.Select((_, i) => _command.Parameters.Add(new SqliteParameter($"$p{i}", null))).ToArray();
            _command.Prepare();
        }

        public void Run(params object?[] values)
        {
            for (var i = 0; i < values.Length; i++) _parameters[i].Value = values[i] ?? DBNull.Value;
            _command.ExecuteNonQuery();
        }
    }
}

internal sealed record GenerationReport(int RealClusters, int SyntheticClusters, int Designations, int Reviews, int Revocations,
    int PolicySupports, int PolicyLinks, double Seconds);
