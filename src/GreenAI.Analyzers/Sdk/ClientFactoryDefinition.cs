namespace GreenAI.Analyzers.Sdk;

/// <summary>
/// A method or constructor that creates a client bound to one model: <c>OpenAIClient.GetChatClient(model)</c>,
/// <c>new ChatClient(model, key)</c>, <c>AsIChatClient(defaultModelId)</c>. When <see cref="ModelParameter"/> is null
/// or its argument is absent, the new client inherits the model of the client it is made from
/// (<c>chatClient.AsIChatClient()</c>).
/// </summary>
internal sealed class ClientFactoryDefinition
{
    public ClientFactoryDefinition(string containingType, string assembly, string? method, string? modelParameter, string? provider)
    {
        ContainingType = containingType;
        Assembly = assembly;
        Method = method;
        ModelParameter = modelParameter;
        Provider = provider;
    }

    public string ContainingType { get; }

    public string Assembly { get; }

    /// <summary>Method name, or null for a constructor of <see cref="ContainingType"/>.</summary>
    public string? Method { get; }

    public string? ModelParameter { get; }

    public string? Provider { get; }
}
