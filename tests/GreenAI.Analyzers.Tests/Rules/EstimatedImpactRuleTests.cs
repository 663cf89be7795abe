using GreenAI.Impact;
using GreenAI.Analyzers.Rules;
using GreenAI.Analyzers.Testing;
using GreenAI.Analyzers.Tests.Infrastructure;
using VerifyGai010 = GreenAI.Analyzers.Tests.Infrastructure.Verify<GreenAI.Analyzers.Rules.EstimatedImpactRule>;

namespace GreenAI.Analyzers.Tests.Rules;

public class EstimatedImpactRuleTests
{
    // ---- OpenAI ----

    [Fact]
    public Task OpenAI_client_from_GetChatClient_then_CompleteChat() => VerifyGai010.Diagnostics("""
        using OpenAI;
        using OpenAI.Chat;

        class Bot
        {
            async Task Run(OpenAIClient client)
            {
                ChatClient chat = client.GetChatClient("gpt-4o");
                await chat.{|GAI010:CompleteChatAsync|}("Summarise this text");
                chat.{|GAI010:CompleteChat|}(new UserChatMessage("hi"));
            }
        }
        """);

    [Fact]
    public Task OpenAI_chat_client_constructed_with_const_model_in_a_readonly_field() => VerifyGai010.Diagnostics("""
        using OpenAI.Chat;

        class Bot
        {
            private const string Model = "gpt-4o-mini";
            private readonly ChatClient _chat = new(Model, "key");

            public void Ask() => _chat.{|GAI010:CompleteChatStreaming|}("hi");
        }
        """);

    [Fact]
    public Task OpenAI_field_assigned_once_in_the_constructor() => VerifyGai010.Diagnostics("""
        using OpenAI;
        using OpenAI.Chat;

        class Bot
        {
            private readonly ChatClient _chat;

            public Bot(OpenAIClient client) { _chat = client.GetChatClient("gpt-4o-2024-08-06"); }

            public Task Ask() => _chat.{|GAI010:CompleteChatAsync|}("hi");
        }
        """);

    /// <summary>
    /// GAI010 says where the call's model id is written (model_at), which is where GAI001 reports the choice: the review
    /// tool joins the two into one change. An id in a const used in the slot is reported, by both, at the slot.
    /// </summary>
    [Theory]
    [InlineData("private readonly ChatClient _chat = new(\"gpt-4o\", \"key\");")]
    [InlineData("private const string Model = \"gpt-4o\"; private readonly ChatClient _chat = new(Model, \"key\");")]
    [InlineData("private readonly ChatClient _chat; public Bot(OpenAI.OpenAIClient client) { _chat = client.GetChatClient(\"gpt-4o\"); }")]
    public async Task The_estimate_names_where_its_model_is_chosen_as_GAI001_reports_it(string field)
    {
        var diagnostics = await AnalyzerRunner.RunAsync(
            new Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer[] { new SingleRuleAnalyzer<EstimatedImpactRule>(), new SingleRuleAnalyzer<LargeModelRule>() },
            "using OpenAI.Chat;\nclass Bot\n{\n    " + field + "\n    public Task Ask() => _chat.CompleteChatAsync(\"hi\");\n}\n");

        var estimate = Assert.Single(diagnostics, d => d.Id == "GAI010");
        var choice = Assert.Single(diagnostics, d => d.Id == "GAI001");
        var at = choice.Location.GetLineSpan();
        Assert.Equal($"{at.StartLinePosition.Line + 1}:{at.StartLinePosition.Character + 1}:{at.Path}", estimate.Properties[PropertyNames.ModelAt]);
    }

    // ---- raw HTTP ----

