using Microsoft.Extensions.AI;

namespace GreenAI.Extensions.AI.Tests;

/// <summary>
/// Real pipelines have UseFunctionInvocation: a response that took a tool call and an answer made two model calls, and
/// its impact covers both, whichever middleware comes first, streaming or not.
/// </summary>
public class FunctionCallingTests
{
    private static readonly AIFunction Weather = AIFunctionFactory.Create((string city) => "sunny in " + city, "weather");

    [Fact]
    public async Task Tracking_inside_function_invocation_adds_up_every_call()
    {
        var provider = new ToolCallingClient(outputTokensPerCall: 300);
        var chat = new ChatClientBuilder(provider).UseFunctionInvocation().UseImpactTracking(o => o.UseMeasuredLatency = false).Build();

        var response = await chat.GetResponseAsync("Weather in Paris?", new ChatOptions { Tools = [Weather] });
        var impact = response.GetImpact()!;

        Assert.Equal(2, provider.Calls);
        Assert.True(impact.IsKnown, impact.UnknownReason);
        Assert.Equal(2, impact.ModelCalls);
        Assert.Equal(600, impact.OutputTokens);
        var one = await OneCall(300);
        Assert.Equal(2 * one.EnergyWh.Min, impact.EnergyWh.Min, 12);
        Assert.Equal(2 * one.GwpG.Max, impact.GwpG.Max, 12);
        Assert.StartsWith("2 model calls: gpt-4o-mini, 600 output tokens", impact.Assumptions);
    }

    [Fact]
    public async Task Tracking_inside_function_invocation_adds_up_every_streamed_call()
    {
        var provider = new ToolCallingClient(outputTokensPerCall: 300);
        var chat = new ChatClientBuilder(provider).UseFunctionInvocation().UseImpactTracking(o => o.UseMeasuredLatency = false).Build();

        var updates = new List<ChatResponseUpdate>();
        await foreach (var update in chat.GetStreamingResponseAsync("Weather in Paris?", new ChatOptions { Tools = [Weather] }))
        {
            updates.Add(update);
        }

        var impact = updates.ToChatResponse().GetImpact()!;
        Assert.True(impact.IsKnown, impact.UnknownReason);
        Assert.Equal(2, impact.ModelCalls);
        Assert.Equal(600, impact.OutputTokens);
    }

    [Fact]
    public async Task Tracking_outside_function_invocation_counts_every_call_and_all_their_tokens()
    {
        var provider = new ToolCallingClient(outputTokensPerCall: 300);
        var chat = new ChatClientBuilder(provider).UseImpactTracking(o => o.UseMeasuredLatency = false).UseFunctionInvocation().Build();

        var impact = (await chat.GetResponseAsync("Weather in Paris?", new ChatOptions { Tools = [Weather] })).GetImpact()!;

        Assert.True(impact.IsKnown, impact.UnknownReason);
        Assert.Equal(2, impact.ModelCalls);
        Assert.Equal(600, impact.OutputTokens);
    }

    [Fact]
    public async Task A_call_without_usage_makes_the_whole_response_unknown_rather_than_half_counted()
    {
        var provider = new ToolCallingClient(outputTokensPerCall: 300) { AnswerWithoutUsage = true };
        var chat = new ChatClientBuilder(provider).UseFunctionInvocation().UseImpactTracking().Build();

        var impact = (await chat.GetResponseAsync("Weather in Paris?", new ChatOptions { Tools = [Weather] })).GetImpact()!;

        Assert.False(impact.IsKnown);
        Assert.Contains("one of the 2 model calls", impact.UnknownReason);
    }

    private static async Task<ChatImpact> OneCall(int tokens)
    {
        var chat = new ChatClientBuilder(new FakeChatClient { ResponseModel = "gpt-4o-mini", OutputTokens = tokens }).UseImpactTracking(o => o.UseMeasuredLatency = false).Build();
        return (await chat.GetResponseAsync("hi")).GetImpact()!;
    }

    /// <summary>Asks for the weather tool first, then answers; each call reports its own usage.</summary>
    private sealed class ToolCallingClient(int outputTokensPerCall) : IChatClient
    {
        public int Calls { get; private set; }

        public bool AnswerWithoutUsage { get; init; }

        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
        {
            Calls++;
            bool answered = messages.Any(m => m.Role == ChatRole.Tool);
            var message = answered
                ? new ChatMessage(ChatRole.Assistant, "It is sunny in Paris.")
                : new ChatMessage(ChatRole.Assistant, [new FunctionCallContent("call-1", "weather", new Dictionary<string, object?> { ["city"] = "Paris" })]);
            return Task.FromResult(new ChatResponse(message)
            {
                ModelId = "gpt-4o-mini",
                Usage = answered && AnswerWithoutUsage ? null : new UsageDetails { OutputTokenCount = outputTokensPerCall },
            });
        }

        public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            var response = await GetResponseAsync(messages, options, cancellationToken);
            foreach (var update in response.ToChatResponseUpdates())
            {
                update.MessageId = "m" + Calls;
                yield return update;
            }
        }

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
