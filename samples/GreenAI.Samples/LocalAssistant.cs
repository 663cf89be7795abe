using OllamaSharp;
using OllamaSharp.Models.Chat;

namespace GreenAI.Samples;

/// <summary>A local assistant on OllamaSharp: the model is the client's default or set per request.</summary>
public sealed class LocalAssistant
{
    private readonly OllamaApiClient _ollama = new(new Uri("http://localhost:11434"), "llama3.1:8b");

    public async Task<string> AskAsync(string question, bool thorough)
    {
        var answer = new System.Text.StringBuilder();
        var request = new ChatRequest
        {
            Model = thorough ? "mistral-large" : "mistral-small",
            Messages = [new Message(ChatRole.User, question)],
        };
        await foreach (var chunk in _ollama.ChatAsync(request))
        {
            answer.Append(chunk?.Message.Content);
        }

        return answer.ToString();
    }
}
