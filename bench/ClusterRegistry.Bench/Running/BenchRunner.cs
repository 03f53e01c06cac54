using System.Diagnostics;
using ClusterRegistry.Bench.Generation;
using ClusterRegistry.Bench.Hosting;
using ClusterRegistry.Bench.Reporting;

namespace ClusterRegistry.Bench.Running;

internal sealed record RunSettings(
    IReadOnlyList<int> Sizes, double Seconds, int Rounds, int Connections, double WarmupSeconds, IReadOnlyList<string>? Ops,
    bool Smoke, bool WriteResults, int WalkPages, bool StartupProbe)
{
    public static readonly IReadOnlyList<int> DefaultSizes = [1000, 10_000, 100_000, 1_000_000];

    public static RunSettings From(BenchArguments options, bool smoke) => smoke
        ? new([options.Int("clusters", 200)], options.Double("seconds", 1), 1, options.Int("connections", 8), 0.5, options.Strings("ops"),
            true, false, options.Int("walk-pages", 1000), !options.Flag("no-startup"))
        : new(options.Ints("sizes", DefaultSizes), options.Double("seconds", 5), Math.Max(1, options.Int("rounds", 2)),
            Math.Max(1, options.Int("connections", 32)), options.Double("warmup", 1), options.Strings("ops"),
            false, !options.Flag("no-results"), options.Int("walk-pages", 1000), !options.Flag("no-startup"));
}

/// <param name="CpuMsPerRequest">Server CPU time per request: unlike req/s it hardly moves when other processes load the machine.</param>
/// <param name="LoadAverage">The 1-minute load average when the rounds ended (2 would mean both cores busy).</param>
internal sealed record ApiResult(
    string Api, int Connections, double RequestsPerSecond, double P50Ms, double P99Ms, double SingleP50Ms,
    double AllocatedKbPerRequest, double SqlPerRequest, double CpuMsPerRequest, long Requests, long Errors, string? FirstError, double LoadAverage);

internal sealed record OperationResult(string Key, string Title, OperationKind Kind, ApiResult? GraphQL, ApiResult? Rest, string? NotMeasured)
{
    public string? Note { get; init; }

    public double? Ratio => GraphQL is { RequestsPerSecond: > 0 } g && Rest is { RequestsPerSecond: > 0 } r ? g.RequestsPerSecond / r.RequestsPerSecond : null;

    /// <summary>REST CPU per request ÷ GraphQL CPU per request: the throughput ratio the CPU cost predicts, robust to a busy machine.</summary>
    public double? CpuRatio => GraphQL is { CpuMsPerRequest: > 0 } g && Rest is { CpuMsPerRequest: > 0 } r ? r.CpuMsPerRequest / g.CpuMsPerRequest : null;
}

internal sealed record WalkSide(int Pages, double TotalSeconds, double FirstPagesP50Ms, double LastPagesP50Ms, string? LastCursor, string? Error);

internal sealed record SizeResult(
    int Size, int Clusters, GenerationReport? Generated, IReadOnlyList<StartupResult> Startup, WalkSide? GraphQLWalk, WalkSide? RestWalk,
    IReadOnlyList<OperationResult> Operations, string Plans, double Seconds);

/// <summary>One size's figures as saved in bench/out/results-N.json, so `report` can rewrite RESULTS.md without measuring again.</summary>
internal sealed record SavedRun(MachineInfo Machine, StartupResult? StartupEmpty, SizeResult Result)
{
    public static readonly System.Text.Json.JsonSerializerOptions Json = new() { WriteIndented = true };

    /// <summary>Rewrites the generated blocks of bench/RESULTS.md from every saved size.</summary>
    public static int Report()
    {
        var saved = Directory.GetFiles(BenchPaths.OutDirectory, "results-*.json")
            .Select(f => System.Text.Json.JsonSerializer.Deserialize<SavedRun>(File.ReadAllText(f), Json)!)
            .OrderBy(r => r.Result.Size).ToList();
        if (saved.Count == 0)
        {
            Console.Error.WriteLine("No bench/out/results-*.json: run the benchmark first.");
            return 2;
        }
        var path = Path.Combine(BenchPaths.BenchDirectory, "RESULTS.md");
        // The start-up block comes from the most recent run that measured it.
        var latestStartup = saved.Where(r => r.StartupEmpty is not null).MaxBy(r => r.Machine.Date);
        foreach (var run in saved) ResultsReport.Write(path, run.Machine, run == latestStartup ? run.StartupEmpty : null, [run.Result]);
        Console.WriteLine($"Rewrote {path} from {saved.Count} saved sizes.");
        return 0;
    }
}

