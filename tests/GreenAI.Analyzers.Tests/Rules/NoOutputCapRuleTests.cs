using Fix = GreenAI.Analyzers.Tests.Infrastructure.VerifyFix<GreenAI.Analyzers.Rules.NoOutputCapRule, GreenAI.CodeFixes.AddOutputCapCodeFixProvider>;
using VerifyGai006 = GreenAI.Analyzers.Tests.Infrastructure.Verify<GreenAI.Analyzers.Rules.NoOutputCapRule>;

namespace GreenAI.Analyzers.Tests.Rules;

public class NoOutputCapRuleTests
{
    [Fact]
    public Task Options_in_sight_without_a_cap_and_calls_without_options() => VerifyGai006.Diagnostics("""
        using Azure.AI.Inference;
        using Betalgo.Ranul.OpenAI.Interfaces;
        using Betalgo.Ranul.OpenAI.ObjectModels.RequestModels;
        using OpenAI.Chat;

        class Calls
        {
            async Task Run(ChatClient chat, ChatCompletionsClient inference, IOpenAIService betalgo, ChatCompletionOptions fromCaller)
            {
                await chat.{|GAI006:CompleteChatAsync|}(new OpenAI.Chat.ChatMessage[] { new UserChatMessage("hi") }, new ChatCompletionOptions { Temperature = 0.2f });
                await chat.{|GAI006:CompleteChatAsync|}("no options at all");
                await chat.CompleteChatAsync(new OpenAI.Chat.ChatMessage[] { new UserChatMessage("hi") }, new ChatCompletionOptions { MaxOutputTokenCount = 200 });
                await chat.CompleteChatAsync(new OpenAI.Chat.ChatMessage[] { new UserChatMessage("hi") }, fromCaller);
                var later = new ChatCompletionOptions();
                later.MaxOutputTokenCount = 100;
                await chat.CompleteChatAsync(new OpenAI.Chat.ChatMessage[] { new UserChatMessage("hi") }, later);
                await inference.{|GAI006:CompleteAsync|}(new ChatCompletionsOptions { Model = "mistral-small-latest" });
                await betalgo.ChatCompletion.CreateCompletion(new ChatCompletionCreateRequest { Model = "gpt-4o-mini", MaxCompletionTokens = 100 });
                await betalgo.ChatCompletion.{|GAI006:CreateCompletion|}(new ChatCompletionCreateRequest { Model = "gpt-4o-mini" });
            }
        }
        """);

    [Fact]
    public Task Anthropic_max_tokens_above_the_limit() => VerifyGai006.Diagnostics("""
        using Anthropic;
        using Anthropic.Models.Messages;

        class Calls
        {
            async Task Run(AnthropicClient client)
            {
                await client.Messages.Create(new MessageCreateParams { Model = "claude-haiku-4-5", MaxTokens = {|GAI006:8192|}, Messages = [new UserMessageParam("x")] });
                await client.Messages.Create(new MessageCreateParams { Model = "claude-haiku-4-5", MaxTokens = 512, Messages = [new UserMessageParam("x")] });
            }
        }
        """);

    [Fact]
    public Task Microsoft_Extensions_AI_clients_from_elsewhere_or_with_a_capping_pipeline_are_left_alone() => VerifyGai006.Diagnostics("""
        using Anthropic;
        using Microsoft.Extensions.AI;
        using Microsoft.Extensions.DependencyInjection;
        using OpenAI;

        class Calls
        {
            async Task Run(IChatClient injected, IServiceProvider services, OpenAIClient openAI, AnthropicClient anthropic)
            {
                await injected.GetResponseAsync("hi", new ChatOptions { ModelId = "gpt-4o" });
                var resolved = services.GetRequiredService<IChatClient>();
                await resolved.GetResponseAsync("hi");
                var configured = openAI.GetChatClient("gpt-4o").AsIChatClient().AsBuilder().ConfigureOptions(o => o.MaxOutputTokens = 300).Build();
                await configured.GetResponseAsync("hi");
                IChatClient claude = anthropic.AsIChatClient("claude-haiku-4-5");
                await claude.GetResponseAsync("hi");

                // Made in sight, nothing caps it.
                IChatClient plain = openAI.GetChatClient("gpt-4o").AsIChatClient();
                await plain.{|GAI006:GetResponseAsync|}("hi");
                await plain.{|GAI006:GetResponseAsync|}("hi", new ChatOptions { Temperature = 0.2f });
                await plain.GetResponseAsync("hi", new ChatOptions { MaxOutputTokens = 200 });
            }
        }
        """);

