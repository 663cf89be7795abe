using GreenAI.Analyzers.Contracts;
using GreenAI.Impact;
using GreenAI.Analyzers.Rules;
using GreenAI.Analyzers.Tests.Infrastructure;
using VerifyGai001 = GreenAI.Analyzers.Tests.Infrastructure.Verify<GreenAI.Analyzers.Rules.LargeModelRule>;

namespace GreenAI.Analyzers.Tests.Rules;

public class LargeModelRuleTests
{
    // ---- Every SDK ----

    [Fact]
    public Task OpenAI_GetChatClient_and_ChatClient_constructor() => VerifyGai001.Diagnostics("""
        using OpenAI;
        using OpenAI.Chat;

        class Bot
        {
            void Run(OpenAIClient client)
            {
                ChatClient chat = client.GetChatClient({|GAI001:"gpt-4o"|});
                chat.CompleteChat("one");
                chat.CompleteChat("two"); // calls through the client are not reported again
                var direct = new ChatClient({|GAI001:"gpt-4.1"|}, "key");
                var small = new ChatClient("gpt-4o-mini", "key");
            }
        }
        """);

    /// <summary>The model field of a chat request sent over raw HTTP is a model choice; a text model on Ollama is the runtime's own name.</summary>
    [Fact]
    public Task Raw_HTTP_chat_bodies() => VerifyGai001.Diagnostics("""
        using System.Net.Http.Json;

        class Raw
        {
            async Task Run(HttpClient http, string q)
            {
                await http.PostAsJsonAsync("https://api.openai.com/v1/chat/completions", new { model = {|GAI001:"gpt-4-turbo"|}, messages = new[] { new { role = "user", content = q } } });
                await http.PostAsJsonAsync("https://api.anthropic.com/v1/messages", new { model = {|GAI001:"claude-opus-4-1"|}, max_tokens = 1024, messages = new[] { new { role = "user", content = q } } });
                await http.PostAsJsonAsync("https://api.openai.com/v1/chat/completions", new { model = "gpt-4o-mini", messages = new[] { new { role = "user", content = q } } });
                await http.PostAsJsonAsync("https://api.openai.com/v1/embeddings", new { model = "text-embedding-3-large", input = q });
            }
        }
        """);

    /// <summary>A request body posted twice (stho32's retry on 529) names its model once: one report at its field.</summary>
    [Fact]
    public Task A_body_posted_twice_is_one_model_choice() => VerifyGai001.Diagnostics("""
        using System.Net.Http.Json;

        class Retry
        {
            private const string Model = "gpt-4o";

            async Task Run(HttpClient http, string q)
            {
                var body = new { model = {|GAI001:Model|}, messages = new[] { new { role = "user", content = q } } };
                var response = await http.PostAsJsonAsync("https://api.openai.com/v1/chat/completions", body);
                if ((int)response.StatusCode == 529)
                {
                    response = await http.PostAsJsonAsync("https://api.openai.com/v1/chat/completions", body);
                }
            }
        }
        """);

    /// <summary>
    /// A Gemini request names its model in the URL (<c>models/{model}:generateContent</c>): the constant that fills it is
    /// the model choice (NetCoreAI's <c>string model = "gemini-2.5-pro"</c>). A model only inside a longer literal URL
    /// has no place of its own to report or rewrite: silent.
    /// </summary>
    [Fact]
    public Task A_model_named_in_a_Gemini_URL_is_a_model_choice_where_it_is_written() => VerifyGai001.Diagnostics("""
        using System.Net.Http.Json;

        class Gemini
        {
            private const string Flash = "gemini-2.5-flash";

            async Task Run(HttpClient http, string key, string q)
            {
                string model = {|GAI001:"gemini-2.5-pro"|};
                string endpoint = $"https://generativelanguage.googleapis.com/v1beta/models/{model}:generateContent?key={key}";
                await http.PostAsJsonAsync(endpoint, new { contents = new[] { new { parts = new[] { new { text = q } } } } });
                await http.PostAsJsonAsync($"https://generativelanguage.googleapis.com/v1beta/models/{Flash}:generateContent?key={key}", new { contents = new[] { new { parts = new[] { new { text = q } } } } });
                await http.PostAsJsonAsync("https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-pro:generateContent", new { contents = new[] { new { parts = new[] { new { text = q } } } } });
            }
        }
        """);

