using OpenAI;
using OpenAI.Chat;

namespace GreenAI.Samples;

/// <summary>A customer-support bot on the OpenAI SDK: one client per model, kept in fields.</summary>
public sealed class SupportBot
{
    private const string AnswerModel = "gpt-4o";
    private readonly ChatClient _answers;
    private readonly ChatClient _triage;

    public SupportBot(OpenAIClient client)
    {
        _answers = client.GetChatClient(AnswerModel);
        _triage = client.GetChatClient("gpt-4o-mini");
    }

    public async Task<string> AnswerAsync(string question)
    {
        ChatCompletion completion = await _answers.CompleteChatAsync(
            [new SystemChatMessage("You are a helpful support agent."), new UserChatMessage(question)]);
        return completion.Content[0].Text;
    }

    public async Task<bool> IsUrgentAsync(string ticket)
    {
        var options = new ChatCompletionOptions { MaxOutputTokenCount = 5 };
        ChatCompletion completion = await _triage.CompleteChatAsync(
            [new UserChatMessage("Answer yes or no: is this ticket urgent? " + ticket)], options);
        return completion.Content[0].Text.StartsWith("yes", StringComparison.OrdinalIgnoreCase);
    }

    public static string Translate(string apiKey, string text)
    {
        var client = new ChatClient("gpt-4.1", apiKey);
        return client.CompleteChat("Translate to French: " + text).Value.Content[0].Text;
    }
}
