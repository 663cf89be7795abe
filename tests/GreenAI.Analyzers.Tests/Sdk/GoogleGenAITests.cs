using GreenAI.Impact;
using GreenAI.Analyzers.Tests.Infrastructure;
using Fix001 = GreenAI.Analyzers.Tests.Infrastructure.VerifyFix<GreenAI.Analyzers.Rules.LargeModelRule, GreenAI.CodeFixes.UseSmallerModelCodeFixProvider>;
using Fix006 = GreenAI.Analyzers.Tests.Infrastructure.VerifyFix<GreenAI.Analyzers.Rules.NoOutputCapRule, GreenAI.CodeFixes.AddOutputCapCodeFixProvider>;
using VerifyGai001 = GreenAI.Analyzers.Tests.Infrastructure.Verify<GreenAI.Analyzers.Rules.LargeModelRule>;
using VerifyGai005 = GreenAI.Analyzers.Tests.Infrastructure.Verify<GreenAI.Analyzers.Rules.ImageGenerationRule>;
using VerifyGai008 = GreenAI.Analyzers.Tests.Infrastructure.Verify<GreenAI.Analyzers.Rules.HighReasoningEffortRule>;
using VerifyGai010 = GreenAI.Analyzers.Tests.Infrastructure.Verify<GreenAI.Analyzers.Rules.EstimatedImpactRule>;

namespace GreenAI.Analyzers.Tests.Sdk;

/// <summary>
/// Google GenAI (Gemini, Imagen) across the rules. The package is not served by our registry: these snippets compile
/// against tests/StandIns/Google.GenAI, which copies the public signatures of googleapis/dotnet-genai 1.21.1.
/// </summary>
public class GoogleGenAITests
{
    [Fact]
    public Task A_large_gemini_model_gets_the_flash_model_of_its_generation() => Fix001.Fix("""
        using Google.GenAI;

        class Bot
        {
            async Task<string?> Ask(Client client, string question)
            {
                var response = await client.Models.GenerateContentAsync(model: {|GAI001:"gemini-2.5-pro"|}, contents: question);
                await foreach (var chunk in client.Models.GenerateContentStreamAsync({|GAI001:"gemini-2.5-pro"|}, question)) { }
                await client.Models.GenerateContentAsync("gemini-2.5-flash", question);
                return response.Text;
            }
        }
        """, """
        using Google.GenAI;

        class Bot
        {
            async Task<string?> Ask(Client client, string question)
            {
                var response = await client.Models.GenerateContentAsync(model: "gemini-2.5-flash", contents: question);
                await foreach (var chunk in client.Models.GenerateContentStreamAsync("gemini-2.5-flash", question)) { }
                await client.Models.GenerateContentAsync("gemini-2.5-flash", question);
                return response.Text;
            }
        }
        """);

    /// <summary>A model chosen in the call's own argument is estimated with that call's output cap, as GAI010 does.</summary>
    [Fact]
    public async Task The_large_model_estimate_uses_the_cap_of_the_same_call()
    {
        var diagnostic = Assert.Single(await VerifyGai001.Run("""
            class Bot
            {
                Task Ask(Google.GenAI.Client client) =>
                    client.Models.GenerateContentAsync("gemini-2.5-pro", "hi", new Google.GenAI.Types.GenerateContentConfig { MaxOutputTokens = 100 });
            }
            """));
        Assert.Equal("100", diagnostic.Properties[PropertyNames.OutputTokens]);
        Assert.Contains("(100 output tokens,", diagnostic.GetMessage());
    }

    [Fact]
    public Task The_live_api_and_newer_versions_of_a_tier_are_model_choices() => VerifyGai001.Diagnostics("""
        using Google.GenAI;
        using Google.GenAI.Types;

        class Voice
        {
            async Task Run(Client client)
            {
                await using var session = await client.Live.ConnectAsync({|GAI001:"gemini-2.5-pro"|}, new LiveConnectConfig());
                await client.Models.GenerateContentAsync({|GAI001:"gemini-3-pro-preview"|}, "hi");
                await client.Models.GenerateContentAsync("gemini-3-flash", "hi");
            }
        }
        """);