    /// <summary>
    /// A raw body's model read from a field: its initialiser, or the written fallback of a configuration read in the
    /// constructor (ImperaOps' <c>_model = config["Claude:Model"] ?? "claude-sonnet-4-…"</c> of the ninth set). Reported at
    /// the body's field, as a constant used where it is not written; a configured value without a fallback stays silent.
    /// </summary>
    [Fact]
    public Task A_raw_body_model_read_from_a_field_with_an_initialiser_or_a_fallback() => VerifyGai001.Diagnostics("""
        using System.Net.Http.Json;
        using Microsoft.Extensions.Configuration;

        class ClaudeService
        {
            private readonly HttpClient _http = new();
            private readonly string _model;
            private readonly string _writer = "gpt-4.1";
            private readonly string _configured;

            public ClaudeService(IConfiguration config)
            {
                _model = config["Claude:Model"] ?? "claude-sonnet-4-20250514";
                _configured = config["OpenAI:Model"]!;
            }

            async Task Run(string q)
            {
                var payload = new { model = {|GAI001:_model|}, max_tokens = 1024, messages = new[] { new { role = "user", content = q } } };
                await _http.PostAsJsonAsync("https://api.anthropic.com/v1/messages", payload);
                await _http.PostAsJsonAsync("https://api.openai.com/v1/chat/completions", new { model = {|GAI001:_writer|}, messages = new[] { new { role = "user", content = q } } });
                await _http.PostAsJsonAsync("https://api.openai.com/v1/chat/completions", new { model = _configured, messages = new[] { new { role = "user", content = q } } });
            }
        }
        """);

    /// <summary>
    /// teknologi-umum/botnet's shapes: the body assigned to the request after it is created (<c>request.Content =
    /// JsonContent.Create(…)</c>), the model passed to the app's own method that sends it, chosen by a switch expression
    /// (each large arm is a choice).
    /// </summary>
    [Fact]
    public Task A_raw_request_whose_content_is_assigned_later_and_a_model_chosen_by_a_switch() => VerifyGai001.Diagnostics("""
        using System.Net.Http.Json;

        record Sender(bool Vip);

        class OpenAiClient(HttpClient http)
        {
            public async Task<string> ChatAsync(string model, string question, int maxTokens)
            {
                using HttpRequestMessage request = new(HttpMethod.Post, "https://api.openai.com/v1/chat/completions");
                request.Headers.Add("Authorization", "Bearer key");
                request.Content = JsonContent.Create(new { Model = model, MaxTokens = maxTokens, Messages = new[] { new { role = "user", content = question } } });
                using var response = await http.SendAsync(request);
                return await response.Content.ReadAsStringAsync();
            }
        }

        class Ask(OpenAiClient client)
        {
            Task<string> Run(Sender sender, string q) => client.ChatAsync(
                model: sender switch { { Vip: true } => {|GAI001:"gpt-4-1106-preview"|}, _ => "gpt-3.5-turbo" },
                question: q,
                maxTokens: 512);
        }
        """);

    [Fact]
    public Task OpenAI_responses_and_assistants() => VerifyGai001.Diagnostics("""
        using OpenAI.Assistants;
        using OpenAI.Responses;

        class Bot
        {
            async Task Run(ResponsesClient responses, AssistantClient assistants)
            {
                await responses.CreateResponseAsync({|GAI001:"gpt-5"|}, "Summarise");
                await responses.CreateResponseAsync(new CreateResponseOptions { Model = {|GAI001:"o1"|}, MaxOutputTokenCount = 100 });
                await assistants.CreateAssistantAsync({|GAI001:"gpt-4o-2024-08-06"|});
                await responses.CreateResponseAsync("gpt-5-nano", "Summarise");
            }
        }
        """);

    [Fact]
    public Task MEAI_ChatOptions_ModelId() => VerifyGai001.Diagnostics("""
        using Microsoft.Extensions.AI;

        class Bot
        {
            Task<ChatResponse> Run(IChatClient client) =>
                client.GetResponseAsync("hi", new ChatOptions { ModelId = {|GAI001:"gemini-2.5-pro"|}, MaxOutputTokens = 300 });
        }
        """);

