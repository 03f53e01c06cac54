namespace ClusterRegistry.Idempotency;

/// <summary>
/// A mutation request an official sent with an <c>Idempotency-Key</c>: which request it was (a hash of its document,
/// operation and variables) and, once it has run, the response it got, so that a retry gets the same response without
/// writing again. Unique per official and key; a record without a response is a request still running.
/// </summary>
public sealed class IdempotencyRecord
{
    private IdempotencyRecord() { }

    public IdempotencyRecord(string officialSubject, string key, string requestHash, DateTime createdAtUtc)
    {
        OfficialSubject = officialSubject;
        Key = key;
        RequestHash = requestHash;
        CreatedAtUtc = DateTime.SpecifyKind(createdAtUtc, DateTimeKind.Utc);
    }

    public const int MaxKeyLength = 255;
    public const int MaxSubjectLength = 200;

    public long Id { get; private set; }
    public string OfficialSubject { get; private set; } = "";
    public string Key { get; private set; } = "";

    /// <summary>SHA-256 (hex) of the request's document, operation name and variables.</summary>
    public string RequestHash { get; private set; } = "";

    public DateTime CreatedAtUtc { get; private set; }
    public int? ResponseStatus { get; private set; }
    public string? ResponseBody { get; private set; }
    public string? ResponseContentType { get; private set; }

    public bool IsComplete => ResponseStatus is not null;

    public void Complete(int status, string contentType, string body)
    {
        ResponseStatus = status;
        ResponseContentType = contentType;
        ResponseBody = body;
    }
}
