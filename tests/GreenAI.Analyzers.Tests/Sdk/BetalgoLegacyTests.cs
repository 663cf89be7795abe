using System.Globalization;
using GreenAI.Analyzers.Rules;
using GreenAI.Analyzers.Tests.Infrastructure;
using VerifyGai001 = GreenAI.Analyzers.Tests.Infrastructure.Verify<GreenAI.Analyzers.Rules.LargeModelRule>;
using VerifyGai003 = GreenAI.Analyzers.Tests.Infrastructure.Verify<GreenAI.Analyzers.Rules.CallPerItemRule>;
using VerifyGai005 = GreenAI.Analyzers.Tests.Infrastructure.Verify<GreenAI.Analyzers.Rules.ImageGenerationRule>;
using VerifyGai010 = GreenAI.Analyzers.Tests.Infrastructure.Verify<GreenAI.Analyzers.Rules.EstimatedImpactRule>;

namespace GreenAI.Analyzers.Tests.Sdk;

/// <summary>
/// Betalgo's SDK before its 9.0 rename: package Betalgo.OpenAI, namespaces <c>OpenAI.*</c> (8.x, still in many apps, such
/// as Ungerfall/chatgpt-telegrambot and ArgumentumGames/Argumentum). The rules read it as they read Betalgo.Ranul.OpenAI.
/// Compiled against tests/StandIns/Betalgo.OpenAI (the 8.7.2 signatures; the registry does not serve the package).
/// </summary>
public class BetalgoLegacyTests
{
    [Fact]
    public Task Large_models_in_requests_options_and_the_enum_overload() => VerifyGai001.Diagnostics("""
        using OpenAI;
        using OpenAI.Interfaces;
        using OpenAI.ObjectModels;
        using OpenAI.ObjectModels.RequestModels;

        class Bot
        {
            async Task Run(IOpenAIService service)
            {
                var options = new OpenAiOptions { ApiKey = "k", DefaultModelId = {|GAI001:Models.Gpt_4o|} };
                var request = new ChatCompletionCreateRequest { Model = {|GAI001:Models.Gpt_4_turbo|}, MaxTokens = 50 };
                await service.ChatCompletion.CreateCompletion(request, {|GAI001:"gpt-4-0125-preview"|});
                await service.ChatCompletion.Create(request, {|GAI001:Models.Model.Gpt_4o|});
                var small = new ChatCompletionCreateRequest { Model = Models.Gpt_4o_mini };
            }
        }
        """);

    [Fact]
    public async Task A_call_per_item_has_its_estimate_and_the_enum_overload_its_model()
    {
        const string Source = """
            using OpenAI.Interfaces;
            using OpenAI.ObjectModels;
            using OpenAI.ObjectModels.RequestModels;

            class Digest(IOpenAIService openAi)
            {
                async Task Run(IEnumerable<string> chunks)
                {
                    foreach (var chunk in chunks)
                    {
                        var request = new ChatCompletionCreateRequest { Messages = { ChatMessage.FromUser(chunk) }, Model = Models.Gpt_4o_mini };
                        await openAi.ChatCompletion.CreateCompletion(request);
                    }

                    await openAi.ChatCompletion.Create(new ChatCompletionCreateRequest(), Models.Model.Gpt_4o);
                }
            }
            """;
        var perItem = Assert.Single(await VerifyGai003.Run(Source));
        Assert.Contains("IChatCompletionService.CreateCompletion runs once per item of chunks: ≈", perItem.GetMessage(CultureInfo.InvariantCulture));
        Assert.Contains("(gpt-4o-mini, 400 output tokens", perItem.GetMessage(CultureInfo.InvariantCulture));

        var estimates = await VerifyGai010.Run(Source);
        Assert.Equal(new[] { "gpt-4o-mini", "gpt-4o" }, estimates.Select(d => d.Properties["model"]));
    }

    [Fact]
    public Task An_image_request_is_GAI005() => VerifyGai005.Diagnostics("""
        using OpenAI.Interfaces;
        using OpenAI.ObjectModels;
        using OpenAI.ObjectModels.RequestModels;

        class Pictures
        {
            Task Make(IOpenAIService openAi, string prompt) =>
                openAi.Image.{|GAI005:CreateImage|}(new ImageCreateRequest { Prompt = prompt, N = 2, Size = StaticValues.ImageStatics.Size.Size256, Model = Models.Dall_e_3 });
        }
        """);

    [Fact]
    public Task The_fix_rewrites_the_legacy_enum_member() => VerifyFix<LargeModelRule, GreenAI.CodeFixes.UseSmallerModelCodeFixProvider>.Fix("""
        using OpenAI.Interfaces;
        using OpenAI.ObjectModels;
        using OpenAI.ObjectModels.RequestModels;

        class Bot
        {
            Task Run(IOpenAIService service) => service.ChatCompletion.Create(new ChatCompletionCreateRequest(), {|GAI001:Models.Model.Gpt_4o|});
        }
        """, """
        using OpenAI.Interfaces;
        using OpenAI.ObjectModels;
        using OpenAI.ObjectModels.RequestModels;

        class Bot
        {
            Task Run(IOpenAIService service) => service.ChatCompletion.Create(new ChatCompletionCreateRequest(), Models.Model.Gpt_4o_mini);
        }
        """);
}
