using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json;

namespace ClusterRegistry.Tests.Ide;

/// <summary>
/// One browser tab over the Chrome DevTools Protocol: commands with their results, and the events the tab sent,
/// kept for the test to inspect.
/// </summary>
public sealed class DevToolsPage : IAsyncDisposable
{
    private readonly ClientWebSocket _socket;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> _pending = new();
    private readonly ConcurrentQueue<(string Method, JsonElement Params)> _events = new();
    private readonly CancellationTokenSource _closing = new();
    private readonly Task _receiving;
    private int _lastId;

    private DevToolsPage(ClientWebSocket socket)
    {
        _socket = socket;
        _receiving = Task.Run(ReceiveAsync);
    }

    public static async Task<DevToolsPage> ConnectAsync(Uri webSocketUrl)
    {
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(webSocketUrl, CancellationToken.None);
        return new DevToolsPage(socket);
    }

    public IEnumerable<(string Method, JsonElement Params)> Events => _events;

    public async Task<JsonElement> SendAsync(string method, object? parameters = null)
    {
        var id = Interlocked.Increment(ref _lastId);
        var result = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = result;
        var message = JsonSerializer.SerializeToUtf8Bytes(new { id, method, @params = parameters ?? new { } });
        await _socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
        return await result.Task.WaitAsync(TimeSpan.FromSeconds(60));
    }

    /// <summary>Runs a script in the page, awaiting a promise it returns, and gives back its JSON value.</summary>
    public async Task<JsonElement> EvaluateAsync(string expression)
    {
        var response = await SendAsync("Runtime.evaluate", new { expression, awaitPromise = true, returnByValue = true });
        if (response.TryGetProperty("exceptionDetails", out var exception))
            throw new InvalidOperationException($"The script failed: {exception}");
        return response.GetProperty("result").TryGetProperty("value", out var value) ? value.Clone() : default;
    }

    /// <summary>Evaluates <paramref name="expression"/> until it is truthy; the limit only keeps a broken page from hanging the test.</summary>
    public async Task<JsonElement> WaitForAsync(string expression, string what)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (!limit.IsCancellationRequested)
        {
            var value = await EvaluateAsync(expression);
            if (value.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null or JsonValueKind.False)
                && !(value.ValueKind == JsonValueKind.String && value.GetString() == ""))
                return value;
            await Task.Delay(100);
        }
        throw new TimeoutException($"Gave up waiting for {what}.");
    }

    public async Task SaveScreenshotAsync(string path)
    {
        var screenshot = await SendAsync("Page.captureScreenshot", new { format = "png" });
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, Convert.FromBase64String(screenshot.GetProperty("data").GetString()!));
    }

    private async Task ReceiveAsync()
    {
        var buffer = new byte[64 * 1024];
        var message = new MemoryStream();
        try
        {
            while (_socket.State == WebSocketState.Open)
            {
                var received = await _socket.ReceiveAsync(buffer, _closing.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                    break;
                message.Write(buffer, 0, received.Count);
                if (!received.EndOfMessage)
                    continue;
                Dispatch(JsonDocument.Parse(message.ToArray()).RootElement);
                message.SetLength(0);
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // Closing, or the browser went away: the pending commands fail below.
        }
        foreach (var pending in _pending.Values)
            pending.TrySetException(new InvalidOperationException("The DevTools connection closed."));
    }

    private void Dispatch(JsonElement message)
    {
        if (message.TryGetProperty("id", out var id) && _pending.TryRemove(id.GetInt32(), out var pending))
        {
            if (message.TryGetProperty("error", out var error))
                pending.TrySetException(new InvalidOperationException($"DevTools error: {error}"));
            else
                pending.TrySetResult(message.GetProperty("result").Clone());
        }
        else if (message.TryGetProperty("method", out var method))
        {
            _events.Enqueue((method.GetString()!, message.TryGetProperty("params", out var parameters) ? parameters.Clone() : default));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _closing.CancelAsync();
        await _receiving;
        _socket.Dispose();
        _closing.Dispose();
    }
}
