using Microsoft.SemanticKernel;

namespace GreenAI.Samples;

/// <summary>Semantic Kernel: the chat model is bound when the service is registered.</summary>
public static class KernelSetup
{
    public static Kernel Create(string apiKey, bool premium)
    {
        var builder = Kernel.CreateBuilder();
        builder.AddOpenAIChatCompletion(premium ? "gpt-4.1" : "gpt-4.1-mini", apiKey);
        builder.AddAzureOpenAIChatCompletion("support-prod", "https://example.openai.azure.com", apiKey, serviceId: "azure");
        builder.AddAzureOpenAIChatCompletion("gpt-4o", "https://example.openai.azure.com", apiKey, serviceId: "azure-reviews");
        return builder.Build();
    }

    public static async Task<string> SummariseAsync(Kernel kernel, string text)
    {
        var result = await kernel.InvokePromptAsync("Summarise in one sentence: {{$input}}", new KernelArguments { ["input"] = text });
        return result.ToString();
    }
}