    /// <summary>
    /// A chat request sent with HttpClient is estimated as the SDK's would be: the model from the body (or Gemini's path,
    /// Azure's deployment), the provider from the host, the cap from max_tokens and its kin. (Seen in NetCoreAiProjects.)
    /// </summary>
    [Fact]
    public async Task Raw_HTTP_chat_requests_are_estimated_from_their_body()
    {
        var diagnostics = await VerifyGai010.Run("""
            using System.Net.Http.Json;
            using System.Text;
            using System.Text.Json;

            class Raw
            {
                async Task Run(HttpClient http, string q, string modelFromCaller)
                {
                    var body = new { model = "gpt-4-turbo", messages = new[] { new { role = "user", content = q } }, max_tokens = 500 };
                    await http.PostAsync("https://api.openai.com/v1/chat/completions", new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"));
                    await http.PostAsJsonAsync("https://api.anthropic.com/v1/messages", new { model = "claude-sonnet-4-5", max_tokens = 1024, messages = new[] { new { role = "user", content = q } } });
                    await http.PostAsJsonAsync("https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-pro:generateContent", new { contents = new[] { new { parts = new[] { new { text = q } } } }, generationConfig = new { maxOutputTokens = 256 } });
                    await http.PostAsync("https://api.mistral.ai/v1/chat/completions", new StringContent("{\"model\":\"mistral-large-latest\",\"messages\":[]}"));

                    await http.PostAsJsonAsync("https://api.openai.com/v1/chat/completions", new { model = modelFromCaller, messages = new[] { new { role = "user", content = q } } });
                    await http.PostAsJsonAsync("https://api.openai.com/v1/embeddings", new { model = "text-embedding-3-large", input = q });
                    await http.PostAsJsonAsync("https://api.openai.com/v1/images/generations", new { model = "gpt-image-1", prompt = q });
                    await http.PostAsJsonAsync("https://example.com/api/audit", new { model = "gpt-4o", q });
                    await http.PostAsJsonAsync("https://generativelanguage.googleapis.com/v1beta/models/gemini-3-pro-image-preview:generateContent", new { contents = new[] { new { parts = new[] { new { text = q } } } } });
                    await http.PostAsJsonAsync("https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent", new { contents = new[] { new { parts = new[] { new { text = q } } } }, generationConfig = new { responseModalities = new[] { "IMAGE" } } });
                }
            }
            """);

        Assert.Equal(4, diagnostics.Count);
        Assert.Contains("gpt-4-turbo", diagnostics[0].GetMessage());
        Assert.Equal("500", diagnostics[0].Properties[PropertyNames.OutputTokens]);
        Assert.Equal("openai", diagnostics[0].Properties[PropertyNames.Provider]);
        Assert.Equal("anthropic", diagnostics[1].Properties[PropertyNames.Provider]);
        Assert.Equal("1024", diagnostics[1].Properties[PropertyNames.OutputTokens]);
        Assert.StartsWith("gemini-2.5-pro", diagnostics[2].Properties[PropertyNames.Model]);
        Assert.Equal("256", diagnostics[2].Properties[PropertyNames.OutputTokens]);
        Assert.Equal("mistralai", diagnostics[3].Properties[PropertyNames.Provider]);
        Assert.Equal("400", diagnostics[3].Properties[PropertyNames.OutputTokens]); // no cap in the body: the default
    }