    [Fact]
    public Task Anthropic_string_and_enum_members() => VerifyGai001.Diagnostics("""
        using Anthropic;
        using Anthropic.Models.Messages;
        using Microsoft.Extensions.AI;

        class Bot
        {
            async Task Run(AnthropicClient client)
            {
                await client.Messages.Create(new MessageCreateParams
                {
                    Model = {|GAI001:Model.ClaudeOpus4_7|},
                    MaxTokens = 1024,
                    Messages = [new UserMessageParam("Hello")],
                });
                await client.Messages.Create(new MessageCreateParams
                {
                    Model = {|GAI001:"claude-sonnet-4-5-20250929"|},
                    MaxTokens = 1024,
                    Messages = [new UserMessageParam("Hello")],
                });
                await client.Messages.Create(new MessageCreateParams
                {
                    Model = Model.ClaudeHaiku4_5,
                    MaxTokens = 1024,
                    Messages = [new UserMessageParam("Hello")],
                });
                IChatClient chat = client.AsIChatClient({|GAI001:"claude-opus-4-1"|});
            }
        }
        """);

    /// <summary>Semantic Kernel's execution settings choose the model per request; an OpenAI Realtime session binds one.</summary>
    [Fact]
    public Task Semantic_Kernel_settings_and_realtime_sessions() => VerifyGai001.Diagnostics("""
        using Microsoft.SemanticKernel;
        using Microsoft.SemanticKernel.Connectors.OpenAI;

        class Requests
        {
            PromptExecutionSettings Plain() => new() { ModelId = {|GAI001:"gpt-4"|} };
            OpenAIPromptExecutionSettings OpenAI() => new() { ModelId = {|GAI001:"gpt-4o"|}, MaxTokens = 100 };
            OpenAIPromptExecutionSettings Small() => new() { ModelId = "gpt-4o-mini" };

            async Task Voice(OpenAI.Realtime.RealtimeClient realtime)
            {
                using var session = await realtime.StartConversationSessionAsync({|GAI001:"gpt-4o-realtime-preview"|});
            }
        }
        """);

    /// <summary>Betalgo's Assistants: the model is chosen when the assistant is created or modified.</summary>
    [Fact]
    public Task Betalgo_assistants() => VerifyGai001.Diagnostics("""
        using Betalgo.Ranul.OpenAI.ObjectModels.RequestModels;

        class Assistants
        {
            AssistantCreateRequest Create() => new() { Name = "support", Model = {|GAI001:"gpt-4o"|} };
            AssistantModifyRequest Modify() => new() { Model = "gpt-4o-mini" };
        }
        """);

    /// <summary>Anthropic's managed agents (beta): the model is chosen when the agent is created or updated.</summary>
    [Fact]
    public Task Anthropic_managed_agents() => VerifyGai001.Diagnostics("""
        using Anthropic;
        using Anthropic.Models.Beta.Agents;

        class Agents
        {
            async Task Run(AnthropicClient client)
            {
                await client.Beta.Agents.Create(new AgentCreateParams { Name = "support", Model = {|GAI001:BetaManagedAgentsModel.ClaudeOpus5|} });
                await client.Beta.Agents.Create(new AgentCreateParams { Name = "writer", Model = BetaManagedAgentsModel.ClaudeFable5 });
                await client.Beta.Agents.Create(new AgentCreateParams { Name = "triage", Model = BetaManagedAgentsModel.ClaudeHaiku4_5 });
            }
        }
        """);

    [Fact]
    public Task Semantic_Kernel_registrations() => VerifyGai001.Diagnostics("""
        using Microsoft.SemanticKernel;
        using Microsoft.SemanticKernel.Connectors.OpenAI;

        class Startup
        {
            Kernel Build(bool premium)
            {
                var builder = Kernel.CreateBuilder();
                builder.AddOpenAIChatCompletion({|GAI001:"gpt-4o"|}, "key");
                builder.AddOpenAIChatCompletion(modelId: premium ? {|GAI001:"gpt-4.1"|} : "gpt-4.1-mini", apiKey: "key");
                builder.AddAzureOpenAIChatCompletion("prod-deployment", "https://example.invalid", "key", modelId: {|GAI001:"gpt-4o"|});
                var service = new OpenAIChatCompletionService({|GAI001:"gpt-5"|}, "key");
                return builder.Build();
            }
        }
        """);

