namespace ClusterRegistry.Tests.Operations;

/// <summary>
/// Waits for something the server does after the client has its response (a log line, an ended span).
/// The limit only keeps a broken build from hanging; nothing is asserted about how long it took.
/// </summary>
public static class Eventually
{
    public static async Task<T> ValueAsync<T>(Func<T?> probe, string what) where T : class
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!limit.IsCancellationRequested)
        {
            if (probe() is { } value)
                return value;
            await Task.Delay(20);
        }
        throw new TimeoutException($"Gave up waiting for {what}.");
    }

    public static Task TrueAsync(Func<bool> condition, string what) =>
        ValueAsync(() => condition() ? what : null, what);
}
