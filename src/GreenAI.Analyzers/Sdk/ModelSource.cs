namespace GreenAI.Analyzers.Sdk;

/// <summary>Where a model call takes its model id from.</summary>
internal enum ModelSource
{
    /// <summary>The client the method is called on was built for one model (OpenAI <c>GetChatClient("gpt-4o")</c>).</summary>
    Receiver,

    /// <summary>A property of the options argument, falling back to the receiver (M.E.AI <c>ChatOptions.ModelId</c>).</summary>
    OptionsThenReceiver,

    /// <summary>A required property of the request argument (Anthropic <c>MessageCreateParams.Model</c>).</summary>
    Request,
}
