using Microsoft.Extensions.AI;

namespace GreenAI.Extensions.AI;

/// <summary>The impact of a response, as <see cref="ImpactTrackingChatClient"/> left it.</summary>
public static class ChatImpactExtensions
{
    /// <summary>The key of the impact in <c>AdditionalProperties</c>.</summary>
    public const string PropertyName = "greenai.impact";

    /// <summary>
    /// The response's impact, covering every model call it took (<see cref="ChatImpact.ModelCalls"/>); null when no
    /// <see cref="ImpactTrackingChatClient"/> was in the pipeline. The middleware puts each call's impact on the call's
    /// last message too: a function-invoking client outside it gathers the messages of all its calls into the final
    /// response, and a response built from a stream (<c>updates.ToChatResponse()</c>) has the impact of the last update
    /// on its message. The impacts found on the messages are added up.
    /// </summary>
    public static ChatImpact? GetImpact(this ChatResponse response)
    {
        var calls = new List<ChatImpact>();
        foreach (var message in response.Messages)
        {
            if (Find(message.AdditionalProperties) is { } impact && !calls.Contains(impact))
            {
                calls.Add(impact);
            }
        }

        if (calls.Count > 0)
        {
            return ChatImpact.Sum(calls);
        }

        return Find(response.AdditionalProperties);
    }

    /// <summary>The impact on the last update of a stream (the one the middleware adds); null on every other update.</summary>
    public static ChatImpact? GetImpact(this ChatResponseUpdate update) => Find(update.AdditionalProperties);

    private static ChatImpact? Find(AdditionalPropertiesDictionary? properties) =>
        properties != null && properties.TryGetValue(PropertyName, out var value) ? value as ChatImpact : null;
}
