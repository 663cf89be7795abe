using GreenAI.Analyzers.Tests.Infrastructure;
using Fix = GreenAI.Analyzers.Tests.Infrastructure.VerifyFix<GreenAI.Analyzers.Rules.HighReasoningEffortAnalyzer, GreenAI.CodeFixes.LowerReasoningEffortCodeFixProvider>;
using VerifyGai008 = GreenAI.Analyzers.Tests.Infrastructure.Verify<GreenAI.Analyzers.Rules.HighReasoningEffortAnalyzer>;

namespace GreenAI.Analyzers.Tests.Rules;

public class HighReasoningEffortAnalyzerTests
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
}
