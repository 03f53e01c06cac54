namespace ClusterRegistry.Api.Schema;

/// <summary>Today's date in China (UTC+8), where the registry's dates are set.</summary>
public static class RegistryClock
{
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow + ChinaOffset);
}