    /// <summary>Registrations on IServiceCollection, with the model from configuration and a constant fallback.</summary>
    [Fact]
    public Task Semantic_Kernel_registrations_on_the_service_collection() => VerifyGai001.Diagnostics("""
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.SemanticKernel;

        class Startup
        {
            void Configure(IServiceCollection services, IConfiguration config)
            {
                services.AddOpenAIChatCompletion(modelId: config["OpenAI:Model"] ?? {|GAI001:"gpt-4o"|}, apiKey: "key");
                services.AddAzureOpenAIChatCompletion(deploymentName: "chat", endpoint: "https://example.invalid", apiKey: "key", modelId: {|GAI001:"gpt-4.1"|});
                services.AddOpenAIChatClient(modelId: {|GAI001:"gpt-4o"|}, apiKey: "key");
                services.AddOpenAIChatCompletion(modelId: config["OpenAI:Model"]!, apiKey: "key");
                services.AddOpenAIChatCompletion(modelId: config["OpenAI:Model"] ?? "gpt-4o-mini", apiKey: "key");
            }
        }
        """);

    [Fact]
    public Task Semantic_Kernel_Azure_deployment_without_model_id_uses_the_mapping() => VerifyGai001.Diagnostics("""
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.SemanticKernel;

        class Startup
        {
            void Configure(IServiceCollection services)
            {
                services.AddKernel().AddAzureOpenAIChatCompletion({|GAI001:"support-prod"|}, "https://example.invalid", "key");
                services.AddKernel().AddAzureOpenAIChatCompletion("support-cheap", "https://example.invalid", "key");
                services.AddKernel().AddOpenAIChatClient({|GAI001:"gpt-4o"|}, "key");
            }
        }
        """,
        VerifyGai001.AllRulesOn.Append("green_ai.azure_deployments = support-prod:gpt-4o, support-cheap:gpt-4o-mini"));

    [Fact]
    public Task Ollama_request_client_default_and_selected_model() => VerifyGai001.Diagnostics("""
        using OllamaSharp;
        using OllamaSharp.Models.Chat;

        class Bot
        {
            async Task Run()
            {
                var ollama = new OllamaApiClient(new Uri("http://localhost:11434"), {|GAI001:"meta-llama/Meta-Llama-3.1-70B-Instruct"|});
                ollama.SelectedModel = {|GAI001:"mistral-large-latest"|};
                await foreach (var _ in ollama.ChatAsync(new ChatRequest { Model = "meta-llama/Meta-Llama-3.1-8B-Instruct" })) { }
            }
        }
        """);

    [Fact]
    public Task Azure_AI_Inference_options() => VerifyGai001.Diagnostics("""
        using Azure.AI.Inference;

        class Bot
        {
            void Run(ChatCompletionsClient client)
            {
                var options = new ChatCompletionsOptions { Model = {|GAI001:"mistral-large-2411"|}, MaxTokens = 200 };
                options.Messages.Add(new ChatRequestUserMessage("hi"));
                client.Complete(options);
            }
        }
        """);

    [Fact]
    public Task Betalgo_request_parameter_and_default_model() => VerifyGai001.Diagnostics("""
        using Betalgo.Ranul.OpenAI;
        using Betalgo.Ranul.OpenAI.Interfaces;
        using Betalgo.Ranul.OpenAI.ObjectModels;
        using Betalgo.Ranul.OpenAI.ObjectModels.RequestModels;

        class Bot
        {
            async Task Run(IOpenAIService service)
            {
                var options = new OpenAIOptions { ApiKey = "k", DefaultModelId = {|GAI001:Models.Gpt_4o|} };
                var request = new ChatCompletionCreateRequest { Model = {|GAI001:Models.Gpt_4_1|}, MaxTokens = 50 };
                await service.ChatCompletion.CreateCompletion(request, {|GAI001:"gpt-4-turbo"|});
                var small = new ChatCompletionCreateRequest { Model = Models.Gpt_4o_mini };
            }
        }
        """);

    // ---- Every way a model id is written ----

    [Fact]
    public Task Const_static_readonly_property_local_and_parameter_default() => VerifyGai001.Diagnostics("""
        using OpenAI;

        class Bot
        {
            private const string Large = "gpt-4o";
            private static readonly string Configured = "gpt-4.1";
            private static string FromProperty { get; } = "o1";
            private static string FromExpressionBody => "gpt-5";

            void Run(OpenAIClient client, string model = "gpt-4o-2024-11-20")
            {
                client.GetChatClient({|GAI001:Large|});
                client.GetChatClient({|GAI001:Configured|});
                client.GetChatClient({|GAI001:FromProperty|});
                client.GetChatClient({|GAI001:FromExpressionBody|});
                var local = "gpt-4o";
                client.GetChatClient({|GAI001:local|});
                client.GetChatClient({|GAI001:model|});
            }
        }
        """);

