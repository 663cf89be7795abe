using Microsoft.Extensions.AI;
using OpenAI;

namespace GreenAI.Samples;

/// <summary>Release notes through Microsoft.Extensions.AI: the model comes from the wrapped client or from ChatOptions.</summary>
public sealed class ReleaseNotesWriter
{
    private readonly IChatClient _client;

    public ReleaseNotesWriter(OpenAIClient openAI)
    {
        _client = openAI.GetChatClient("gpt-5").AsIChatClient();
    }

    public async Task<string> WriteAsync(IEnumerable<string> commitMessages)
    {
        ChatResponse response = await _client.GetResponseAsync(
            "Write release notes for these commits:\n" + string.Join('\n', commitMessages));
        return response.Text;
    }

    public async Task<string> TitleAsync(string notes)
    {
        var options = new ChatOptions { ModelId = "gpt-5-nano", MaxOutputTokens = 20 };
        ChatResponse response = await _client.GetResponseAsync("A title for: " + notes, options);
        return response.Text;
    }
}
