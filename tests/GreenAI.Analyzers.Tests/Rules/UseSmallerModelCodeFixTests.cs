using GreenAI.Analyzers.Rules;
using GreenAI.Analyzers.Tests.Infrastructure;
using GreenAI.CodeFixes;
using Fix = GreenAI.Analyzers.Tests.Infrastructure.VerifyFix<GreenAI.Analyzers.Rules.LargeModelRule, GreenAI.CodeFixes.UseSmallerModelCodeFixProvider>;

namespace GreenAI.Analyzers.Tests.Rules;

public class UseSmallerModelCodeFixTests
{
    [Fact]
    public Task Rewrites_the_literal_keeping_comments() => Fix.Fix("""
        class Bot
        {
            void Run(OpenAI.OpenAIClient client)
            {
                var chat = client.GetChatClient(/* model */ {|GAI001:"gpt-4o"|} /* keep */);
            }
        }
        """, """
        class Bot
        {
            void Run(OpenAI.OpenAIClient client)
            {
                var chat = client.GetChatClient(/* model */ "gpt-4o-mini" /* keep */);
            }
        }
        """);

    [Fact]
    public Task Rewrites_the_model_of_a_raw_HTTP_body() => Fix.Fix("""
        using System.Net.Http.Json;

        class Bot
        {
            Task<HttpResponseMessage> Ask(HttpClient http, string q) =>
                http.PostAsJsonAsync("https://api.openai.com/v1/chat/completions", new { model = {|GAI001:"gpt-4o"|}, messages = new[] { new { role = "user", content = q } } });
        }
        """, """
        using System.Net.Http.Json;

        class Bot
        {
            Task<HttpResponseMessage> Ask(HttpClient http, string q) =>
                http.PostAsJsonAsync("https://api.openai.com/v1/chat/completions", new { model = "gpt-4o-mini", messages = new[] { new { role = "user", content = q } } });
        }
        """);

    /// <summary>A model chosen by a switch arm and passed to the app's own raw-HTTP chat method: the arm is rewritten.</summary>
    [Fact]
    public Task Rewrites_a_switch_arm_passed_to_the_apps_own_raw_chat_method() => Fix.Fix("""
        using System.Net.Http.Json;

        class Bot(HttpClient http)
        {
            Task<HttpResponseMessage> ChatAsync(string model, string q) =>
                http.PostAsJsonAsync("https://api.openai.com/v1/chat/completions", new { model, messages = new[] { new { role = "user", content = q } } });

            Task<HttpResponseMessage> Ask(bool vip, string q) => ChatAsync(vip switch { true => {|GAI001:"gpt-4o"|}, _ => "gpt-4o-mini" }, q);
        }
        """, """
        using System.Net.Http.Json;

        class Bot(HttpClient http)
        {
            Task<HttpResponseMessage> ChatAsync(string model, string q) =>
                http.PostAsJsonAsync("https://api.openai.com/v1/chat/completions", new { model, messages = new[] { new { role = "user", content = q } } });

            Task<HttpResponseMessage> Ask(bool vip, string q) => ChatAsync(vip switch { true => "gpt-4o-mini", _ => "gpt-4o-mini" }, q);
        }
        """);

    [Fact]
    public Task Fix_all_rewrites_every_choice() => Fix.Fix("""
        using Microsoft.Extensions.AI;

        class Bot
        {
            void Run(OpenAI.OpenAIClient client, bool hard)
            {
                client.GetChatClient({|GAI001:"gpt-4o"|});
                client.GetChatClient({|GAI001:"gpt-4.1"|});
                client.GetChatClient(hard ? {|GAI001:"gpt-5"|} : "gpt-5-nano");
                var options = new ChatOptions { ModelId = {|GAI001:"claude-opus-4-1"|} };
            }
        }
        """, """
        using Microsoft.Extensions.AI;

        class Bot
        {
            void Run(OpenAI.OpenAIClient client, bool hard)
            {
                client.GetChatClient("gpt-4o-mini");
                client.GetChatClient("gpt-4.1-mini");
                client.GetChatClient(hard ? "gpt-5-mini" : "gpt-5-nano");
                var options = new ChatOptions { ModelId = "claude-haiku-4-5" };
            }
        }
        """);