    [Fact]
    public Task Interpolation_and_concatenation_of_constants() => VerifyGai001.Diagnostics("""
        using OpenAI;

        class Bot
        {
            private const string Family = "gpt";
            private const int Version = 5;

            void Run(OpenAIClient client)
            {
                client.GetChatClient({|GAI001:$"{Family}-{Version}"|});
                client.GetChatClient({|GAI001:Family + "-4o"|});
            }
        }
        """);

    [Fact]
    public Task Ternary_reports_each_large_branch() => VerifyGai001.Diagnostics("""
        using OpenAI;

        class Bot
        {
            void Run(OpenAIClient client, bool hard, string fallback)
            {
                client.GetChatClient(hard ? {|GAI001:"gpt-4o"|} : "gpt-4o-mini");
                client.GetChatClient(hard ? {|GAI001:"o1"|} : {|GAI001:"gpt-4.1"|});
                client.GetChatClient(hard ? fallback : "gpt-4o-mini");
            }
        }
        """);

    [Fact]
    public Task Coalesce_fallback_is_a_choice_the_code_makes() => VerifyGai001.Diagnostics("""
        using OpenAI;

        class Bot
        {
            void Run(OpenAIClient client)
            {
                var model = Environment.GetEnvironmentVariable("OPENAI_MODEL") ?? "gpt-4o";
                client.GetChatClient({|GAI001:model|});
                client.GetChatClient(Environment.GetEnvironmentVariable("OPENAI_MODEL") ?? "gpt-4o-mini");
            }
        }
        """);

    [Fact]
    public Task Azure_deployments_resolve_through_editorconfig() => VerifyGai001.Diagnostics("""
        using Azure.AI.OpenAI;
        using System.ClientModel;

        class Bot
        {
            void Run(AzureOpenAIClient azure)
            {
                azure.GetChatClient({|GAI001:"chat-prod"|});
                azure.GetChatClient("cheap");
                azure.GetChatClient("not-mapped");
            }
        }
        """,
        VerifyGai001.AllRulesOn.Append("green_ai.azure_deployments = chat-prod:gpt-4o, cheap:gpt-4o-mini"));

    // ---- Azure deployments named after their model ----

    private const string DeploymentsNamedAfterModels = """
        using Azure.AI.OpenAI;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.SemanticKernel;
        using Microsoft.SemanticKernel.Connectors.AzureOpenAI;

        class Startup
        {
            const string ChatDeployment = "gpt-4.1";

            void Configure(IServiceCollection services, AzureOpenAIClient azure)
            {
                services.AddKernel().AddAzureOpenAIChatCompletion("gpt-4o", "https://example.invalid", "key");
                var service = new AzureOpenAIChatCompletionService(ChatDeployment, "https://example.invalid", "key");
                azure.GetChatClient("gpt-4o-2024-08-06");
                azure.GetChatClient("gpt-5.5");
                azure.GetChatClient("gpt-4o-mini");   // a small model: nothing to say
                azure.GetChatClient("chat-prod");     // not a model id: silent, as before
                azure.GetChatClient("gpt-6");         // a tier's guess is not a deployment's model
                azure.GetChatClient("gpt4o");         // not the model's id as written
            }
        }
        """;

    [Fact]
    public async Task An_unmapped_deployment_named_after_a_large_model_is_that_model_and_says_so()
    {
        var diagnostics = await VerifyGai001.Run(DeploymentsNamedAfterModels);
        var messages = diagnostics.OrderBy(d => d.Location.SourceSpan.Start).Select(d => d.GetMessage()).ToList();
        Assert.Equal(4, messages.Count);
        Assert.StartsWith("deployment 'gpt-4o', taken as model gpt-4o (map it in green_ai.azure_deployments) ≈", messages[0]);
        Assert.StartsWith("deployment 'gpt-4.1', taken as model gpt-4.1 (map it in green_ai.azure_deployments) ≈", messages[1]);
        Assert.StartsWith("deployment 'gpt-4o-2024-08-06', taken as model gpt-4o-2024-08-06 (map it in green_ai.azure_deployments) ≈", messages[2]);
        Assert.StartsWith("deployment 'gpt-5.5', taken as model gpt-5.5 (as gpt-5.4, same family) (map it in green_ai.azure_deployments) ≈", messages[3]);
        Assert.All(diagnostics, d => Assert.Equal(LargeModelProperties.SlotKindDeployment, d.Properties[LargeModelProperties.SlotKind]));
    }

