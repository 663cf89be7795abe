using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace GreenAI.ImpactSample;

/// <summary>
/// Answers without a network or a key, the way a provider's client reports an answer: the model that wrote it, its
/// usage (about 1.3 tokens per word, as English text tokenises) and a realistic delay.
/// </summary>
internal sealed class LocalFakeChatClient : IChatClient
{
    private const string Model = "gpt-4o-mini-2024-07-18";
    private static readonly TimeSpan PerToken = TimeSpan.FromMilliseconds(8);

    private static readonly Dictionary<string, string> Answers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["capital"] = "The capital of France is Paris. It has been the seat of the French government for most of the country's history, "
            + "and today the city and its region are home to about twelve million people, a fifth of the population of France.",
        ["prompt"] = "1. State the task in the first sentence, so the model does not have to guess it from the examples. "
            + "2. Give one short example of the answer you want instead of five long ones: examples are tokens the model reads on every call. "
            + "3. Ask for the length you need (a sentence, three bullet points), and set a matching output cap, since every output token costs energy.",
        ["green"] = "Carbon awareness: do more when and where the electricity is cleaner, and less when it is not. "
            + "Batch jobs can wait for a low-carbon hour, and a request can go to the region whose grid emits less.",
    };

    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var text = AnswerTo(messages);
        await Task.Delay(PerToken * Tokens(text), cancellationToken);
        return new ChatResponse(new ChatMessage(ChatRole.Assistant, text))
        {
            ModelId = Model,
            Usage = new UsageDetails { InputTokenCount = Tokens(string.Concat(messages.Select(m => m.Text))), OutputTokenCount = Tokens(text) },
        };
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var text = AnswerTo(messages);
        var words = text.Split(' ');
        for (int i = 0; i < words.Length; i++)
        {
            await Task.Delay(PerToken * 1.3, cancellationToken);
            var update = new ChatResponseUpdate(ChatRole.Assistant, (i == 0 ? "" : " ") + words[i]) { ModelId = Model, MessageId = "local-1" };
            if (i == words.Length - 1)
            {
                update.Contents.Add(new UsageContent(new UsageDetails { OutputTokenCount = Tokens(text) }));
            }

            yield return update;
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceType == typeof(ChatClientMetadata) ? new ChatClientMetadata("local-fake", null, Model) : serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose()
    {
    }

    private static string AnswerTo(IEnumerable<ChatMessage> messages)
    {
        var question = messages.LastOrDefault()?.Text ?? "";
        return Answers.FirstOrDefault(a => question.Contains(a.Key, StringComparison.OrdinalIgnoreCase)).Value ?? "I can only answer a few questions offline.";
    }

    private static int Tokens(string text) => (int)Math.Ceiling(text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length * 1.3);
}