    [Fact]
    public async Task OpenAI_message_carries_the_estimate_and_the_output_cap()
    {
        var diagnostics = await VerifyGai010.Run("""
            using OpenAI.Chat;

            class Bot
            {
                void Run()
                {
                    var chat = new ChatClient("gpt-4o", "key");
                    chat.CompleteChat(new ChatMessage[] { new UserChatMessage("hi") }, new ChatCompletionOptions { MaxOutputTokenCount = 100 });
                    chat.CompleteChat("no cap");
                }
            }
            """);

        Assert.Equal(2, diagnostics.Count);
        var capped = diagnostics[0];
        Assert.Equal("gpt-4o via OpenAI: ≈0.165–0.262 Wh, 0.0708–0.108 gCO2e, 0.716–1.13 mL water per call (100 output tokens, USA mix, EcoLogits 0.9.3 (5be90da))", capped.GetMessage());
        Assert.Equal("100", capped.Properties[PropertyNames.OutputTokens]);
        Assert.Equal("openai", capped.Properties[PropertyNames.Provider]);
        Assert.Equal("USA", capped.Properties[PropertyNames.Zone]);
        // EcoLogits worked example, gpt-4o lower bound for 100 tokens: 0.2125349 Wh (docs/methodology.md).
        Assert.StartsWith("0.165489", capped.Properties[PropertyNames.EnergyWhMin]);

        var uncapped = diagnostics[1];
        Assert.Equal("400", uncapped.Properties[PropertyNames.OutputTokens]);
        Assert.Contains("400 output tokens", uncapped.GetMessage());
        // gpt-4o's deployment (EcoLogits: 1/tps per token plus the time to first token): energy grows with the tokens,
        // less than in proportion, since the first token's wait is paid once. Golden vectors: 0.1655 Wh at 100, 0.6425 at 400.
        double at100 = double.Parse(capped.Properties[PropertyNames.EnergyWhMin]!, System.Globalization.CultureInfo.InvariantCulture);
        double at400 = double.Parse(uncapped.Properties[PropertyNames.EnergyWhMin]!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(at400 / at100, 3.5, 4.0);
        Assert.StartsWith("0.642456", uncapped.Properties[PropertyNames.EnergyWhMin]);
    }

    [Fact]
    public async Task Every_contract_property_is_present_and_invariant()
    {
        var diagnostics = await VerifyGai010.Run("""
            class Bot
            {
                void Run(OpenAI.OpenAIClient client) => client.GetChatClient("gpt-4.1").CompleteChat("hi");
            }
            """);

        var diagnostic = Assert.Single(diagnostics);
        foreach (var key in PropertyNames.Contract)
        {
            Assert.True(diagnostic.Properties.ContainsKey(key), key + " missing");
        }

        Assert.Matches(@"^ecologits-\d+\.\d+\.\d+\+[0-9a-f]{7}$", diagnostic.Properties[PropertyNames.Method]);
        Assert.Equal("gpt-4.1", diagnostic.Properties[PropertyNames.Model]);
        Assert.DoesNotContain(",", diagnostic.Properties[PropertyNames.GwpGMax]);
    }

    [Fact]
    public Task OpenAI_model_that_is_not_a_constant_is_silent() => VerifyGai010.Diagnostics("""
        using OpenAI;

        class Bot
        {
            void Run(OpenAIClient client, string model)
            {
                client.GetChatClient(model).CompleteChat("hi");
                var chosen = "gpt-4o";
                chosen = model;
                client.GetChatClient(chosen).CompleteChat("hi");
            }
        }
        """);

    [Fact]
    public Task Unknown_model_gets_no_estimate() => VerifyGai010.Diagnostics("""
        class Bot
        {
            void Run(OpenAI.OpenAIClient client) => client.GetChatClient("ft:my-company-model").CompleteChat("hi");
        }
        """);

    [Fact]
    public Task User_type_named_ChatClient_is_not_an_AI_call() => VerifyGai010.Diagnostics("""
        namespace MyApp
        {
            class ChatClient
            {
                public ChatClient(string model) { }
                public void CompleteChat(string text) { }
            }

            class Bot
            {
                void Run() => new ChatClient("gpt-4o").CompleteChat("hi");
            }
        }
        """);

    [Fact]
    public async Task An_Azure_deployment_is_estimated_as_the_model_it_is_named_after_and_other_names_are_not()
    {
        var diagnostic = Assert.Single(await VerifyGai010.Run("""
            using Azure.AI.OpenAI;
            using System.ClientModel;

            class Bot
            {
                void Run()
                {
                    var azure = new AzureOpenAIClient(new Uri("https://example.invalid"), new ApiKeyCredential("k"));
                    azure.GetChatClient("gpt-4o").CompleteChat("hi");
                    azure.GetChatClient("support-prod").CompleteChat("hi");
                }
            }
            """));
        Assert.StartsWith("deployment 'gpt-4o', taken as model gpt-4o (map it in green_ai.azure_deployments) via OpenAI: ≈", diagnostic.GetMessage());
    }

    [Fact]
    public Task Dated_and_family_model_names_resolve() => VerifyGai010.Diagnostics("""
        using OpenAI.Chat;

        class Bot
        {
            void Run()
            {
                new ChatClient("gpt-4o-2099-12-31", "k").{|GAI010:CompleteChat|}("hi");
                new ChatClient("gpt-5.2", "k").{|GAI010:CompleteChat|}("hi");
            }
        }
        """);

    [Fact]
    public async Task Family_match_says_which_model_the_numbers_are_for()
    {
        var diagnostic = Assert.Single(await VerifyGai010.Run("""
            class Bot { void Run() => new OpenAI.Chat.ChatClient("gpt-5.5", "k").CompleteChat("hi"); }
            """));
        Assert.StartsWith("gpt-5.5 (as gpt-5.4, same family) via OpenAI:", diagnostic.GetMessage());
        Assert.Equal("gpt-5.4", diagnostic.Properties[PropertyNames.Model]);
    }

    // ---- Microsoft.Extensions.AI ----

    [Fact]
    public Task MEAI_ChatOptions_ModelId() => VerifyGai010.Diagnostics("""
        using Microsoft.Extensions.AI;

        class Bot
        {
            async Task Run(IChatClient client)
            {
                await client.{|GAI010:GetResponseAsync|}("hi", new ChatOptions { ModelId = "gpt-4o-mini", MaxOutputTokens = 200 });
                var options = new ChatOptions { ModelId = "claude-3-5-haiku-latest" };
                await foreach (var update in client.{|GAI010:GetStreamingResponseAsync|}("hi", options)) { }
                await client.GetResponseAsync("no model in sight");
            }
        }
        """);

    [Fact]
    public Task MEAI_client_made_from_an_OpenAI_chat_client_keeps_its_model() => VerifyGai010.Diagnostics("""
        using Microsoft.Extensions.AI;
        using OpenAI;

        class Bot
        {
            async Task Run(OpenAIClient openAI, ChatOptions fromCaller)
            {
                IChatClient client = openAI.GetChatClient("gpt-4o").AsIChatClient();
                await client.{|GAI010:GetResponseAsync|}("hi");
                await client.{|GAI010:GetResponseAsync|}("hi", new ChatOptions { ModelId = "gpt-4o-mini" });
                // Options from elsewhere may name another model: unknown, so silent.
                await client.GetResponseAsync("hi", fromCaller);
            }
        }
        """);

    [Fact]
    public async Task MEAI_provider_comes_from_the_model_when_the_sdk_does_not_fix_it()
    {
        var diagnostics = await VerifyGai010.Run("""
            using Microsoft.Extensions.AI;

            class Bot
            {
                Task Run(IChatClient client) => client.GetResponseAsync("hi", new ChatOptions { ModelId = "mistral-large-latest", MaxOutputTokens = 400 });
            }
            """);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("mistralai", diagnostic.Properties[PropertyNames.Provider]);
        Assert.Equal("SWE", diagnostic.Properties[PropertyNames.Zone]);
        // docs/methodology.md: mistral-large-latest, 400 tokens, SWE: 0.354 Wh.
        Assert.StartsWith("mistral-large-latest via Mistral AI: ≈0.24 Wh", diagnostic.GetMessage());
    }

    // ---- Anthropic ----

    [Fact]
    public Task Anthropic_messages_with_string_and_enum_models() => VerifyGai010.Diagnostics("""
        using Anthropic;
        using Anthropic.Models.Messages;

        class Bot
        {
            async Task Run(AnthropicClient client)
            {
                await client.Messages.{|GAI010:Create|}(new MessageCreateParams
                {
                    Model = "claude-sonnet-4-20250514",
                    MaxTokens = 1024,
                    Messages = [new UserMessageParam("Hello")],
                });

                var request = new MessageCreateParams
                {
                    Model = Model.ClaudeHaiku4_5,
                    MaxTokens = 256,
                    Messages = [new UserMessageParam("Hello")],
                };
                await foreach (var e in client.Messages.{|GAI010:CreateStreaming|}(request)) { }
            }
        }
        """);

    [Fact]
    public async Task Anthropic_estimate_uses_max_tokens_and_anthropic_defaults()
    {
        var diagnostic = Assert.Single(await VerifyGai010.Run("""
            using Anthropic;
            using Anthropic.Models.Messages;

            class Bot
            {
                Task<Message> Run(AnthropicClient client) => client.Messages.Create(new MessageCreateParams
                {
                    Model = Model.ClaudeHaiku4_5,
                    MaxTokens = 256,
                    Messages = [new UserMessageParam("Hello")],
                });
            }
            """));

        Assert.Equal("claude-haiku-4-5-20251001", diagnostic.Properties[PropertyNames.Model]);
        Assert.Equal("256", diagnostic.Properties[PropertyNames.OutputTokens]);
        Assert.Equal("anthropic", diagnostic.Properties[PropertyNames.Provider]);
        Assert.StartsWith("claude-haiku-4-5 via Anthropic:", diagnostic.GetMessage());
    }

    [Fact]
    public Task Anthropic_request_from_a_parameter_is_silent() => VerifyGai010.Diagnostics("""
        using Anthropic;
        using Anthropic.Models.Messages;

        class Bot
        {
            Task<Message> Run(AnthropicClient client, MessageCreateParams request) => client.Messages.Create(request);
        }
        """);

    // ---- Responses, Azure AI Inference, Betalgo ----

    [Fact]
    public Task Responses_Azure_AI_Inference_and_Betalgo_calls_are_estimated() => VerifyGai010.Diagnostics("""
        using Azure.AI.Inference;
        using Betalgo.Ranul.OpenAI.Interfaces;
        using Betalgo.Ranul.OpenAI.ObjectModels;
        using Betalgo.Ranul.OpenAI.ObjectModels.RequestModels;
        using OpenAI.Responses;

        class Calls
        {
            async Task Run(ResponsesClient responses, ChatCompletionsClient inference, IOpenAIService betalgo)
            {
                await responses.{|GAI010:CreateResponseAsync|}("gpt-5-mini", "Summarise");
                await responses.{|GAI010:CreateResponseAsync|}(new CreateResponseOptions { Model = "gpt-5", MaxOutputTokenCount = 50 });
                await inference.{|GAI010:CompleteAsync|}(new ChatCompletionsOptions { Model = "mistral-small-latest", MaxTokens = 100 });
                await betalgo.ChatCompletion.{|GAI010:CreateCompletion|}(new ChatCompletionCreateRequest { Model = Models.Gpt_4o_mini });
                await betalgo.ChatCompletion.{|GAI010:CreateCompletion|}(new ChatCompletionCreateRequest { Model = "gpt-4o" }, "gpt-4.1-nano");
            }
        }
        """);

    [Fact]
    public async Task Betalgo_model_parameter_wins_over_the_request()
    {
        var diagnostic = Assert.Single(await VerifyGai010.Run("""
            using Betalgo.Ranul.OpenAI.Interfaces;
            using Betalgo.Ranul.OpenAI.ObjectModels.RequestModels;

            class Calls
            {
                Task Run(IOpenAIService betalgo) =>
                    betalgo.ChatCompletion.CreateCompletion(new ChatCompletionCreateRequest { Model = "gpt-4o", MaxTokens = 64 }, "gpt-4.1-nano");
            }
            """));
        Assert.Equal("gpt-4.1-nano", diagnostic.Properties[PropertyNames.Model]);
        Assert.Equal("64", diagnostic.Properties[PropertyNames.OutputTokens]);
        Assert.Equal("openai", diagnostic.Properties[PropertyNames.Provider]);
    }

    // ---- Options ----

    [Fact]
    public async Task Zone_and_default_output_tokens_come_from_editorconfig()
    {
        const string source = """
            class Bot { void Run() => new OpenAI.Chat.ChatClient("gpt-4o", "k").CompleteChat("hi"); }
            """;
        var usa = Assert.Single(await VerifyGai010.Run(source));
        var fra = Assert.Single(await VerifyGai010.Run(source, new Dictionary<string, string>
        {
            ["green_ai.electricity_zone"] = "fra",
            ["green_ai.default_output_tokens"] = "1000",
        }));

        Assert.Equal("FRA", fra.Properties[PropertyNames.Zone]);
        Assert.Equal("1000", fra.Properties[PropertyNames.OutputTokens]);
        Assert.Contains("1000 output tokens, FRA mix", fra.GetMessage());
        double Gwp(Microsoft.CodeAnalysis.Diagnostic d) => double.Parse(d.Properties[PropertyNames.GwpGMin]!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(Gwp(fra) < Gwp(usa) * 2.5 / 1, "FRA at 2.5x the tokens should still emit less than USA: " + Gwp(fra) + " vs " + Gwp(usa));
    }

    [Fact]
    public async Task Unreadable_options_fall_back_to_defaults()
    {
        var diagnostic = Assert.Single(await VerifyGai010.Run(
            """class Bot { void Run() => new OpenAI.Chat.ChatClient("gpt-4o", "k").CompleteChat("hi"); }""",
            new Dictionary<string, string> { ["green_ai.electricity_zone"] = "Mars", ["green_ai.default_output_tokens"] = "lots" }));
        Assert.Equal("USA", diagnostic.Properties[PropertyNames.Zone]);
        Assert.Equal("400", diagnostic.Properties[PropertyNames.OutputTokens]);
    }

    [Fact]
    public async Task Off_by_default()
    {
        var diagnostics = await AnalyzerRunner.RunAsync(new GreenAI.Analyzers.Testing.SingleRuleAnalyzer<GreenAI.Analyzers.Rules.EstimatedImpactRule>(),
            """class Bot { void Run() => new OpenAI.Chat.ChatClient("gpt-4o", "k").CompleteChat("hi"); }""",
            new Dictionary<string, string> { ["dotnet_diagnostic.GAI010.severity"] = "default" });
        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task Half_typed_code_does_not_throw()
    {
        var diagnostics = await AnalyzerRunner.RunAsync(new GreenAI.Analyzers.Testing.SingleRuleAnalyzer<GreenAI.Analyzers.Rules.EstimatedImpactRule>(), """
            using OpenAI.Chat;
            class Bot
            {
                void Run()
                {
                    var chat = new ChatClient(null, "k");
                    chat.CompleteChat(
                    var other = new ChatClient(
                    other.CompleteChat("x"
            """, allowCompilerErrors: true);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task The_model_is_followed_through_an_Extensions_AI_pipeline_but_not_through_ConfigureOptions()
    {
        var diagnostics = await Infrastructure.AnalyzerRunner.RunAsync(new GreenAI.Analyzers.Testing.SingleRuleAnalyzer<GreenAI.Analyzers.Rules.EstimatedImpactRule>(), """
            using Microsoft.Extensions.AI;
            using OpenAI;
            class Calls
            {
                async Task Run(OpenAIClient openAI)
                {
                    IChatClient piped = openAI.GetChatClient("gpt-4o").AsIChatClient().AsBuilder().UseFunctionInvocation().Build();
                    await piped.GetResponseAsync("hi");
                    IChatClient configured = openAI.GetChatClient("gpt-4o").AsIChatClient().AsBuilder().ConfigureOptions(o => o.ModelId = "gpt-4o-mini").Build();
                    await configured.GetResponseAsync("hi");
                }
            }
            """);
        var diagnostic = Assert.Single(diagnostics);
        Assert.StartsWith("gpt-4o via OpenAI", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }
}