/// <summary>Runs the whole benchmark: per size, generate (once), start the host, walk, measure each operation.</summary>
internal static class BenchRunner
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);
    private const int WarmJitMethods = 20;
    private static readonly TimeSpan MaxWarmup = TimeSpan.FromSeconds(90);

    public static async Task<int> RunAsync(RunSettings settings)
    {
        Directory.CreateDirectory(BenchPaths.OutDirectory);
        var wrk = WrkDriver.Find();
        ILoadDriver driver = wrk is not null ? new WrkDriver(wrk, Path.Combine(BenchPaths.OutDirectory, "lua", Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture))) : new InProcessDriver();
        Console.WriteLine($"Load driver: {driver.Description}");
        if (wrk is null && !settings.Smoke)
            Console.WriteLine("WARNING: wrk is not installed (bench/run.sh installs it); allocations per request will include the client.");

        var failures = new List<string>();
        var results = new List<SizeResult>();
        var startupEmpty = settings.StartupProbe ? await StartupFromEmptyAsync() : null;
        if (startupEmpty is { Error: { } startupError }) failures.Add($"start-up: {startupError}");
        if (startupEmpty is not null) Console.WriteLine($"Start-up, empty database (migrate + seed the embedded data): {Format(startupEmpty)}");

        foreach (var size in settings.Sizes)
        {
            var result = await RunSizeAsync(size, settings, driver, failures);
            results.Add(result);
            Console.WriteLine();
            Console.WriteLine(ResultsReport.ConsoleTable(result));
        }

        var machine = MachineInfo.Collect(driver.Description, settings);
        if (!settings.Smoke)
            foreach (var result in results)
                await File.WriteAllTextAsync(Path.Combine(BenchPaths.OutDirectory, $"results-{result.Size}.json"),
                    System.Text.Json.JsonSerializer.Serialize(new SavedRun(machine, startupEmpty, result), SavedRun.Json));
        if (settings.WriteResults)
        {
            var path = Path.Combine(BenchPaths.BenchDirectory, "RESULTS.md");
            ResultsReport.Write(path, machine, startupEmpty, results);
            Console.WriteLine($"Wrote {path}");
        }
        var generated = Path.Combine(BenchPaths.OutDirectory, settings.Smoke ? "smoke.md" : "last-run.md");
        await File.WriteAllTextAsync(generated, ResultsReport.Standalone(machine, startupEmpty, results));
        Console.WriteLine($"Wrote {generated}");

        if (failures.Count == 0)
        {
            Console.WriteLine(settings.Smoke ? "Smoke: every operation answered without errors." : "Run finished without request errors.");
            return 0;
        }
        foreach (var failure in failures) Console.Error.WriteLine("ERROR " + failure);
        return 1;
    }

    private static async Task<StartupResult> StartupFromEmptyAsync()
    {
        var path = Path.Combine(BenchPaths.OutDirectory, "startup-empty.db");
        foreach (var f in new[] { path, path + "-wal", path + "-shm", path + "-journal" }) File.Delete(f);
        return await StartupProbe.MeasureAsync("empty database: migrate + seed embedded data", path, TimeSpan.FromSeconds(60));
    }

    private static async Task<SizeResult> RunSizeAsync(int size, RunSettings settings, ILoadDriver driver, List<string> failures)
    {
        var watch = Stopwatch.StartNew();
        Console.WriteLine();
        Console.WriteLine($"=== {size:N0} clusters ===");
        var source = Path.Combine(BenchPaths.OutDirectory, $"registry-{size}.db");
        GenerationReport? generated = null;
        if (!File.Exists(source))
        {
            Console.WriteLine($"Generating {source}");
            generated = await new RegistryGenerator(Console.Out).GenerateAsync(size, source, 42);
            if (await GeneratedDataCheck.RunAsync(source, 100, Console.Out) > 0) failures.Add($"{size}: generated data failed the domain check");
        }
        else Console.WriteLine($"Reusing {source} (delete it to regenerate)");

        // Every run works on a copy, so mutations and start-up seeding never change the generated file. A write-ahead
        // log left by an earlier run must go too: SQLite would replay its frames onto the fresh copy.
        var work = Path.Combine(BenchPaths.OutDirectory, $"work-{size}.db");
        foreach (var f in new[] { work + "-wal", work + "-shm", work + "-journal" }) File.Delete(f);
        File.Copy(source, work, overwrite: true);

        var startup = new List<StartupResult>();
        if (settings.StartupProbe)
        {
            var existing = await StartupProbe.MeasureAsync($"existing {size:N0}-cluster database (MigrateAndSeedOnStartup=true, the default)", work,
                TimeSpan.FromSeconds(120));
            startup.Add(existing);
            Console.WriteLine($"Start-up, {existing.Scenario}: {Format(existing)}");
            if (existing.Error is not null && settings.Smoke) failures.Add($"{size}: start-up: {existing.Error}");
        }

        await using var host = await BenchHost.StartAsync(work);
        var fixture = Fixture.Load(work);
        using var http = InProcessDriver.Client(host.Address, 4, TimeSpan.FromMinutes(5));
        Console.WriteLine($"Host on {host.Address}; {fixture.Clusters:N0} clusters");

        // A short walk first so that JIT tiering does not make the first pages of the measured walk look slow.
        await WalkAsync(http, true, fixture, 30);
        await WalkAsync(http, false, fixture, 30);
        var (gqlWalk, restWalk) = (await WalkAsync(http, true, fixture, settings.WalkPages), await WalkAsync(http, false, fixture, settings.WalkPages));
        foreach (var w in new[] { gqlWalk, restWalk }.Where(w => w.Error is not null)) failures.Add($"{size}: cursor walk: {w.Error}");
        Console.WriteLine($"Cursor walk: GraphQL {gqlWalk.Pages} pages in {gqlWalk.TotalSeconds:F2} s, REST {restWalk.Pages} pages in {restWalk.TotalSeconds:F2} s");

        var operations = Workload.ReadOperations(fixture);
        operations.Add(Workload.WalkPage("walk-first", "Cursor walk: page 1 (by name)", null, fixture.On));
        var lastPage = gqlWalk.Pages;
        operations.Add(Workload.WalkPage("walk-last", $"Cursor walk: page {lastPage} (by name)", gqlWalk.LastCursor, fixture.On) with
        {
            Rest = Workload.WalkPage("", "", restWalk.LastCursor, fixture.On).Rest,
        });

        // Warm-up passes over every read operation, so JIT tiering and SQLite's page cache do not favour whichever
        // operation or API is measured later. Tiered compilation promotes hot methods in the background, which takes
        // tens of seconds on 2 busy cores (measured: a GraphQL page ran at 330/s after 10 s of load, 810/s after 50 s),
        // so passes repeat until a whole pass compiles almost no new method.
        var warmupPass = TimeSpan.FromSeconds(settings.Smoke ? 0.5 : 1);
        var warmupWatch = System.Diagnostics.Stopwatch.StartNew();
        var passes = 0;
        long compiled;
        do
        {
            compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
            foreach (var operation in operations.Where(o => !o.SingleUse && (settings.Ops is null || settings.Ops.Contains(o.Key))))
                foreach (var requests in new[] { operation.GraphQL, operation.Rest }.OfType<IReadOnlyList<RequestSpec>>())
                {
                    await driver.RunAsync(host.Address, requests, 8, warmupPass, RequestTimeout);
                    await host.Counters.DrainAsync(RequestTimeout);
                }
            passes++;
        } while (!settings.Smoke && System.Runtime.JitInfo.GetCompiledMethodCount() - compiled > WarmJitMethods && warmupWatch.Elapsed < MaxWarmup);
        Console.WriteLine($"Warm-up: {passes} passes in {warmupWatch.Elapsed.TotalSeconds:F0} s; the last compiled " +
            $"{System.Runtime.JitInfo.GetCompiledMethodCount() - compiled} methods");

        var results = new List<OperationResult>();
        var plans = new System.Text.StringBuilder();
        foreach (var operation in operations.Where(o => settings.Ops is null || settings.Ops.Contains(o.Key)))
        {
            var result = await MeasureAsync(operation, host, http, driver, settings, work, plans, failures, size);
            results.Add(result);
        }
        if (settings.Ops is null || settings.Ops.Contains("mutations"))
            results.Add(await MeasureMutationsAsync(host, http, driver, settings, work, fixture, failures, size));

        return new SizeResult(size, fixture.Clusters, generated, startup, gqlWalk, restWalk, results, plans.ToString(), watch.Elapsed.TotalSeconds);
    }

    /// <summary>Follows endCursor page by page, as a crawler or an export would, timing each page.</summary>
    private static async Task<WalkSide> WalkAsync(HttpClient http, bool graphQL, Fixture fixture, int maxPages)
    {
        var latencies = new List<double>();
        string? cursor = null, previous = null;
        var total = Stopwatch.StartNew();
        while (latencies.Count < maxPages)
        {
            var spec = graphQL
                ? Workload.WalkPage("", "", cursor, fixture.On).GraphQL[0]
                : Workload.WalkPage("", "", cursor, fixture.On).Rest![0];
            var started = Stopwatch.GetTimestamp();
            using var response = await http.SendAsync(InProcessDriver.Message(spec));
            var body = await response.Content.ReadAsStringAsync();
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            var page = Workload.Inspect(body, graphQL);
            if (!response.IsSuccessStatusCode || !page.Ok)
                return new WalkSide(latencies.Count, total.Elapsed.TotalSeconds, 0, 0, previous, $"page {latencies.Count}: HTTP {(int)response.StatusCode} {page.Error}");
            previous = cursor;
            cursor = page.EndCursor;
            if (!page.HasNext || cursor is null) break;
        }
        // The cursor that starts the last page walked, for measuring that page under load.
        return new WalkSide(latencies.Count, total.Elapsed.TotalSeconds, Median(latencies.Take(10)), Median(latencies.TakeLast(10)), previous, null);
    }

    /// <summary>
    /// Hands out requests for each phase. Reads reuse the whole list; a mutation may be sent only once (a second
    /// review of the same designation is refused), so each phase of a consumable operation gets fresh requests.
    /// </summary>
    private sealed class RequestSource(IReadOnlyList<RequestSpec> all, bool consumable)
    {
        private int _next;

        public IReadOnlyList<RequestSpec> Take(int count)
        {
            if (!consumable) return all;
            var start = Math.Min(_next, Math.Max(0, all.Count - 1));
            var slice = all.Skip(start).Take(Math.Max(1, count)).ToList();
            _next = start + slice.Count;
            return slice;
        }
    }

    private static async Task<OperationResult> MeasureAsync(Operation operation, BenchHost host, HttpClient http, ILoadDriver driver,
        RunSettings settings, string database, System.Text.StringBuilder plans, List<string> failures, int size)
    {
        var consumable = operation.Kind == OperationKind.Mutation || operation.SingleUse;
        Console.Write($"  {operation.Key,-16}");
        var sides = new List<(string Api, RequestSource Requests)> { ("GraphQL", new RequestSource(operation.GraphQL, consumable)) };
        if (operation.Rest is not null) sides.Add(("REST", new RequestSource(operation.Rest, consumable)));

        // Probe: each request once to warm up and check the answers, then sequential timing at one connection.
        var single = new Dictionary<string, double>();
        foreach (var (api, source) in sides)
        {
            var first = api == "GraphQL";
            // Each distinct request once (at most 12): RequestSource hands out the whole list for reads.
            foreach (var spec in source.Take(12).Take(12))
            {
                if (first) host.Counters.StartCapture();
                var (ok, error) = await SendAsync(http, spec, api == "GraphQL");
                if (first && host.Counters.StopCapture() is { Count: > 0 } captured)
                {
                    plans.AppendLine($"#### {operation.Title} — GraphQL, {captured.Count} statements").AppendLine();
                    plans.AppendLine(QueryPlans.Explain(database, captured));
                }
                first = false;
                if (!ok)
                {
                    failures.Add($"{size}: {operation.Key} {api}: {error}");
                    Console.WriteLine($" {api} FAILED: {error}");
                    return new OperationResult(operation.Key, operation.Title, operation.Kind, null, null, $"{api} request failed: {error}");
                }
            }
            var timings = new List<double>();
            var probeWatch = Stopwatch.StartNew();
            var timed = source.Take(40);
            for (var i = 0; i < 40 && (i < 3 || probeWatch.Elapsed.TotalSeconds < 1.5); i++)
            {
                var started = Stopwatch.GetTimestamp();
                await SendAsync(http, timed[i % timed.Count], api == "GraphQL");
                timings.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            single[api] = Median(timings);
        }

        // Slow operations get fewer connections, so each still completes requests within the round and the timeout.
        // Budget: every connection should complete at least two requests per round even if the requests ran one at a time.
        var slowest = single.Values.Max();
        var budgetMs = Math.Min(settings.Seconds * 1000, RequestTimeout.TotalMilliseconds / 2);
        var connections = Math.Clamp((int)(budgetMs / (2 * slowest)), 1, settings.Connections);

        // A request slower than a third of a round gets a longer round (and timeout), so that it completes several times.
        var duration = TimeSpan.FromSeconds(Math.Max(settings.Seconds, 3 * slowest / 1000.0));
        var timeout = TimeSpan.FromMilliseconds(Math.Max(RequestTimeout.TotalMilliseconds, 4 * slowest));
        var warmup = TimeSpan.FromSeconds(Math.Max(settings.WarmupSeconds, 1.5 * slowest / 1000.0));
        // A consumable operation's phase gets as many fresh requests as it could send at the probe's pace on every connection.
        int Budget(TimeSpan length) => (int)Math.Ceiling(length.TotalMilliseconds / Math.Max(0.5, slowest) * connections * 2) + connections;
        foreach (var (_, source) in sides)
        {
            await driver.RunAsync(host.Address, source.Take(Budget(warmup)), connections, warmup, timeout);
            await host.Counters.DrainAsync(timeout);
        }

        var rounds = sides.ToDictionary(s => s.Api, _ => new List<(LoadResult Load, ServerCounters.Snapshot Server)>());
        for (var round = 0; round < settings.Rounds; round++)
        {
            var order = round % 2 == 0 ? sides : Enumerable.Reverse(sides).ToList();
            foreach (var (api, source) in order)
            {
                var requests = source.Take(Budget(duration));
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var before = host.Counters.Take();
                var load = await driver.RunAsync(host.Address, requests, connections, duration, timeout);
                await host.Counters.DrainAsync(timeout);
                var server = host.Counters.Take() - before;
                rounds[api].Add((load, server));
            }
        }

        ApiResult Summarize(string api)
        {
            var list = rounds[api];
            var requests = list.Sum(r => r.Load.Requests);
            var serverRequests = Math.Max(1, list.Sum(r => r.Server.Requests));
            var errors = list.Sum(r => r.Load.Errors + r.Server.Failures + r.Server.GraphQLErrors);
            if (requests == 0)
                failures.Add($"{size}: {operation.Key} {api}: no request completed within a round ({duration.TotalSeconds:F0} s at {connections} connections)");
            return new ApiResult(api, connections, requests / list.Sum(r => r.Load.Seconds),
                Median(list.Select(r => r.Load.P50Ms)), list.Max(r => r.Load.P99Ms), single[api],
                AllocatedKbPerRequest(list.Select(r => r.Server)),
                list.Sum(r => (double)r.Server.SqlStatements) / serverRequests, list.Sum(r => r.Server.CpuMs) / serverRequests, requests, errors,
                errors > 0 ? host.Counters.LastFailure : null, MachineInfo.LoadAverage());
        }

        var result = new OperationResult(operation.Key, operation.Title, operation.Kind, Summarize("GraphQL"),
            operation.Rest is null ? null : Summarize("REST"), null);
        foreach (var api in new[] { result.GraphQL, result.Rest }.OfType<ApiResult>().Where(a => a.Errors > 0))
            failures.Add($"{size}: {operation.Key} {api.Api}: {api.Errors} errors, e.g. {api.FirstError}");
        Console.WriteLine($" GraphQL {result.GraphQL!.RequestsPerSecond,8:F1} req/s" +
                          (result.Rest is { } r ? $"   REST {r.RequestsPerSecond,8:F1} req/s   ratio {result.Ratio:F2}" : "") +
                          $"   (c={connections})");
        return result;
    }

    private static async Task<OperationResult> MeasureMutationsAsync(BenchHost host, HttpClient http, ILoadDriver driver, RunSettings settings,
        string database, Fixture fixture, List<string> failures, int size)
    {
        const string key = "mutations";
        const string title = "Mutation mix (60% review, 30% identification, 10% revocation)";
        var available = await MutationMix.AvailableFieldsAsync(http);
        if (available is null || MutationMix.Fields.Any(f => !available.Contains(f.Field)))
        {
            var reason = "not measured: " + MutationMix.Describe(available);
            Console.WriteLine($"  {key,-16} {reason}");
            return new OperationResult(key, title, OperationKind.Mutation, null, null, reason);
        }
        var requests = MutationMix.Build(database, fixture.On, settings.Smoke ? 2_000 : 40_000, BenchHost.OfficialToken());
        var probes = requests.DistinctBy(r => r.Body![..60]).Take(3).ToList();
        foreach (var spec in probes)
        {
            var (ok, error) = await SendAsync(http, spec, true);
            if (!ok)
            {
                var reason = $"not measured: a probe mutation failed: {error}";
                Console.WriteLine($"  {key,-16} {reason}");
                return new OperationResult(key, title, OperationKind.Mutation, null, null, reason);
            }
        }
        var operation = new Operation(key, title, OperationKind.Mutation, requests.Except(probes).ToList(), null);
        var changesBefore = MutationMix.CountChanges(database);
        var requestsBefore = host.Counters.Take().Requests;
        var result = await MeasureAsync(operation, host, http, driver, settings with { Rounds = 1 }, database, new System.Text.StringBuilder(), failures, size);
        var committed = MutationMix.CountChanges(database) - changesBefore;
        var sent = host.Counters.Take().Requests - requestsBefore;
        var note = $"{sent:N0} mutation requests in all phases (probe, warm-up, rounds) changed {committed:N0} rows " +
                   $"(reviews + designations + revocations; a failed review adds two); {requests.Count:N0} distinct targets were prepared";
        Console.WriteLine($"  {"",-16} {note}");
        return result with { Note = note };
    }

    /// <summary>
    /// The lowest per-round figure: a round's GC.GetTotalAllocatedBytes delta was seen to jump (even below zero) under
    /// server GC, while the allocations of a request are the same in every round, so a jump can only add.
    /// </summary>
    private static double AllocatedKbPerRequest(IEnumerable<ServerCounters.Snapshot> rounds)
    {
        var perRound = rounds.Where(r => r.Requests > 0 && r.AllocatedBytes > 0).Select(r => r.AllocatedBytes / 1024.0 / r.Requests).ToList();
        return perRound.Count == 0 ? double.NaN : perRound.Min();
    }

    private static async Task<(bool Ok, string? Error)> SendAsync(HttpClient http, RequestSpec spec, bool graphQL)
    {
        try
        {
            using var response = await http.SendAsync(InProcessDriver.Message(spec));
            var body = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode) return (false, $"HTTP {(int)response.StatusCode}: {body[..Math.Min(300, body.Length)]}");
            var page = Workload.Inspect(body, graphQL);
            return page.Ok ? (true, null) : (false, page.Error);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return (false, e.Message);
        }
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0) return 0;
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string Format(StartupResult r) => r.Seconds is { } s ? $"{s:F2} s" : $"failed: {r.Error}";
}
