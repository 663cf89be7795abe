using GreenAI.Analyzers.ModelIds;
using GreenAI.Impact.Models;

namespace GreenAI.Analyzers.Tests.Models;

public class ModelIdResolverTests
{
    [Theory]
    [InlineData("gpt-4o", "gpt-4o", ModelMatchKind.Exact)]
    [InlineData("GPT-4O", "gpt-4o", ModelMatchKind.Exact)]
    [InlineData("gpt-4o-2024-08-06", "gpt-4o-2024-08-06", ModelMatchKind.Exact)]
    [InlineData("gpt-35-turbo", "gpt-3.5-turbo", ModelMatchKind.Exact)]
    [InlineData("claude-sonnet-4-0", "claude-sonnet-4-20250514", ModelMatchKind.Exact)]
    [InlineData("openai/gpt-4o-mini", "gpt-4o-mini", ModelMatchKind.Normalized)]
    [InlineData("anthropic/claude-haiku-4-5", "claude-haiku-4-5-20251001", ModelMatchKind.Normalized)]
    [InlineData("anthropic.claude-sonnet-4-20250514-v1:0", "claude-sonnet-4-20250514", ModelMatchKind.Normalized)]
    [InlineData("us.anthropic.claude-sonnet-4-5-20250929-v1:0", "claude-sonnet-4-5-20250929", ModelMatchKind.Normalized)]
    [InlineData("models/gemini-2.5-flash", "gemini-2.5-flash", ModelMatchKind.Normalized)]
    [InlineData("gpt-4o-2099-01-01", "gpt-4o", ModelMatchKind.Normalized)]
    [InlineData("claude-haiku-4-5", "claude-haiku-4-5-20251001", ModelMatchKind.Exact)]
    [InlineData("claude-opus-4-5-20251101", "claude-opus-4-5-20251101", ModelMatchKind.Exact)]
    [InlineData("mistral-large-2602", "mistral-large-latest", ModelMatchKind.Normalized)]
    [InlineData("claude-sonnet-4-5@20250929", "claude-sonnet-4-5-20250929", ModelMatchKind.Normalized)]
    [InlineData("llama-2-7b-chat", "meta-llama/Llama-2-7b-chat", ModelMatchKind.Normalized)]
    [InlineData("Meta-Llama-3.1-70B-Instruct", "meta-llama/Meta-Llama-3.1-70B-Instruct", ModelMatchKind.Normalized)]
    [InlineData("gpt-5.5", "gpt-5.4", ModelMatchKind.Family)]           // the closest older minor
    [InlineData("gpt-5.5-pro", "gpt-5.4-pro", ModelMatchKind.Family)]
    [InlineData("gpt-5.1-mini", "gpt-5-mini", ModelMatchKind.Family)]  // no older minor: the model without one
    [InlineData("claude-opus-4-7", "claude-opus-4-6", ModelMatchKind.Family)]
    [InlineData("claude-sonnet-5", "claude-sonnet-4-6", ModelMatchKind.Tier)]
    [InlineData("claude-opus-5", "claude-opus-4-6", ModelMatchKind.Tier)]
    [InlineData("claude-haiku-5-1", "claude-haiku-4-5-20251001", ModelMatchKind.Tier)]
    [InlineData("us.anthropic.claude-sonnet-5-v1:0", "claude-sonnet-4-6", ModelMatchKind.Tier)]
    [InlineData("claude-3-5-haiku-latest", "claude-haiku-4-5-20251001", ModelMatchKind.Tier)] // gone from the catalogue: its tier
    [InlineData("claude-3-7-sonnet-20250219", "claude-sonnet-4-6", ModelMatchKind.Tier)]
    [InlineData("gpt-6", "gpt-5.4", ModelMatchKind.Tier)]
    [InlineData("gpt-6-pro", "gpt-5.4-pro", ModelMatchKind.Tier)]
    [InlineData("gpt-6-mini", "gpt-5-mini", ModelMatchKind.Tier)]
    [InlineData("gemini-3-pro", "gemini-3.1-pro-preview", ModelMatchKind.Tier)]
    [InlineData("gemini-3.5-pro", "gemini-3.1-pro-preview", ModelMatchKind.Tier)]
    [InlineData("gemini-3.1-flash-lite", "gemini-3.1-flash-lite-preview", ModelMatchKind.Tier)]
    [InlineData("models/gemini-3-flash", "gemini-3-flash-preview", ModelMatchKind.Tier)]
    [InlineData("llama3.1:70b", "meta-llama/Meta-Llama-3.1-70B-Instruct", ModelMatchKind.Normalized)]
    [InlineData("llama3.1:8b-instruct-q4_K_M", "meta-llama/Meta-Llama-3.1-8B-Instruct", ModelMatchKind.Normalized)]
    [InlineData("llama3:70b", "meta-llama/Meta-Llama-3-70B-Instruct", ModelMatchKind.Normalized)]
    [InlineData("gemma2:27b", "google/gemma-2-27b-it", ModelMatchKind.Normalized)]
    [InlineData("qwen2.5:72b-instruct", "72 B dense open model", ModelMatchKind.OpenModelSize)]
    [InlineData("llama3.3:70b", "70 B dense open model", ModelMatchKind.OpenModelSize)]
    [InlineData("qwen3.5:35b-a3b", "35 B open mixture-of-experts model, 3 B active", ModelMatchKind.OpenModelSize)]
    public void Resolves(string id, string expected, ModelMatchKind kind)
    {
        var match = ModelIdResolver.Resolve(id);
        Assert.NotNull(match);
        Assert.Equal(expected, match!.Entry.Name);
        Assert.Equal(kind, match.Kind);
        Assert.Equal(id, match.RequestedId);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("my-finetune")]
    [InlineData("o3")]
    [InlineData("claude-mythos-5")]
    [InlineData("gpt")]
    [InlineData("text-embedding-3-small")]
    [InlineData("claude-fable-5")]
    [InlineData("claude-sonnet-5-finetuned-support")]
    [InlineData("gpt-5.2-turbo-ft")]
    [InlineData("gemini-3-ultra")]
    [InlineData("llama3.1")]
    [InlineData("mixtral:8x7b")]
    [InlineData("phi3:mini")]
    public void Unknown_ids_resolve_to_nothing(string? id) => Assert.Null(ModelIdResolver.Resolve(id));

    [Fact]
    public void A_tier_match_names_its_tier()
    {
        var match = ModelIdResolver.Resolve("claude-sonnet-5")!;
        Assert.Equal("sonnet", match.Tier);
        Assert.Equal("claude-sonnet-5 (as claude-sonnet-4-6, newest known sonnet)", GreenAI.Analyzers.Reporting.ModelDisplay.Name(match));
    }

    [Fact]
    public void A_tag_of_an_unknown_family_is_estimated_from_its_size()
    {
        var match = ModelIdResolver.Resolve("qwen2.5:72b-instruct")!;
        Assert.Equal(72, match.Entry.ActiveParamsB.Min);
        Assert.Equal(72, match.Entry.TotalParamsB.Max);
        Assert.Equal("qwen2.5:72b-instruct (as 72 B dense open model, its size from the tag)", GreenAI.Analyzers.Reporting.ModelDisplay.Name(match));
    }
}