    [Fact]
    public async Task The_guess_is_off_when_the_option_says_false_and_a_mapping_wins_over_it()
    {
        var source = DeploymentsNamedAfterModels;
        Assert.Empty(await VerifyGai001.Run(source, new Dictionary<string, string> { ["green_ai.azure_deployment_names_as_models"] = "false" }));

        var mapped = await VerifyGai001.Run(source, new Dictionary<string, string> { ["green_ai.azure_deployments"] = "gpt-4o:gpt-4o-mini" });
        Assert.Equal(3, mapped.Count);
        Assert.DoesNotContain(mapped, d => d.GetMessage().StartsWith("deployment 'gpt-4o',", StringComparison.Ordinal));
    }

    /// <summary>
    /// A configured deployment whose fallback names the model the settings name too (PoRedoImage's
    /// <c>configuration["OpenAI:ChatCompletionsDeployment"] ?? "gpt-4o"</c> with "gpt-4o" in appsettings.json): one report.
    /// </summary>
    [Fact]
    public async Task The_same_model_from_settings_and_fallback_is_reported_once()
    {
        const string source = """
            using Microsoft.Extensions.Configuration;
            using OpenAI;

            class Bot
            {
                void Run(OpenAIClient client, IConfiguration config)
                {
                    var chat = config["OpenAI:ChatModel"] ?? "gpt-4o";
                    client.GetChatClient(chat);
                    client.GetChatClient(config["OpenAI:OtherModel"] ?? "gpt-4.1");
                }
            }
            """;
        var settings = ("appsettings.json", """{ "OpenAI": { "ChatModel": "gpt-4o", "OtherModel": "gpt-4o" } }""");

        var diagnostics = await AnalyzerRunner.RunAsync(new GreenAI.Analyzers.Testing.SingleRuleAnalyzer<GreenAI.Analyzers.Rules.LargeModelRule>(), source, additionalFiles: new[] { settings });
        var models = diagnostics.Select(d => d.Properties[PropertyNames.Model] + "@" + d.Location.GetLineSpan().StartLinePosition.Line).OrderBy(m => m, StringComparer.Ordinal).ToArray();
        Assert.Equal(new[] { "gpt-4.1@9", "gpt-4o@8", "gpt-4o@9" }, models);
    }

    [Fact]
    public async Task Configuration_keys_resolve_from_appsettings_additional_files()
    {
        const string source = """
            using Microsoft.Extensions.Configuration;
            using OpenAI;

            class Bot
            {
                void Run(OpenAIClient client, IConfiguration config)
                {
                    client.GetChatClient(config["OpenAI:ChatModel"]);
                    client.GetChatClient(config.GetSection("OpenAI")["CheapModel"]);
                    client.GetChatClient(config.GetValue<string>("OpenAI:ChatModel"));
                    client.GetChatClient(config["OpenAI:Missing"]);
                }
            }
            """;
        var settings = ("appsettings.json", """
            {
              // comments are allowed, as in .NET configuration
              "OpenAI": { "ChatModel": "gpt-4o", "CheapModel": "gpt-4o-mini", },
            }
            """);

        var withFile = await AnalyzerRunner.RunAsync(new GreenAI.Analyzers.Testing.SingleRuleAnalyzer<GreenAI.Analyzers.Rules.LargeModelRule>(), source, additionalFiles: new[] { settings });
        Assert.Equal(2, withFile.Count);
        Assert.All(withFile, d => Assert.Equal("gpt-4o", d.Properties[PropertyNames.Model]));

        var withoutFile = await AnalyzerRunner.RunAsync(new GreenAI.Analyzers.Testing.SingleRuleAnalyzer<GreenAI.Analyzers.Rules.LargeModelRule>(), source);
        Assert.Empty(withoutFile);
    }

