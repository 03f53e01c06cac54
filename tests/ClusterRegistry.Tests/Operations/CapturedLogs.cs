using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ClusterRegistry.Tests.Operations;

/// <summary>An in-memory logger provider: every message, exception, structured property and scope the API logs.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLog> _entries = new();
    private readonly ConcurrentQueue<string> _scopes = new();

    public IReadOnlyList<CapturedLog> Entries => [.. _entries];

    /// <summary>Every piece of text that a log sink could write out.</summary>
    public IEnumerable<string> AllText => _entries.SelectMany(entry => entry.Texts).Concat(_scopes);

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, this);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, CapturedLogs logs) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull
        {
            logs._scopes.Enqueue(state.ToString() ?? "");
            if (state is IEnumerable<KeyValuePair<string, object?>> properties)
                foreach (var (_, value) in properties)
                    logs._scopes.Enqueue(value?.ToString() ?? "");
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var properties = state as IEnumerable<KeyValuePair<string, object?>> ?? [];
            logs._entries.Enqueue(new CapturedLog(category, logLevel, eventId.Name, formatter(state, exception), exception?.ToString(),
                properties.ToDictionary(p => p.Key, p => p.Value)));
        }
    }
}

public sealed record CapturedLog(
    string Category, LogLevel Level, string? EventName, string Message, string? Exception, IReadOnlyDictionary<string, object?> Properties)
{
    public IEnumerable<string> Texts =>
        new[] { Message, Exception ?? "" }.Concat(Properties.Values.Select(value => value?.ToString() ?? ""));
}
