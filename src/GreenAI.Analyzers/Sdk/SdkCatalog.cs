using System.Collections.Immutable;
using GreenAI.Analyzers.Impact;

namespace GreenAI.Analyzers.Sdk;

/// <summary>The AI SDK entry points the rules know, as data (research/sdk-surface.md, read from the real assemblies).</summary>
internal static class SdkCatalog
{
    /// <summary>Assemblies whose presence switches the analyzers on; without any of them nothing is registered.</summary>
    public static readonly ImmutableHashSet<string> AssemblyNames = ImmutableHashSet.Create(
        "OpenAI",
        "Azure.AI.OpenAI",
        "Microsoft.Extensions.AI.Abstractions",
        "Microsoft.Extensions.AI",
        "Microsoft.Extensions.AI.OpenAI",
        "Anthropic");

    public static readonly ImmutableArray<ModelCallDefinition> ModelCalls = ImmutableArray.Create(
        new ModelCallDefinition(
            "OpenAI", "OpenAI.Chat.ChatClient", "OpenAI",
            ImmutableArray.Create("CompleteChat", "CompleteChatAsync", "CompleteChatStreaming", "CompleteChatStreamingAsync"),
            ModelSource.Receiver,
            argumentType: "OpenAI.Chat.ChatCompletionOptions",
            outputCapProperty: "MaxOutputTokenCount",
            provider: Providers.OpenAI),
        new ModelCallDefinition(
            "Microsoft.Extensions.AI", "Microsoft.Extensions.AI.IChatClient", "Microsoft.Extensions.AI.Abstractions",
            ImmutableArray.Create("GetResponseAsync", "GetStreamingResponseAsync"),
            ModelSource.OptionsThenReceiver,
            argumentType: "Microsoft.Extensions.AI.ChatOptions",
            modelProperty: "ModelId",
            outputCapProperty: "MaxOutputTokens"),
        new ModelCallDefinition(
            "Microsoft.Extensions.AI", "Microsoft.Extensions.AI.ChatClientExtensions", "Microsoft.Extensions.AI.Abstractions",
            ImmutableArray.Create("GetResponseAsync", "GetStreamingResponseAsync"),
            ModelSource.OptionsThenReceiver,
            argumentType: "Microsoft.Extensions.AI.ChatOptions",
            modelProperty: "ModelId",
            outputCapProperty: "MaxOutputTokens"),
        new ModelCallDefinition(
            "Microsoft.Extensions.AI", "Microsoft.Extensions.AI.ChatClientStructuredOutputExtensions", "Microsoft.Extensions.AI",
            ImmutableArray.Create("GetResponseAsync"),
            ModelSource.OptionsThenReceiver,
            argumentType: "Microsoft.Extensions.AI.ChatOptions",
            modelProperty: "ModelId",
            outputCapProperty: "MaxOutputTokens"),
        new ModelCallDefinition(
            "Anthropic", "Anthropic.Services.IMessageService", "Anthropic",
            ImmutableArray.Create("Create", "CreateStreaming"),
            ModelSource.Request,
            argumentType: "Anthropic.Models.Messages.MessageCreateParams",
            modelProperty: "Model",
            outputCapProperty: "MaxTokens",
            provider: Providers.Anthropic),
        new ModelCallDefinition(
            "Anthropic", "Anthropic.Services.MessageServiceExtensions", "Anthropic",
            ImmutableArray.Create("Create"),
            ModelSource.Request,
            argumentType: "Anthropic.Models.Messages.MessageCreateParams",
            modelProperty: "Model",
            outputCapProperty: "MaxTokens",
            provider: Providers.Anthropic),
        new ModelCallDefinition(
            "Anthropic", "Anthropic.Services.Beta.IMessageService", "Anthropic",
            ImmutableArray.Create("Create", "CreateStreaming"),
            ModelSource.Request,
            argumentType: "Anthropic.Models.Beta.Messages.MessageCreateParams",
            modelProperty: "Model",
            outputCapProperty: "MaxTokens",
            provider: Providers.Anthropic));

    public static readonly ImmutableArray<ClientFactoryDefinition> ClientFactories = ImmutableArray.Create(
        new ClientFactoryDefinition("OpenAI.OpenAIClient", "OpenAI", "GetChatClient", "model", Providers.OpenAI),
        new ClientFactoryDefinition("OpenAI.Chat.ChatClient", "OpenAI", null, "model", Providers.OpenAI),
        new ClientFactoryDefinition("Microsoft.Extensions.AI.OpenAIClientExtensions", "Microsoft.Extensions.AI.OpenAI", "AsIChatClient", "defaultModelId", null),
        new ClientFactoryDefinition("Microsoft.Extensions.AI.AnthropicClientExtensions", "Anthropic", "AsIChatClient", "defaultModelId", Providers.Anthropic));

    /// <summary>The enum of Anthropic model names; its members map to wire strings by a fixed naming rule.</summary>
    public const string AnthropicModelEnum = "Anthropic.Models.Messages.Model";
}