    [Fact]
    public async Task A_gemini_call_is_estimated_with_google_s_data_centre_and_its_output_cap()
    {
        var diagnostic = Assert.Single(await VerifyGai010.Run("""
            using Google.GenAI;
            using Google.GenAI.Types;

            class Bot
            {
                Task<GenerateContentResponse> Ask(Client client) =>
                    client.Models.GenerateContentAsync("gemini-2.5-flash", "hi", new GenerateContentConfig { MaxOutputTokens = 100 });
            }
            """));
        Assert.Equal(Providers.Google, diagnostic.Properties[PropertyNames.Provider]);
        Assert.Equal("100", diagnostic.Properties[PropertyNames.OutputTokens]);
        Assert.StartsWith("gemini-2.5-flash via ", diagnostic.GetMessage());
    }

    [Fact]
    public Task No_output_cap_is_reported_and_the_fix_adds_one() => Fix006.Fix("""
        using Google.GenAI;
        using Google.GenAI.Types;

        class Bot
        {
            async Task Ask(Client client)
            {
                await client.Models.{|GAI006:GenerateContentAsync|}("gemini-2.5-flash", "hi");
                await client.Models.{|GAI006:GenerateContentAsync|}("gemini-2.5-flash", "hi", new GenerateContentConfig { Temperature = 0.2 });
                await client.Models.GenerateContentAsync("gemini-2.5-flash", "hi", new GenerateContentConfig { MaxOutputTokens = 200 });
            }
        }
        """, """
        using Google.GenAI;
        using Google.GenAI.Types;

        class Bot
        {
            async Task Ask(Client client)
            {
                await client.Models.GenerateContentAsync("gemini-2.5-flash", "hi", config: new GenerateContentConfig { MaxOutputTokens = 1024 });
                await client.Models.GenerateContentAsync("gemini-2.5-flash", "hi", new GenerateContentConfig { Temperature = 0.2, MaxOutputTokens = 1024 });
                await client.Models.GenerateContentAsync("gemini-2.5-flash", "hi", new GenerateContentConfig { MaxOutputTokens = 200 });
            }
        }
        """);

    [Fact]
    public Task Imagen_generations_edits_and_upscales_are_image_generation() => VerifyGai005.Diagnostics("""
        using Google.GenAI;
        using Google.GenAI.Types;

        class Studio
        {
            async Task Run(Client client, Image photo)
            {
                await client.Models.{|GAI005:GenerateImagesAsync|}("imagen-4.0-generate-001", "a fox", new GenerateImagesConfig { NumberOfImages = 4 });
                await client.Models.{|GAI005:EditImageAsync|}("imagen-3.0-capability-001", "make it blue", new List<IReferenceImage>());
                await client.Models.{|GAI005:UpscaleImageAsync|}("imagen-4.0-upscale-preview", photo, "x2");
                await client.Models.EmbedContentAsync("gemini-embedding-001", "not an image");
            }
        }
        """);

    [Fact]
    public async Task Imagen_count_and_provider_are_read()
    {
        var diagnostic = Assert.Single(await VerifyGai005.Run("""
            class Studio
            {
                Task Run(Google.GenAI.Client client) =>
                    client.Models.GenerateImagesAsync("imagen-4.0-generate-001", "a fox", new Google.GenAI.Types.GenerateImagesConfig { NumberOfImages = 4 });
            }
            """));
        Assert.Equal("4", diagnostic.Properties["images"]);
        Assert.Equal(Providers.Google, diagnostic.Properties[PropertyNames.Provider]);
    }

    [Fact]
    public Task A_large_thinking_budget_is_high_reasoning_effort() => VerifyGai008.Diagnostics("""
        using Google.GenAI.Types;

        class Bot
        {
            GenerateContentConfig Config() => new()
            {
                ThinkingConfig = new ThinkingConfig { ThinkingBudget = {|GAI008:8192|} },
            };

            GenerateContentConfig Small() => new() { ThinkingConfig = new ThinkingConfig { ThinkingBudget = 512 } };
        }
        """);
}
