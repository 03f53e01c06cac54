using System.Runtime.CompilerServices;
using Newtonsoft.Json.Linq;
using Snapshooter;
using Snapshooter.Xunit;

namespace ClusterRegistry.Tests.Infrastructure;

/// <summary>
/// Snapshooter's own name lookup walks the stack and fails in async tests here, so the snapshot is named from the
/// caller: <c>__snapshots__/{TestFile}.{TestMethod}.snap</c> beside the test file. Snapshooter creates a missing
/// snapshot and passes; here a missing one fails unless <c>UPDATE_SNAPSHOTS=1</c> is set, so a test without its
/// snapshot cannot pass by accident, locally or in CI.
/// </summary>
public static class Snapshots
{
    public static void MatchJson(string json, [CallerFilePath] string testFile = "", [CallerMemberName] string testMethod = "") =>
        Snapshot.Match(JToken.Parse(json), Name(testFile, testMethod));

    public static void MatchText(string text, [CallerFilePath] string testFile = "", [CallerMemberName] string testMethod = "") =>
        Snapshot.Match(text, Name(testFile, testMethod));

    private static SnapshotFullName Name(string testFile, string testMethod)
    {
        var name = new SnapshotFullName($"{Path.GetFileNameWithoutExtension(testFile)}.{testMethod}.snap", Path.GetDirectoryName(testFile)!);
        var file = Path.Combine(name.FolderPath, "__snapshots__", name.Filename);
        if (!File.Exists(file) && Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") != "1")
            Assert.Fail($"The snapshot {file} is missing. Run the test with UPDATE_SNAPSHOTS=1 to create it, review it and commit it.");
        return name;
    }
}
