using GreenAI.Analyzers.Media;
using GreenAI.Analyzers.Tests.Infrastructure;

namespace GreenAI.Analyzers.Tests.Media;

/// <summary>Without an AI SDK, the text of the files decides whether the raw-HTTP rules run at all.</summary>
public class AiEndpointTextTests
{
    [Fact]
    public void Every_suffix_marker_starts_with_a_colon()
    {
        // The gate skips a segment with neither '.' nor ':' before it looks for hosts (a host has a dot, or a port) and
        // for suffixes: that holds only while every suffix marker starts with ':'.
        foreach (var path in GreenAI.Impact.Media.MediaEndpoints.PathMarkers.Concat(GreenAI.Analyzers.Media.RawModelRequest.GatePaths))
        {
            Assert.True(!path.Contains(':') || path.StartsWith(':'), path);
        }
    }

    [Theory]
    [InlineData("""class C { string U = "https://api.openai.com/v1/videos"; }""", true)]
    [InlineData("""class C { string U = $"{endpoint}/openai/v1/VIDEO/GENERATIONS/jobs"; }""", true)]
    [InlineData("""class C { string U = "https://example.com/v1/video"; /* a comment // with slashes */ }""", false)]
    [InlineData("""class C { int X = 1 / 2; }""", false)]
    [InlineData("""class C { string U = "https://api.dev.runwayml.com/v1/image_to_video"; }""", true)]
    [InlineData("""class C { string U = "v1/text_to_video"; }""", true)]
    [InlineData("""class C { Uri U = new("https://queue.fal.run"); }""", true)]
    [InlineData("""class C { string U = $"models/{model}:predictLongRunning"; }""", true)]
    [InlineData("""class C { string U = "https://api.bfl.ai"; }""", true)]
    [InlineData("""class C { string U = "https://api.minimax.io"; }""", true)]
    [InlineData("""class C { string U = "https://example.com/generate"; /* generate images */ }""", false)]
    [InlineData("""class C { string U = "v1/chat/completions"; }""", true)]
    [InlineData("""class C { string U = "/api/embeddings"; }""", true)]
    [InlineData("""class C { string U = "http://localhost:11434/api/chat"; }""", true)]
    [InlineData("""class C { string U = "/api/chat"; string V = "/v1/messages"; }""", false)]
    public void A_file_names_an_endpoint_or_not(string source, bool expected) =>
        Assert.Equal(expected, AiEndpointText.AnyIn(AnalyzerRunner.Compile(source, withoutSdks: true), default));

    [Fact]
    public void A_marker_across_two_chunks_is_seen()
    {
        // The scan reads 16,384 characters at a time: put the marker across the first boundary, in every position.
        for (int shift = 1; shift < 30; shift++)
        {
            var padding = new string(' ', 16384 - 20 - shift);
            var source = "class C { string U = \"" + padding + "https://x/v1/videos\"; }";
            Assert.True(AiEndpointText.AnyIn(AnalyzerRunner.Compile(source, withoutSdks: true), default), $"shift {shift}");
        }
    }

    [Fact]
    public void Without_an_sdk_or_an_endpoint_nothing_is_built() =>
        Assert.Null(GreenAI.Analyzers.Hosting.AnalysisServices.Create(
            AnalyzerRunner.Compile("class C { string U = \"https://example.com/api\"; }", withoutSdks: true),
            new Microsoft.CodeAnalysis.Diagnostics.AnalyzerOptions(System.Collections.Immutable.ImmutableArray<Microsoft.CodeAnalysis.AdditionalText>.Empty),
            default));
}
