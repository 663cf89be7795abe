using OpenAI.Chat;

namespace GreenAI.Samples;

/// <summary>Classifies support tickets through the app's own classifier, which calls the model for each one.</summary>
public sealed class TicketTriage(TicketClassifier classifier)
{
    public async Task<Dictionary<string, string>> TriageAsync(IEnumerable<string> tickets)
    {
        var queues = new Dictionary<string, string>();
        foreach (var ticket in tickets)
        {
            queues[ticket] = await classifier.ClassifyAsync(ticket);
        }

        return queues;
    }
}

/// <summary>The app's wrapper around the chat model: callers see ClassifyAsync, not the SDK.</summary>
public sealed class TicketClassifier(string apiKey)
{
    private readonly ChatClient _chat = new("gpt-4.1-mini", apiKey);

    public async Task<string> ClassifyAsync(string ticket)
    {
        var options = new ChatCompletionOptions { MaxOutputTokenCount = 5 };
        ChatCompletion completion = await _chat.CompleteChatAsync([new UserChatMessage("Queue for this ticket (billing, bug, other): " + ticket)], options);
        return completion.Content[0].Text.Trim();
    }
}
