using System.Text.Json;

namespace GreenAI.Analyzers.Tests.Infrastructure;

/// <summary>Files copied next to the test assembly (TestData/…).</summary>
internal static class TestData
{
    public static string PathOf(params string[] parts) =>
        Path.Combine(new[] { AppContext.BaseDirectory, "TestData" }.Concat(parts).ToArray());

    public static JsonDocument Json(params string[] parts) => JsonDocument.Parse(File.ReadAllText(PathOf(parts)));
}
