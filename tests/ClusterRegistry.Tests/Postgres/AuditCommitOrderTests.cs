using System.Data.Common;
using ClusterRegistry.Api.Caching;
using ClusterRegistry.Tests.Officials;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static ClusterRegistry.Tests.Officials.Mutations;

namespace ClusterRegistry.Tests.Postgres;

/// <summary>The API on PostgreSQL with a gate that can hold one transaction just before it commits.</summary>
public sealed class GatedPostgresApiFactory : PostgresApiFactory
{
    public CommitGate Gate { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IInterceptor>(Gate));
    }
}

/// <summary>When armed, holds the next committing transaction until released.</summary>
public sealed class CommitGate : DbTransactionInterceptor
{
    private TaskCompletionSource? _armed;
    public TaskCompletionSource Reached { get; private set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    public TaskCompletionSource Release { get; private set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Arm()
    {
        Reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
        Release = new(TaskCreationOptions.RunContinuationsAsynchronously);
        _armed = Release;
    }

    public override async ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData,
        InterceptionResult result, CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _armed, null) is { } release)
        {
            Reached.TrySetResult();
            await release.Task;
        }
        return result;
    }
}

/// <summary>
/// The data version (newest audit id) must move with every commit. Two officials' changes to different clusters
/// overlap: the first holds its commit while the second tries to commit.
/// </summary>
public sealed class AuditCommitOrderTests(GatedPostgresApiFactory factory) : IClassFixture<GatedPostgresApiFactory>
{
    [Fact]
    public async Task A_change_committing_after_a_later_one_still_moves_the_data_version()
    {
        var first = await factory.NewNationalClusterAsync();
        var second = await factory.NewNationalClusterAsync();
        var version = factory.Services.GetRequiredService<RegistryDataVersion>();

        factory.Gate.Arm();
        var firstWrite = factory.MutateAsync(Caller.Guangdong, RecordAnnualReport,
            new { clusterId = first.ClusterId, reportingYear = 2023, submittedOn = "2024-03-31", enterpriseCount = 100, smeCount = 90 });
        await factory.Gate.Reached.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var secondWrite = factory.MutateAsync(Caller.Guangdong, RecordAnnualReport,
            new { clusterId = second.ClusterId, reportingYear = 2023, submittedOn = "2024-03-31", enterpriseCount = 100, smeCount = 90 });
        // The second either commits, or waits for the first to commit before it may write its audit events.
        await Operations.Eventually.TrueAsync(() => secondWrite.IsCompleted || SomeoneWaitsForAnAdvisoryLock(), "the second write to commit or wait");
        var versionWhileFirstIsOpen = await version.CurrentAsync(CancellationToken.None);
        factory.Gate.Release.SetResult();
        (await firstWrite).Succeeded();
        (await secondWrite).Succeeded();

        Assert.NotEqual(versionWhileFirstIsOpen, await version.CurrentAsync(CancellationToken.None));
    }

    private bool SomeoneWaitsForAnAdvisoryLock()
    {
        using var connection = new NpgsqlConnection(factory.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted", connection);
        return (long)command.ExecuteScalar()! > 0;
    }
}