    [Fact]
    public Task Rewrites_the_Anthropic_enum_member() => Fix.Fix("""
        using Anthropic.Models.Messages;

        class Bot
        {
            MessageCreateParams Request() => new()
            {
                Model = {|GAI001:Model.ClaudeOpus4_6|},
                MaxTokens = 256,
                Messages = [new UserMessageParam("Hello")],
            };
        }
        """, """
        using Anthropic.Models.Messages;

        class Bot
        {
            MessageCreateParams Request() => new()
            {
                Model = Model.ClaudeHaiku4_5,
                MaxTokens = 256,
                Messages = [new UserMessageParam("Hello")],
            };
        }
        """);

    [Fact]
    public Task Rewrites_the_Betalgo_member() => Fix.Fix("""
        using Betalgo.Ranul.OpenAI.ObjectModels;
        using Betalgo.Ranul.OpenAI.ObjectModels.RequestModels;

        class Bot
        {
            ChatCompletionCreateRequest Request() => new() { Model = {|GAI001:Models.Gpt_4o|} };
        }
        """, """
        using Betalgo.Ranul.OpenAI.ObjectModels;
        using Betalgo.Ranul.OpenAI.ObjectModels.RequestModels;

        class Bot
        {
            ChatCompletionCreateRequest Request() => new() { Model = Models.Gpt_4o_mini };
        }
        """);

    [Fact]
    public Task Rewrites_a_const_in_another_file_when_only_models_use_it() => Fix.Fix(
        new[]
        {
            """
            static class AiSettings
            {
                public const string ChatModel = "gpt-4o";
            }
            """,
            """
            class Bot
            {
                void Run(OpenAI.OpenAIClient client)
                {
                    client.GetChatClient({|GAI001:AiSettings.ChatModel|});
                    var options = new Microsoft.Extensions.AI.ChatOptions { ModelId = {|GAI001:AiSettings.ChatModel|} };
                }
            }
            """,
        },
        new[]
        {
            """
            static class AiSettings
            {
                public const string ChatModel = "gpt-4o-mini";
            }
            """,
            """
            class Bot
            {
                void Run(OpenAI.OpenAIClient client)
                {
                    client.GetChatClient(AiSettings.ChatModel);
                    var options = new Microsoft.Extensions.AI.ChatOptions { ModelId = AiSettings.ChatModel };
                }
            }
            """,
        });

    [Fact]
    public Task Rewrites_a_local_used_only_as_a_model() => Fix.Fix("""
        class Bot
        {
            void Run(OpenAI.OpenAIClient client)
            {
                var model = "gpt-4.1";
                client.GetChatClient({|GAI001:model|});
            }
        }
        """, """
        class Bot
        {
            void Run(OpenAI.OpenAIClient client)
            {
                var model = "gpt-4.1-mini";
                client.GetChatClient(model);
            }
        }
        """);

    [Fact]
    public Task No_fix_when_the_const_is_also_used_for_something_else() => Fix.NoFix("""
        class Bot
        {
            private const string Model = "gpt-4o";

            void Run(OpenAI.OpenAIClient client)
            {
                client.GetChatClient({|GAI001:Model|});
                Console.WriteLine("Using " + Model);
            }
        }
        """);

    [Fact]
    public Task No_fix_for_parameter_defaults_interpolations_and_configuration() => Fix.NoFix("""
        class Bot
        {
            private const string Family = "gpt";

            void Run(OpenAI.OpenAIClient client, string model = "gpt-4o")
            {
                client.GetChatClient({|GAI001:model|});
                client.GetChatClient({|GAI001:$"{Family}-4o"|});
            }
        }
        """);

    [Fact]
    public Task Azure_deployment_is_replaced_by_the_deployment_that_serves_the_alternative() => Fix.Fix("""
        class Bot
        {
            void Run(Azure.AI.OpenAI.AzureOpenAIClient azure) => azure.GetChatClient({|GAI001:"chat-prod"|});
        }
        """, """
        class Bot
        {
            void Run(Azure.AI.OpenAI.AzureOpenAIClient azure) => azure.GetChatClient("cheap");
        }
        """,
        Verify<LargeModelRule>.AllRulesOn.Append("green_ai.azure_deployments = chat-prod:gpt-4o, cheap:gpt-4o-mini"));

