using Microsoft.Extensions.AI;

namespace GreenAI.Extensions.AI;

/// <summary>What the impact needs from a stream of updates: the model ids it named and the usage it reported (summed, as <c>ToChatResponse</c> does).</summary>
internal sealed class StreamAggregate
{
    private long? _outputTokens;

    public string? ModelId { get; private set; }

    /// <summary>A second, different model id seen in the same stream.</summary>
    public string? OtherModelId { get; private set; }

    public long? OutputTokens => _outputTokens;

    public string? MessageId { get; private set; }

    public string? ResponseId { get; private set; }

    public string? ConversationId { get; private set; }

    public void Add(ChatResponseUpdate update)
    {
        if (update.ModelId is { Length: > 0 } model)
        {
            if (ModelId == null)
            {
                ModelId = model;
            }
            else if (!string.Equals(ModelId, model, StringComparison.OrdinalIgnoreCase))
            {
                OtherModelId ??= model;
            }
        }

        MessageId = update.MessageId ?? MessageId;
        ResponseId = update.ResponseId ?? ResponseId;
        ConversationId = update.ConversationId ?? ConversationId;
        foreach (var content in update.Contents)
        {
            if (content is UsageContent { Details.OutputTokenCount: { } tokens })
            {
                _outputTokens = (_outputTokens ?? 0) + tokens;
            }
        }
    }
}
