using GreenAI.Analyzers.Tests.Infrastructure;
using VerifyGai011 = GreenAI.Analyzers.Tests.Infrastructure.Verify<GreenAI.Analyzers.Rules.UnknownModelRule>;

namespace GreenAI.Analyzers.Tests.Rules;

public class UnknownModelRuleTests
{
    [Fact]
    public Task Reported_once_per_id_at_its_first_place() => VerifyGai011.Diagnostics("""
        using OpenAI;
        using Microsoft.Extensions.AI;

        class Bot
        {
            void Run(OpenAIClient client)
            {
                client.GetChatClient({|GAI011:"o3"|});
                client.GetChatClient("o3");
                var options = new ChatOptions { ModelId = {|GAI011:"my-company/fine-tune-v2"|} };
                client.GetChatClient("gpt-4o");
            }
        }
        """);

    [Fact]
    public async Task Message_says_how_to_declare_the_model()
    {
        var diagnostic = Assert.Single(await VerifyGai011.Run("""
            class Bot { void Run(OpenAI.OpenAIClient client) => client.GetChatClient("O3-Pro"); }
            """));
        Assert.Equal(
            "Model 'O3-Pro' is not in the EcoLogits 0.9.3 (5be90da) model repository, so its calls get no estimate; declare it with green_ai.model.o3-pro.active_params = <billions> (and .total_params for a mixture of experts) in .editorconfig",
            diagnostic.GetMessage());
    }

    [Fact]
    public Task Known_declared_non_constant_and_unmapped_deployments_are_silent() => VerifyGai011.Diagnostics("""
        using Azure.AI.OpenAI;
        using OpenAI;

        class Bot
        {
            void Run(OpenAIClient client, AzureOpenAIClient azure, string fromCaller)
            {
                client.GetChatClient("gpt-4o-2024-08-06");
                client.GetChatClient("o3");
                client.GetChatClient(fromCaller);
                azure.GetChatClient("prod-deployment");
                client.GetEmbeddingClient("my-embedding-model");
            }
        }
        """,
        VerifyGai011.AllRulesOn.Append("green_ai.model.o3.active_params = 44"));

    [Fact]
    public Task Mapped_deployment_to_an_unknown_model_is_reported_with_the_model_id() => VerifyGai011.Diagnostics("""
        class Bot { void Run(Azure.AI.OpenAI.AzureOpenAIClient azure) => azure.GetChatClient({|GAI011:"prod"|}); }
        """,
        VerifyGai011.AllRulesOn.Append("green_ai.azure_deployments = prod:o3"));

    /// <summary>Placeholders and ids of hundreds of characters are not model ids; a tier newer than the catalogue resolves.</summary>
    [Fact]
    public Task Placeholders_and_newer_versions_of_known_tiers_are_not_unknown() => VerifyGai011.Diagnostics($$"""
        using OpenAI;

        class Bot
        {
            void Run(OpenAIClient client)
            {
                client.GetChatClient("");
                client.GetChatClient("N/A");
                client.GetChatClient("<your-model>");
                client.GetChatClient("YOUR_MODEL_NAME");
                client.GetChatClient("{{new string('a', 500)}}");
                client.GetChatClient("claude-sonnet-5");
                client.GetChatClient("gpt-5.2-pro");
                client.GetChatClient({|GAI011:"claude-fable-5"|});
            }
        }
        """);
}