    /// <summary>
    /// The options pattern: a class bound to a section (Configure&lt;T&gt;, Get&lt;T&gt;, BindConfiguration) reads its
    /// property from the settings files, nested classes too; the settings win over the property's default, and an
    /// unbound class or a key the files lack stays silent (AbhinavUpreti-dev/CBRE.Facility.Audit's DeploymentName).
    /// </summary>
    [Fact]
    public async Task Options_classes_bound_to_configuration_sections_read_their_models_from_appsettings()
    {
        const string source = """
            using Microsoft.Extensions.Configuration;
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.Extensions.Options;
            using OpenAI;

            public class OpenAISettings { public string DeploymentName { get; set; } = "gpt-4o-mini"; public string Missing { get; set; } = ""; }
            public class AiSettings { public ModelSettings Chat { get; set; } = new(); }
            public class ModelSettings { public string Model { get; set; } = ""; }
            public class Unbound { public string Model { get; set; } = ""; }

            class Startup
            {
                void Configure(IServiceCollection services, IConfiguration config)
                {
                    services.Configure<OpenAISettings>(config.GetSection("OpenAISettings"));
                    services.AddOptions<AiSettings>().BindConfiguration("Ai");
                }
            }

            class Bot(OpenAIClient client, IOptions<OpenAISettings> options, AiSettings ai, Unbound unbound, IConfiguration config)
            {
                void Run()
                {
                    client.GetChatClient(options.Value.DeploymentName);
                    client.GetChatClient(ai.Chat.Model);
                    client.GetChatClient(config.GetSection("Reviews").Get<ModelSettings>()!.Model);
                    client.GetChatClient(unbound.Model);
                    client.GetChatClient(options.Value.Missing);
                }
            }
            """;
        var settings = ("appsettings.json", """
            {
              "OpenAISettings": { "DeploymentName": "gpt-4o" },
              "Ai": { "Chat": { "Model": "gpt-4.1" } },
              "Reviews": { "Model": "gpt-4-turbo" },
              "Model": "gpt-4o"
            }
            """);

        var diagnostics = await AnalyzerRunner.RunAsync(new GreenAI.Analyzers.Testing.SingleRuleAnalyzer<GreenAI.Analyzers.Rules.LargeModelRule>(), source, additionalFiles: new[] { settings });
        Assert.Equal(new[] { "gpt-4o", "gpt-4.1", "gpt-4-turbo" }, diagnostics.Where(d => d.Location.IsInSource).Select(d => d.Properties[PropertyNames.Model]));
        // The top-level "Model" no code of the project reads: reported at the settings file (SettingsModelChoicesTests).
        Assert.Equal("gpt-4o", Assert.Single(diagnostics, d => !d.Location.IsInSource).Properties[PropertyNames.Model]);
    }

    // ---- Negative and tricky ----

    [Fact]
    public Task Small_models_non_constants_and_other_modalities_are_silent() => VerifyGai001.Diagnostics("""
        using OpenAI;

        class Bot
        {
            void Run(OpenAIClient client, string fromCaller)
            {
                client.GetChatClient("gpt-4o-mini");
                client.GetChatClient("gpt-5-nano");
                client.GetChatClient("gpt-4.1-mini");
                client.GetChatClient(fromCaller);
                client.GetChatClient(Environment.GetEnvironmentVariable("MODEL")!);
                client.GetEmbeddingClient("text-embedding-3-large");
                client.GetImageClient("gpt-image-1");
                client.GetAudioClient("gpt-4o-transcribe");
                var reassigned = "gpt-4o";
                reassigned = fromCaller;
                client.GetChatClient(reassigned);
            }
        }
        """);

    [Fact]
    public Task User_types_named_like_SDK_types_are_ignored() => VerifyGai001.Diagnostics("""
        namespace MyApp
        {
            class OpenAIClient { public object GetChatClient(string model) => model; }
            class ChatOptions { public string? ModelId { get; set; } }

            class Bot
            {
                void Run()
                {
                    new OpenAIClient().GetChatClient("gpt-4o");
                    var options = new ChatOptions { ModelId = "gpt-4o" };
                }
            }
        }
        """);

