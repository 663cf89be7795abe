using OpenAI.Chat;

namespace GreenAI.Samples;

/// <summary>The classic function-calling loop: ask, run the tools the model asks for, ask again, until it stops.</summary>
public sealed class ToolCallingAgent
{
    private readonly ChatClient _chat = new("gpt-4o", Environment.GetEnvironmentVariable("OPENAI_API_KEY") ?? "not-set");

    public async Task<string> RunAsync(string goal)
    {
        List<ChatMessage> messages = [new UserChatMessage(goal)];
        bool requiresAction;
        do
        {
            requiresAction = false;
            ChatCompletion completion = await _chat.CompleteChatAsync(messages);
            messages.Add(new AssistantChatMessage(completion));
            switch (completion.FinishReason)
            {
                case ChatFinishReason.ToolCalls:
                    foreach (var toolCall in completion.ToolCalls)
                    {
                        messages.Add(new ToolChatMessage(toolCall.Id, "{\"result\": \"ok\"}"));
                    }

                    requiresAction = true;
                    break;
                case ChatFinishReason.Stop:
                    return completion.Content[0].Text;
            }
        }
        while (requiresAction);

        return string.Empty;
    }
}