    [Fact]
    public Task Fix_caps_Extensions_AI_options() => Fix.Fix("""
        using Microsoft.Extensions.AI;
        using OpenAI;

        class Calls
        {
            async Task Run(OpenAIClient openAI)
            {
                IChatClient plain = openAI.GetChatClient("gpt-4o").AsIChatClient();
                await plain.{|GAI006:GetResponseAsync|}("hi");
                await plain.{|GAI006:GetResponseAsync|}("hi", new ChatOptions { Temperature = 0.2f });
            }
        }
        """, """
        using Microsoft.Extensions.AI;
        using OpenAI;

        class Calls
        {
            async Task Run(OpenAIClient openAI)
            {
                IChatClient plain = openAI.GetChatClient("gpt-4o").AsIChatClient();
                await plain.GetResponseAsync("hi", options: new ChatOptions { MaxOutputTokens = 1024 });
                await plain.GetResponseAsync("hi", new ChatOptions { Temperature = 0.2f, MaxOutputTokens = 1024 });
            }
        }
        """);

    [Fact]
    public Task Fix_adds_the_cap_to_the_options_and_lowers_Anthropic_max_tokens() => Fix.Fix("""
        using Anthropic.Models.Messages;
        using OpenAI.Chat;

        class Calls
        {
            async Task Run(ChatClient chat, Anthropic.AnthropicClient client)
            {
                await chat.{|GAI006:CompleteChatAsync|}(new ChatMessage[] { new UserChatMessage("hi") }, new ChatCompletionOptions { Temperature = 0.2f });
                await chat.{|GAI006:CompleteChatAsync|}(new ChatMessage[] { new UserChatMessage("hi") }, new ChatCompletionOptions());
                await client.Messages.Create(new MessageCreateParams { Model = "claude-haiku-4-5", MaxTokens = {|GAI006:8192|}, Messages = [new UserMessageParam("x")] });
            }
        }
        """, """
        using Anthropic.Models.Messages;
        using OpenAI.Chat;

        class Calls
        {
            async Task Run(ChatClient chat, Anthropic.AnthropicClient client)
            {
                await chat.CompleteChatAsync(new ChatMessage[] { new UserChatMessage("hi") }, new ChatCompletionOptions { Temperature = 0.2f, MaxOutputTokenCount = 1024 });
                await chat.CompleteChatAsync(new ChatMessage[] { new UserChatMessage("hi") }, new ChatCompletionOptions() { MaxOutputTokenCount = 1024 });
                await client.Messages.Create(new MessageCreateParams { Model = "claude-haiku-4-5", MaxTokens = 1024, Messages = [new UserMessageParam("x")] });
            }
        }
        """);

    [Fact]
    public Task A_params_call_without_an_options_parameter_gets_no_fix() => Fix.NoFix("""
        class Calls { void Run(OpenAI.Chat.ChatClient chat) => chat.{|GAI006:CompleteChat|}("hi"); }
        """);

