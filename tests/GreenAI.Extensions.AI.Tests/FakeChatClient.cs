using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace GreenAI.Extensions.AI.Tests;

/// <summary>A provider stand-in: answers with the model id and usage a test chooses, or throws, as a real client would.</summary>
internal sealed class FakeChatClient : IChatClient
{
    public string? ResponseModel { get; init; } = "gpt-4o-mini";

    public long? OutputTokens { get; init; } = 400;

    public ChatClientMetadata? Metadata { get; init; }

    public Exception? Failure { get; init; }

    /// <summary>Streaming: the model id of each update (null entries: none); the usage comes on the last one.</summary>
    public string?[] UpdateModels { get; init; } = ["gpt-4o-mini", "gpt-4o-mini", "gpt-4o-mini"];

    public ChatResponse? LastResponse { get; private set; }

    /// <summary>How many requests reached the provider (GetResponseAsync).</summary>
    public int Calls { get; private set; }

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        Calls++;
        if (Failure != null)
        {
            return Task.FromException<ChatResponse>(Failure);
        }

        LastResponse = new ChatResponse(new ChatMessage(ChatRole.Assistant, "Paris."))
        {
            ModelId = ResponseModel,
            Usage = OutputTokens is { } tokens ? new UsageDetails { InputTokenCount = 12, OutputTokenCount = tokens } : null,
        };
        return Task.FromResult(LastResponse);
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (int i = 0; i < UpdateModels.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await Task.Yield();
            if (Failure != null && i == 1)
            {
                throw Failure;
            }

            var update = new ChatResponseUpdate(ChatRole.Assistant, "word" + i + " ") { ModelId = UpdateModels[i], MessageId = "m1", ResponseId = "r1" };
            if (i == UpdateModels.Length - 1 && OutputTokens is { } tokens)
            {
                update.Contents.Add(new UsageContent(new UsageDetails { InputTokenCount = 12, OutputTokenCount = tokens }));
            }

            yield return update;
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceType == typeof(ChatClientMetadata) ? Metadata : serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose()
    {
    }
}
