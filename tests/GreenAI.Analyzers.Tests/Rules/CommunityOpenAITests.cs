using VerifyGai001 = GreenAI.Analyzers.Tests.Infrastructure.Verify<GreenAI.Analyzers.Rules.LargeModelRule>;
using VerifyGai003 = GreenAI.Analyzers.Tests.Infrastructure.Verify<GreenAI.Analyzers.Rules.CallPerItemRule>;
using VerifyGai005 = GreenAI.Analyzers.Tests.Infrastructure.Verify<GreenAI.Analyzers.Rules.ImageGenerationRule>;

namespace GreenAI.Analyzers.Tests.Rules;

/// <summary>
/// The community OpenAI 1.x package (OkGoDoIt's OpenAI-API-dotnet, namespace OpenAI_API; the real assembly, version
/// 1.11.0): its chat, completion, embedding, image and audio calls are model calls, in a loop and through the app's own
/// methods (icpmtech/cantinho-de-net-aggregator in the twelfth held-out set).
/// </summary>
public class CommunityOpenAITests
{
    [Fact]
    public Task Its_calls_repeat_per_item_directly_and_through_the_apps_methods() => VerifyGai003.Diagnostics("""
        using OpenAI_API;
        using OpenAI_API.Chat;
        using OpenAI_API.Completions;

        class News
        {
            private readonly OpenAIAPI _api = new("key");

            async Task<string> KeywordsAsync(string text)
            {
                var result = await _api.Completions.CreateCompletionAsync(new CompletionRequest { Prompt = text, MaxTokens = 50 });
                return result.Completions[0].Text;
            }

            async Task Run(string[] items)
            {
                foreach (var item in items)
                {
                    await {|GAI003:KeywordsAsync|}(item);
                    await _api.Chat.{|GAI003:CreateChatCompletionAsync|}(new ChatRequest { Messages = new[] { new ChatMessage(ChatMessageRole.User, item) } });
                    await _api.Embeddings.{|GAI003:CreateEmbeddingAsync|}(item);
                    var chat = _api.Chat.CreateConversation();
                    chat.AppendUserInput(item);
                    await chat.{|GAI003:GetResponseFromChatbotAsync|}();
                }

                await _api.Models.GetModelsAsync(); // not a model call
            }
        }
        """);

    [Fact]
    public Task Its_image_generation_is_reported() => VerifyGai005.Diagnostics("""
        using OpenAI_API;
        using OpenAI_API.Images;

        class Pictures
        {
            Task<ImageResult> Make(OpenAIAPI api, string prompt) =>
                api.ImageGenerations.{|GAI005:CreateImageAsync|}(new ImageGenerationRequest(prompt));
        }
        """);

    /// <summary>
    /// The model of a chat: <c>Model.GPT4_Turbo</c> (its id is computed at run time: read from the engine's table), a
    /// string, <c>new Model("…")</c>, the call's model argument, or a conversation's model. cantinho writes
    /// <c>Model = Model.GPT4_Turbo</c> in each of its five chat requests.
    /// </summary>
    [Fact]
    public Task Its_chat_models_are_read() => VerifyGai001.Diagnostics("""
        using OpenAI_API;
        using OpenAI_API.Chat;
        using OpenAI_API.Models;

        class Advisor
        {
            async Task Run(OpenAIAPI api, string text)
            {
                await api.Chat.CreateChatCompletionAsync(new ChatRequest { Model = {|GAI001:Model.GPT4_Turbo|}, MaxTokens = 300 });
                await api.Chat.CreateChatCompletionAsync(new ChatRequest { Model = {|GAI001:"gpt-4o"|} });
                await api.Chat.CreateChatCompletionAsync(new ChatRequest { Model = new Model({|GAI001:"gpt-4.1"|}) });
                await api.Chat.CreateChatCompletionAsync(new[] { new ChatMessage(ChatMessageRole.User, text) }, {|GAI001:Model.GPT4|});
                var chat = api.Chat.CreateConversation();
                chat.Model = {|GAI001:Model.GPT4_Turbo|};

                await api.Chat.CreateChatCompletionAsync(new ChatRequest { Model = Model.ChatGPTTurbo });
                await api.Chat.CreateChatCompletionAsync(new ChatRequest { Model = "gpt-4o-mini" });
                await api.Embeddings.CreateEmbeddingAsync(text); // not a chat model
            }
        }
        """);
}
