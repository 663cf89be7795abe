namespace GreenAI.Analyzers.Sdk;

/// <summary>The SDK a catalogue entry belongs to: rules and readers ask by family, never by a display string.</summary>
internal enum SdkFamily
{
    OpenAI,
    ExtensionsAI,
    Anthropic,
    SemanticKernel,
    Ollama,
    AzureInference,
    Betalgo,
    AgentFramework,
    GoogleGenAI,

    /// <summary>The community OpenAI 1.x package (OkGoDoIt's OpenAI-API-dotnet, namespace <c>OpenAI_API</c>).</summary>
    CommunityOpenAI,

    /// <summary>The Model Context Protocol SDK: a server's sampling request, answered by the client's model.</summary>
    ModelContextProtocol,

    /// <summary>A chat or text request sent with <c>HttpClient</c> (<see cref="SdkCatalog.RawHttpChat"/>).</summary>
    RawHttp,
}
