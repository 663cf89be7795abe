using Google.GenAI;
using Google.GenAI.Types;

namespace GreenAI.Samples;

/// <summary>
/// Summarises meeting notes with Gemini (Google GenAI). GAI001: gemini-2.5-pro where gemini-2.5-flash would do; the fix
/// switches the model. (Google.GenAI is not served by our package registry: the sample compiles against the stand-in
/// in tests/StandIns, which copies the SDK's public signatures.)
/// </summary>
public sealed class GeminiSummarizer(Client client)
{
    public async Task<string?> SummariseAsync(string notes)
    {
        var response = await client.Models.GenerateContentAsync(
            model: "gemini-2.5-pro",
            contents: "Summarise these meeting notes in five bullet points:\n" + notes,
            config: new GenerateContentConfig { MaxOutputTokens = 300 });
        return response.Text;
    }
}
