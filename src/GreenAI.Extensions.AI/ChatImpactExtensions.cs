using Microsoft.Extensions.AI;

namespace GreenAI.Extensions.AI;

/// <summary>The impact of a response, as <see cref="ImpactTrackingChatClient"/> left it.</summary>
public static class ChatImpactExtensions
{
    /// <summary>The key of the impact in <c>AdditionalProperties</c>.</summary>
    public const string PropertyName = "greenai.impact";

    /// <summary>
    /// The response's impact; null when no <see cref="ImpactTrackingChatClient"/> was in the pipeline. For a response
    /// built from a stream (<c>updates.ToChatResponse()</c>) the impact came on the last update, whose properties
    /// Microsoft.Extensions.AI puts on the message: it is found there.
    /// </summary>
    public static ChatImpact? GetImpact(this ChatResponse response)
    {
        if (Find(response.AdditionalProperties) is { } impact)
        {
            return impact;
        }

        for (int i = response.Messages.Count - 1; i >= 0; i--)
        {
            if (Find(response.Messages[i].AdditionalProperties) is { } fromStream)
            {
                return fromStream;
            }
        }

        return null;
    }

    /// <summary>The impact on the last update of a stream (the one the middleware adds); null on every other update.</summary>
    public static ChatImpact? GetImpact(this ChatResponseUpdate update) => Find(update.AdditionalProperties);

    private static ChatImpact? Find(AdditionalPropertiesDictionary? properties) =>
        properties != null && properties.TryGetValue(PropertyName, out var value) ? value as ChatImpact : null;
}
