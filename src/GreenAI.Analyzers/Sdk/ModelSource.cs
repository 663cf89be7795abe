namespace GreenAI.Analyzers.Sdk;

/// <summary>Where a model call takes its model id from.</summary>
internal enum ModelSource
{
    /// <summary>The analyzer does not read the model of this call (embeddings, images, runs, SK prompts…).</summary>
    None,

    /// <summary>The client the method is called on was built for one model (OpenAI <c>GetChatClient("gpt-4o")</c>).</summary>
    Receiver,

    /// <summary>A property of the options argument, falling back to the receiver (M.E.AI <c>ChatOptions.ModelId</c>).</summary>
    OptionsThenReceiver,

    /// <summary>A property of the request argument (Anthropic <c>MessageCreateParams.Model</c>, Azure AI Inference options).</summary>
    Request,

    /// <summary>A model parameter when passed, else a property of the request (Responses <c>CreateResponse("gpt-5", …)</c>, Betalgo <c>modelId</c>).</summary>
    ParameterThenRequest,
}
