using GreenAI.Analyzers.Tests.Infrastructure;
using Fix = GreenAI.Analyzers.Tests.Infrastructure.VerifyFix<GreenAI.Analyzers.Rules.HighReasoningEffortRule, GreenAI.CodeFixes.LowerReasoningEffortCodeFixProvider>;
using VerifyGai008 = GreenAI.Analyzers.Tests.Infrastructure.Verify<GreenAI.Analyzers.Rules.HighReasoningEffortRule>;

namespace GreenAI.Analyzers.Tests.Rules;

public class HighReasoningEffortRuleTests
{
    [Fact]
    public Task High_efforts_in_chat_and_responses_options() => VerifyGai008.Diagnostics("""
        using OpenAI.Chat;
        using OpenAI.Responses;

        class Reasoner
        {
            void Run()
            {
                var chat = new ChatCompletionOptions { ReasoningEffortLevel = {|GAI008:ChatReasoningEffortLevel.High|} };
                var responses = new CreateResponseOptions
                {
                    ReasoningOptions = new ResponseReasoningOptions { ReasoningEffortLevel = {|GAI008:ResponseReasoningEffortLevel.Max|} },
                };
                chat.ReasoningEffortLevel = {|GAI008:ChatReasoningEffortLevel.ExtraHigh|};
            }
        }
        """);

    [Fact]
    public Task Low_and_medium_efforts_and_values_from_elsewhere_are_silent() => VerifyGai008.Diagnostics("""
        using OpenAI.Chat;

        class Reasoner
        {
            void Run(ChatReasoningEffortLevel fromCaller)
            {
                var a = new ChatCompletionOptions { ReasoningEffortLevel = ChatReasoningEffortLevel.Medium };
                var b = new ChatCompletionOptions { ReasoningEffortLevel = ChatReasoningEffortLevel.Low };
                var c = new ChatCompletionOptions { ReasoningEffortLevel = fromCaller };
            }
        }
        """);

    [Fact]
    public Task Fix_lowers_High_to_Medium_everywhere() => Fix.Fix("""
        using OpenAI.Chat;

        class Reasoner
        {
            ChatCompletionOptions A() => new() { ReasoningEffortLevel = {|GAI008:ChatReasoningEffortLevel.High|} /* tuned */ };
            OpenAI.Responses.ResponseReasoningOptions B() => new() { ReasoningEffortLevel = {|GAI008:OpenAI.Responses.ResponseReasoningEffortLevel.High|} };
        }
        """, """
        using OpenAI.Chat;

        class Reasoner
        {
            ChatCompletionOptions A() => new() { ReasoningEffortLevel = ChatReasoningEffortLevel.Medium /* tuned */ };
            OpenAI.Responses.ResponseReasoningOptions B() => new() { ReasoningEffortLevel = OpenAI.Responses.ResponseReasoningEffortLevel.Medium };
        }
        """);

    [Fact]
    public async Task One_step_down_each_time()
    {
        var diagnostic = Assert.Single(await VerifyGai008.Run("""
            class Reasoner { OpenAI.Chat.ChatCompletionOptions B() => new() { ReasoningEffortLevel = OpenAI.Chat.ChatReasoningEffortLevel.Max }; }
            """));
        Assert.Equal("ExtraHigh", diagnostic.Properties["lower"]);
        Assert.Equal("Reasoning effort Max: reasoning tokens are output tokens, which drive the energy of a call; use ExtraHigh where the task allows", diagnostic.GetMessage());
    }

    [Fact]
    public Task Anthropic_thinking_budgets_above_the_limit() => VerifyGai008.Diagnostics("""
        using Anthropic;
        using Anthropic.Models.Messages;

        class Thinker
        {
            async Task Run(AnthropicClient client, long fromCaller)
            {
                await client.Messages.Create(new MessageCreateParams
                {
                    Model = "claude-sonnet-4-5",
                    MaxTokens = 16000,
                    Thinking = new ThinkingConfigEnabled({|GAI008:10000|}),
                    Messages = [new UserMessageParam("Why is the sky blue?")],
                });
                var small = new ThinkingConfigEnabled { BudgetTokens = 1024 };
                var large = new ThinkingConfigEnabled { BudgetTokens = {|GAI008:32000|} };
                var unknown = new ThinkingConfigEnabled(fromCaller);
                var beta = new Anthropic.Models.Beta.Messages.BetaThinkingConfigEnabled({|GAI008:2048|});
            }
        }
        """);

    [Fact]
    public Task Fix_halves_the_thinking_budget_but_not_below_the_minimum() => Fix.Fix("""
        using Anthropic.Models.Messages;

        class Thinker
        {
            ThinkingConfigEnabled A() => new({|GAI008:2000|} /* tuned */);
            ThinkingConfigEnabled B() => new() { BudgetTokens = {|GAI008:1500|} };
        }
        """, """
        using Anthropic.Models.Messages;

        class Thinker
        {
            ThinkingConfigEnabled A() => new(1024 /* tuned */);
            ThinkingConfigEnabled B() => new() { BudgetTokens = 1024 };
        }
        """);

    [Fact]
    public async Task Thinking_budget_message_and_the_configured_limit()
    {
        var diagnostics = await VerifyGai008.Run(
            "class Thinker { Anthropic.Models.Messages.ThinkingConfigEnabled A() => new(8000); }",
            new Dictionary<string, string> { ["green_ai.max_output_tokens"] = "4000" });
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("Thinking budget 8000 tokens: reasoning tokens are output tokens, which drive the energy of a call; use 4000 tokens where the task allows", diagnostic.GetMessage());
        Assert.Empty(await VerifyGai008.Run(
            "class Thinker { Anthropic.Models.Messages.ThinkingConfigEnabled A() => new(8000); }",
            new Dictionary<string, string> { ["green_ai.max_output_tokens"] = "8000" }));
    }
}
