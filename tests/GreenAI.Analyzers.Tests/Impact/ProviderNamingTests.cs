using GreenAI.Impact;

namespace GreenAI.Analyzers.Tests.Impact;

/// <summary>
/// One mapping from a name to the provider whose data-centre figures an estimate uses: the middleware reads a client's
/// metadata name, the analyzers a raw-HTTP request's host, and both must land on the same provider.
/// </summary>
public class ProviderNamingTests
{
    [Theory]
    [InlineData("openai", Providers.OpenAI)] // OpenAI's IChatClient
    [InlineData("azure.ai.openai", Providers.OpenAI)]
    [InlineData("api.openai.com", Providers.OpenAI)]
    [InlineData("contoso.openai.azure.com", Providers.OpenAI)]
    [InlineData("Anthropic", Providers.Anthropic)]
    [InlineData("api.anthropic.com", Providers.Anthropic)]
    [InlineData("gcp.gemini", Providers.Google)]
    [InlineData("generativelanguage.googleapis.com", Providers.Google)]
    [InlineData("us-central1-aiplatform.googleapis.com", Providers.Google)]
    [InlineData("api.mistral.ai", Providers.Mistral)]
    [InlineData("api.cohere.com", Providers.Cohere)]
    public void A_metadata_name_or_a_host_names_its_provider(string nameOrHost, string provider) =>
        Assert.Equal(provider, Providers.Named(nameOrHost));

    [Theory]
    [InlineData("aws.bedrock")] // runs Claude, Llama, Mistral…: the model says whose, not the host
    [InlineData("ollama")]
    [InlineData("localhost")]
    [InlineData("openrouter.ai")]
    [InlineData("")]
    [InlineData(null)]
    public void A_gateway_or_a_local_runtime_names_none(string? nameOrHost) =>
        Assert.Null(Providers.Named(nameOrHost));
}
