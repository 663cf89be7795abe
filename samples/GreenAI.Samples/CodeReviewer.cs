using Anthropic;
using Anthropic.Models.Messages;

namespace GreenAI.Samples;

/// <summary>Code review on the Anthropic SDK: the model is a property of each request.</summary>
public sealed class CodeReviewer
{
    private readonly AnthropicClient _client = new() { ApiKey = Environment.GetEnvironmentVariable("ANTHROPIC_API_KEY") };

    public async Task<string> ReviewAsync(string diff)
    {
        Message message = await _client.Messages.Create(new MessageCreateParams
        {
            Model = Model.ClaudeOpus4_7,
            MaxTokens = 2048,
            // Extended thinking: GAI008 suggests a smaller budget (thinking tokens are output tokens).
            Thinking = new ThinkingConfigEnabled(1536),
            Messages = [new UserMessageParam("Review this change:\n" + diff)],
        });
        return message.Content.Count.ToString();
    }

    public async Task<int> CountStreamedEventsAsync(string question)
    {
        var request = new MessageCreateParams
        {
            Model = "claude-haiku-4-5",
            MaxTokens = 300,
            Messages = [new UserMessageParam(question)],
        };
        int events = 0;
        await foreach (var _ in _client.Messages.CreateStreaming(request))
        {
            events++;
        }

        return events;
    }
}
