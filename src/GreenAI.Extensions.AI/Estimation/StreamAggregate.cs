using Microsoft.Extensions.AI;

namespace GreenAI.Extensions.AI;

/// <summary>What the impact needs from a stream of updates: the model ids it named and the usage it reported (summed, as <c>ToChatResponse</c> does).</summary>
internal sealed class StreamAggregate
{
    private long? _outputTokens;
    private bool _badPart;

    public string? ModelId { get; private set; }

    /// <summary>A second, different model id seen in the same stream.</summary>
    public string? OtherModelId { get; private set; }

    /// <summary>The summed output tokens; -1 when a part was negative or the sum overflowed (the impact says so).</summary>
    public long? OutputTokens => _badPart ? -1 : _outputTokens;

    public string? MessageId { get; private set; }

    /// <summary>The role of the last update that named one: the impact's update keeps it, so it joins that message.</summary>
    public ChatRole? Role { get; private set; }

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
        Role = update.Role ?? Role;
        ResponseId = update.ResponseId ?? ResponseId;
        ConversationId = update.ConversationId ?? ConversationId;
        foreach (var content in update.Contents)
        {
            if (content is UsageContent { Details.OutputTokenCount: { } tokens })
            {
                if (tokens < 0 || (_outputTokens ?? 0) > long.MaxValue - tokens)
                {
                    _badPart = true;
                }
                else
                {
                    _outputTokens = (_outputTokens ?? 0) + tokens;
                }
            }
        }
    }
}