    [Fact]
    public Task Azure_deployment_without_a_cheaper_deployment_gets_no_fix() => Fix.NoFix("""
        class Bot
        {
            void Run(Azure.AI.OpenAI.AzureOpenAIClient azure) => azure.GetChatClient({|GAI001:"chat-prod"|});
        }
        """,
        Verify<LargeModelRule>.AllRulesOn.Append("green_ai.azure_deployments = chat-prod:gpt-4o"));

    [Fact]
    public Task A_deployment_taken_for_its_model_gets_no_fix_unless_a_mapped_deployment_serves_the_alternative() => Fix.NoFix("""
        class Bot
        {
            void Run(Azure.AI.OpenAI.AzureOpenAIClient azure) => azure.GetChatClient({|GAI001:"gpt-4o"|});
        }
        """);

    [Fact]
    public Task A_deployment_taken_for_its_model_is_replaced_by_the_mapped_deployment_of_the_alternative() => Fix.Fix("""
        class Bot
        {
            void Run(Azure.AI.OpenAI.AzureOpenAIClient azure) => azure.GetChatClient({|GAI001:"gpt-4o"|});
        }
        """, """
        class Bot
        {
            void Run(Azure.AI.OpenAI.AzureOpenAIClient azure) => azure.GetChatClient("cheap");
        }
        """,
        Verify<LargeModelRule>.AllRulesOn.Append("green_ai.azure_deployments = cheap:gpt-4o-mini"));

    [Fact]
    public Task A_model_id_passed_through_the_apps_own_method_is_replaced_at_the_argument() => Fix.Fix("""
        using Microsoft.Extensions.AI;

        class Summarizer(IChatClient chat)
        {
            public Task<ChatResponse> SummarizeAsync(string text, string model) => chat.GetResponseAsync(text, new ChatOptions { ModelId = model });
        }

        class App
        {
            void Run(Summarizer summarizer) => summarizer.SummarizeAsync("text", {|GAI001:"gpt-4.1"|});
        }
        """, """
        using Microsoft.Extensions.AI;

        class Summarizer(IChatClient chat)
        {
            public Task<ChatResponse> SummarizeAsync(string text, string model) => chat.GetResponseAsync(text, new ChatOptions { ModelId = model });
        }

        class App
        {
            void Run(Summarizer summarizer) => summarizer.SummarizeAsync("text", "gpt-4.1-mini");
        }
        """);

    [Fact]
    public Task Configured_alternative_first_built_in_second() => Fix.Fix("""
        class Bot { void Run(OpenAI.OpenAIClient client) => client.GetChatClient({|GAI001:"gpt-4.1"|}); }
        """, """
        class Bot { void Run(OpenAI.OpenAIClient client) => client.GetChatClient("gpt-4.1-mini"); }
        """,
        Verify<LargeModelRule>.AllRulesOn.Append("green_ai.model_alternatives = gpt-4.1:gpt-4.1-nano"),
        UseSmallerModelCodeFixProvider.BuiltInKey);

    [Fact]
    public Task Configured_alternative_is_the_primary_fix() => Fix.Fix("""
        class Bot { void Run(OpenAI.OpenAIClient client) => client.GetChatClient({|GAI001:"gpt-4.1"|}); }
        """, """
        class Bot { void Run(OpenAI.OpenAIClient client) => client.GetChatClient("gpt-4.1-nano"); }
        """,
        Verify<LargeModelRule>.AllRulesOn.Append("green_ai.model_alternatives = gpt-4.1:gpt-4.1-nano"),
        UseSmallerModelCodeFixProvider.PrimaryKey);

    [Fact]
    public Task Ollama_ids_get_no_catalogue_fix_but_a_configured_alternative_is_written() => Fix.Fix("""
        using OllamaSharp.Models.Chat;

        class Bot
        {
            ChatRequest Large() => new() { Model = {|GAI001:"mistral-large"|} };
        }
        """, """
        using OllamaSharp.Models.Chat;

        class Bot
        {
            ChatRequest Large() => new() { Model = "mistral-small" };
        }
        """,
        Verify<LargeModelRule>.AllRulesOn.Append("green_ai.model_alternatives = mistral-large:mistral-small"));

    [Fact]
    public Task Ollama_ids_without_a_configured_alternative_get_no_fix() => Fix.NoFix("""
        class Bot
        {
            OllamaSharp.Models.Chat.ChatRequest Large() => new() { Model = {|GAI001:"mistral-large"|} };
        }
        """);
}
