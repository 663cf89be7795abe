using GreenAI.Impact.Models;

namespace GreenAI.Analyzers.Tests.Models;

/// <summary>The scans that replaced the id regexes, on the shapes those regexes took and on near misses.</summary>
public class IdTextTests
{
    [Theory]
    [InlineData("us.anthropic.claude-3", "claude-3")]
    [InlineData("global.openai/gpt-5", "gpt-5")]
    [InlineData("models/gemini-2.5-pro", "gemini-2.5-pro")]
    [InlineData("us.gpt-5", "us.gpt-5")]
    [InlineData("openai-gpt-5", "openai-gpt-5")]
    public void Provider_prefixes(string id, string expected) => Assert.Equal(expected, IdText.StripProviderPrefix(id));

    [Theory]
    [InlineData("claude-3-v1:0", "claude-3")]
    [InlineData("claude-3-v2", "claude-3")]
    [InlineData("claude-3-v:0", "claude-3-v:0")]
    [InlineData("claude-3-v1:", "claude-3-v1:")]
    [InlineData("claude-3v1", "claude-3v1")]
    [InlineData("v1", "v1")]
    public void Bedrock_versions(string id, string expected) => Assert.Equal(expected, IdText.StripBedrockVersion(id));

    [Theory]
    [InlineData("gpt-4o-2024-08-06", "gpt-4o")]
    [InlineData("claude-sonnet-4-5-20250929", "claude-sonnet-4-5")]
    [InlineData("gpt-4-0613", "gpt-4")]
    [InlineData("gemini-2.5-flash-09-2025", "gemini-2.5-flash")]
    [InlineData("a-1234-12-2025", "a-1234")]
    [InlineData("gpt-4o-123", "gpt-4o-123")]
    [InlineData("2024", "2024")]
    public void Date_suffixes(string id, string expected) => Assert.Equal(expected, IdText.StripDateSuffix(id));

    [Theory]
    [InlineData("gpt-5.2", "gpt-5")]
    [InlineData("gpt-5.1-mini", "gpt-5-mini")]
    [InlineData("1.2.3", "1.2")]
    [InlineData("gemini-2.5-pro", "gemini-2-pro")]
    [InlineData("v.2", "v.2")]
    [InlineData("gpt-5.x", "gpt-5.x")]
    public void Minor_versions(string id, string expected) => Assert.Equal(expected, IdText.StripMinorVersions(id));

    [Theory]
    [InlineData("claude-sonnet-4-6", "claude-sonnet-4")]
    [InlineData("claude-opus-10-1", "claude-opus-10")]
    [InlineData("claude-sonnet-4-16", null)]
    [InlineData("claude-3-5", null)]
    [InlineData("claude-Sonnet-4-6", null)]
    [InlineData("claude--4-6", null)]
    public void Claude_majors(string id, string? expected) => Assert.Equal(expected, IdText.ClaudeMajor(id));
}