    /// <summary>A version newer than the catalogue is estimated as the newest model of its tier, said in the message.</summary>
    [Fact]
    public async Task Newer_versions_of_a_large_tier_are_reported_as_the_newest_known_model_of_the_tier()
    {
        var diagnostics = await VerifyGai001.Run("""
            using Microsoft.Extensions.AI;

            class Bot
            {
                void Run(OpenAI.OpenAIClient client, Anthropic.AnthropicClient anthropic)
                {
                    IChatClient claude = anthropic.AsIChatClient("claude-sonnet-5");
                    var gemini = new ChatOptions { ModelId = "gemini-3-pro" };
                    client.GetChatClient("gpt-6-mini");
                    client.GetChatClient("claude-fable-5");
                }
            }
            """);

        Assert.Equal(2, diagnostics.Count);
        Assert.StartsWith("claude-sonnet-5 (as claude-sonnet-4-6, newest known sonnet) ≈", diagnostics[0].GetMessage());
        Assert.Equal("claude-haiku-4-5", diagnostics[0].Properties[LargeModelProperties.Alternative]);
        Assert.StartsWith("gemini-3-pro (as gemini-3.1-pro-preview, newest known gemini pro) ≈", diagnostics[1].GetMessage());
    }

    [Fact]
    public async Task Message_names_the_alternative_and_the_ratio()
    {
        var diagnostic = Assert.Single(await VerifyGai001.Run("""
            class Bot { void Run(OpenAI.OpenAIClient client) => client.GetChatClient("gpt-4o"); }
            """));

        Assert.Equal(
            "gpt-4o ≈0.642–1.03 Wh per call; gpt-4o-mini ≈0.0305–0.036 Wh (≈21.1–28.6× less) (400 output tokens, USA mix, EcoLogits 0.9.3 (5be90da))",
            diagnostic.GetMessage());
        Assert.Equal("gpt-4o-mini", diagnostic.Properties[LargeModelProperties.Alternative]);
        Assert.Equal("openai", diagnostic.Properties[PropertyNames.Provider]);
        foreach (var key in PropertyNames.Contract.Append(LargeModelProperties.AlternativeEnergyMin).Append(LargeModelProperties.AlternativeEnergyMax))
        {
            Assert.True(diagnostic.Properties.ContainsKey(key), key);
        }
    }

    [Fact]
    public async Task Output_cap_in_the_same_initializer_drives_the_estimate()
    {
        var diagnostic = Assert.Single(await VerifyGai001.Run("""
            using Microsoft.Extensions.AI;
            class Bot { ChatOptions Options() => new ChatOptions { ModelId = "gpt-4o", MaxOutputTokens = 100 }; }
            """));
        Assert.Equal("100", diagnostic.Properties[PropertyNames.OutputTokens]);
    }

    [Fact]
    public async Task The_same_model_with_other_output_caps_gets_its_own_estimate_in_one_compilation()
    {
        // Findings are shared per model, slot and output tokens: a cap left out of that key would reuse the first estimate.
        var diagnostics = await VerifyGai001.Run("""
            using Microsoft.Extensions.AI;
            class Bot
            {
                ChatOptions Short() => new ChatOptions { ModelId = "gpt-4o", MaxOutputTokens = 100 };
                ChatOptions Long() => new ChatOptions { ModelId = "gpt-4o", MaxOutputTokens = 2000 };
                ChatOptions Again() => new ChatOptions { ModelId = "gpt-4o", MaxOutputTokens = 100 };
            }
            """);

        var inOrder = diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ToList();
        Assert.Equal(new[] { "100", "2000", "100" }, inOrder.Select(d => d.Properties[PropertyNames.OutputTokens]));
        Assert.NotEqual(inOrder[0].GetMessage(), inOrder[1].GetMessage());
        Assert.Equal(inOrder[0].GetMessage(), inOrder[2].GetMessage());
    }

    [Fact]
    public Task Threshold_and_configured_alternatives_come_from_editorconfig() => VerifyGai001.Diagnostics("""
        using OpenAI;

        class Bot
        {
            void Run(OpenAIClient client)
            {
                client.GetChatClient("gpt-5");
                client.GetChatClient({|GAI001:"gpt-4o"|});
                client.GetChatClient({|GAI001:"gpt-4.1-mini"|});
            }
        }
        """,
        VerifyGai001.AllRulesOn.Concat(new[] { "green_ai.large_model_min_active_params = 35", "green_ai.model_alternatives = gpt-4.1-mini:gpt-4.1-nano" }));

    [Fact]
    public Task Declared_model_is_honoured() => VerifyGai001.Diagnostics("""
        class Bot { void Run(OpenAI.OpenAIClient client) => client.GetChatClient({|GAI001:"o3"|}); }
        """,
        VerifyGai001.AllRulesOn.Concat(new[] { "green_ai.model.o3.active_params = 44", "green_ai.model.o3.total_params = 440" }));
}
