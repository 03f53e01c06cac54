using System.Runtime.CompilerServices;
using Newtonsoft.Json.Linq;
using Snapshooter;
using Snapshooter.Xunit;

namespace ClusterRegistry.Tests.Infrastructure;

/// <summary>
/// Snapshooter's own name lookup walks the stack and fails in async tests here, so the snapshot is named from the
/// caller: <c>__snapshots__/{TestFile}.{TestMethod}.snap</c> beside the test file.
/// </summary>
public static class Snapshots
{
    public static void MatchJson(string json, [CallerFilePath] string testFile = "", [CallerMemberName] string testMethod = "") =>
        Snapshot.Match(JToken.Parse(json), Name(testFile, testMethod));

    public static void MatchText(string text, [CallerFilePath] string testFile = "", [CallerMemberName] string testMethod = "") =>
        Snapshot.Match(text, Name(testFile, testMethod));

    private static SnapshotFullName Name(string testFile, string testMethod) =>
        new($"{Path.GetFileNameWithoutExtension(testFile)}.{testMethod}.snap", Path.GetDirectoryName(testFile)!);
}