    [Fact]
    public Task Fix_passes_capped_options_where_the_overload_takes_them() => Fix.Fix("""
        using OpenAI.Chat;
        using OpenAI.Responses;

        class Calls
        {
            async Task Run(ChatClient chat, ResponsesClient responses, List<ChatMessage> messages, CancellationToken token)
            {
                await chat.{|GAI006:CompleteChatAsync|}(messages);
                await chat.{|GAI006:CompleteChatAsync|}(messages, cancellationToken: token);
                // This overload takes no options: reported, no fix.
                await responses.{|GAI006:CreateResponseAsync|}("gpt-5-mini", "Summarise the release notes");
            }
        }
        """, """
        using OpenAI.Chat;
        using OpenAI.Responses;

        class Calls
        {
            async Task Run(ChatClient chat, ResponsesClient responses, List<ChatMessage> messages, CancellationToken token)
            {
                await chat.CompleteChatAsync(messages, options: new ChatCompletionOptions { MaxOutputTokenCount = 1024 });
                await chat.CompleteChatAsync(messages, cancellationToken: token, options: new ChatCompletionOptions { MaxOutputTokenCount = 1024 });
                // This overload takes no options: reported, no fix.
                await responses.{|GAI006:CreateResponseAsync|}("gpt-5-mini", "Summarise the release notes");
            }
        }
        """);

    [Fact]
    public Task Semantic_Kernel_settings_and_Assistants_runs() => VerifyGai006.Diagnostics("""
        using Microsoft.SemanticKernel;
        using Microsoft.SemanticKernel.ChatCompletion;
        using Microsoft.SemanticKernel.Connectors.OpenAI;
        using OpenAI.Assistants;

        class Calls
        {
            async Task Run(IChatCompletionService chat, ChatHistory history, PromptExecutionSettings fromCaller, AssistantClient assistants)
            {
                await chat.{|GAI006:GetChatMessageContentAsync|}(history, new OpenAIPromptExecutionSettings { Temperature = 0.2 });
                await chat.GetChatMessageContentAsync(history, new OpenAIPromptExecutionSettings { MaxTokens = 300 });
                await chat.GetChatMessageContentAsync(history, fromCaller);
                await chat.{|GAI006:GetChatMessageContentAsync|}(history);
                await assistants.{|GAI006:CreateRunAsync|}("thread_1", "asst_1");
                await assistants.CreateRunAsync("thread_1", "asst_1", new RunCreationOptions { MaxOutputTokenCount = 500 });
            }
        }
        """);

    [Fact]
    public Task Fix_passes_capped_run_options_but_not_base_typed_settings() => Fix.Fix("""
        using Microsoft.SemanticKernel.ChatCompletion;
        using OpenAI.Assistants;

        class Calls
        {
            async Task Run(IChatCompletionService chat, ChatHistory history, AssistantClient assistants)
            {
                await chat.{|GAI006:GetChatMessageContentAsync|}(history);
                await assistants.{|GAI006:CreateRunAsync|}("thread_1", "asst_1");
            }
        }
        """, """
        using Microsoft.SemanticKernel.ChatCompletion;
        using OpenAI.Assistants;

        class Calls
        {
            async Task Run(IChatCompletionService chat, ChatHistory history, AssistantClient assistants)
            {
                await chat.{|GAI006:GetChatMessageContentAsync|}(history);
                await assistants.CreateRunAsync("thread_1", "asst_1", options: new RunCreationOptions { MaxOutputTokenCount = 1024 });
            }
        }
        """);

    [Fact]
    public Task Ollama_requests_without_NumPredict_are_reported_without_a_fix() => Fix.NoFix("""
        using OllamaSharp;
        using OllamaSharp.Models;
        using OllamaSharp.Models.Chat;

        class Calls
        {
            async Task Run(IOllamaApiClient ollama, RequestOptions fromCaller)
            {
                await foreach (var _ in ollama.{|GAI006:ChatAsync|}(new ChatRequest { Model = "llama3.1:8b", Messages = [new Message(ChatRole.User, "hi")] })) { }
                await foreach (var _ in ollama.ChatAsync(new ChatRequest { Model = "llama3.1:8b", Options = new RequestOptions { NumPredict = 200 } })) { }
                await foreach (var _ in ollama.ChatAsync(new ChatRequest { Model = "llama3.1:8b", Options = fromCaller })) { }
                await foreach (var _ in ollama.{|GAI006:GenerateAsync|}(new GenerateRequest { Model = "llama3.1:8b", Prompt = "hi", Options = new RequestOptions { Temperature = 0.1f } })) { }
            }
        }
        """);
}
