using System.Collections.Immutable;
using GreenAI.Impact;

namespace GreenAI.Analyzers.Sdk;

/// <summary>Where code chooses a chat model.</summary>
internal static partial class SdkCatalog
{
    private const string OpenAIAsm = "OpenAI";
    private const string SkOpenAIAsm = "Microsoft.SemanticKernel.Connectors.OpenAI";
    private const string SkAzureAsm = "Microsoft.SemanticKernel.Connectors.AzureOpenAI";

    /// <summary>Where code chooses a chat model (docs/sdk-surfaces.md§11).</summary>
    public static readonly ImmutableArray<ModelSlotDefinition> ModelSlots = BetalgoSpellings.WithLegacy(ImmutableArray.Create(
        // OpenAI: the model is bound to the client, or passed per call for Responses and Assistants.
        ModelSlotDefinition.MethodParameter("OpenAI.OpenAIClient", OpenAIAsm, "GetChatClient", "model", Providers.OpenAI).Client(),
        ModelSlotDefinition.ConstructorParameter("OpenAI.Chat.ChatClient", OpenAIAsm, "model", Providers.OpenAI).Client(),
        ModelSlotDefinition.MethodParameter("Azure.AI.OpenAI.AzureOpenAIClient", "Azure.AI.OpenAI", "GetChatClient", "deploymentName", Providers.OpenAI).Client().Deployment(),
        ModelSlotDefinition.MethodParameter("OpenAI.Responses.ResponsesClient", OpenAIAsm, "CreateResponse", "model", Providers.OpenAI),
        ModelSlotDefinition.MethodParameter("OpenAI.Responses.ResponsesClient", OpenAIAsm, "CreateResponseAsync", "model", Providers.OpenAI),
        ModelSlotDefinition.MethodParameter("OpenAI.Responses.ResponsesClient", OpenAIAsm, "CreateResponseStreaming", "model", Providers.OpenAI),
        ModelSlotDefinition.MethodParameter("OpenAI.Responses.ResponsesClient", OpenAIAsm, "CreateResponseStreamingAsync", "model", Providers.OpenAI),
        ModelSlotDefinition.PropertyOf("OpenAI.Responses.CreateResponseOptions", OpenAIAsm, "Model", Providers.OpenAI).Cap("MaxOutputTokenCount"),
        ModelSlotDefinition.ConstructorParameter("OpenAI.Responses.CreateResponseOptions", OpenAIAsm, "model", Providers.OpenAI),
        ModelSlotDefinition.MethodParameter("OpenAI.Assistants.AssistantClient", OpenAIAsm, "CreateAssistant", "model", Providers.OpenAI),
        ModelSlotDefinition.MethodParameter("OpenAI.Assistants.AssistantClient", OpenAIAsm, "CreateAssistantAsync", "model", Providers.OpenAI),
        ModelSlotDefinition.MethodParameter("Microsoft.Extensions.AI.OpenAIClientExtensions", "Microsoft.Extensions.AI.OpenAI", "AsIChatClient", "defaultModelId", Providers.OpenAI).Client(),
        ModelSlotDefinition.MethodParameter("OpenAI.Realtime.RealtimeClient", OpenAIAsm, "StartConversationSessionAsync", "model", Providers.OpenAI),

        // Microsoft.Extensions.AI: per request, overriding the client's default.
        ModelSlotDefinition.PropertyOf("Microsoft.Extensions.AI.ChatOptions", "Microsoft.Extensions.AI.Abstractions", "ModelId", null).Cap("MaxOutputTokens"),

        // Anthropic: per request (string or Model enum), or the default of its IChatClient adapter.
        ModelSlotDefinition.PropertyOf("Anthropic.Models.Messages.MessageCreateParams", "Anthropic", "Model", Providers.Anthropic).Cap("MaxTokens"),
        ModelSlotDefinition.PropertyOf("Anthropic.Models.Beta.Messages.MessageCreateParams", "Anthropic", "Model", Providers.Anthropic).Cap("MaxTokens"),
        ModelSlotDefinition.MethodParameter("Microsoft.Extensions.AI.AnthropicClientExtensions", "Anthropic", "AsIChatClient", "defaultModelId", Providers.Anthropic).Client(),
        // Anthropic.SDK (community): MessageParameters inherits Model from the token-counting parameters.
        ModelSlotDefinition.PropertyOf("Anthropic.SDK.Messaging.MessageCountTokenParameters", "Anthropic.SDK", "Model", Providers.Anthropic).Cap("MaxTokens"),
        // Google GenAI: the model is the first argument of every call; the Live API binds a session to it.
        ModelSlotDefinition.MethodParameter("Google.GenAI.Models", "Google.GenAI", "GenerateContentAsync", "model", Providers.Google),
        ModelSlotDefinition.MethodParameter("Google.GenAI.Models", "Google.GenAI", "GenerateContentStreamAsync", "model", Providers.Google),
        ModelSlotDefinition.MethodParameter("Google.GenAI.Live", "Google.GenAI", "ConnectAsync", "model", Providers.Google),

        // Anthropic managed agents (beta): the model is bound when the agent is created or updated, then driven through sessions.
        ModelSlotDefinition.PropertyOf("Anthropic.Models.Beta.Agents.AgentCreateParams", "Anthropic", "Model", Providers.Anthropic),
        ModelSlotDefinition.PropertyOf("Anthropic.Models.Beta.Agents.AgentUpdateParams", "Anthropic", "Model", Providers.Anthropic),

        // Semantic Kernel: the model is bound when the service is registered, or chosen per request in the settings.
        ModelSlotDefinition.PropertyOf("Microsoft.SemanticKernel.PromptExecutionSettings", "Microsoft.SemanticKernel.Abstractions", "ModelId", null),
        ModelSlotDefinition.MethodParameter("Microsoft.SemanticKernel.OpenAIKernelBuilderExtensions", SkOpenAIAsm, "AddOpenAIChatCompletion", "modelId", Providers.OpenAI),
        ModelSlotDefinition.MethodParameter("Microsoft.SemanticKernel.OpenAIServiceCollectionExtensions", SkOpenAIAsm, "AddOpenAIChatCompletion", "modelId", Providers.OpenAI),
        ModelSlotDefinition.MethodParameter("Microsoft.SemanticKernel.OpenAIChatClientKernelBuilderExtensions", SkOpenAIAsm, "AddOpenAIChatClient", "modelId", Providers.OpenAI),
        ModelSlotDefinition.MethodParameter("Microsoft.Extensions.DependencyInjection.OpenAIServiceCollectionExtensions", SkOpenAIAsm, "AddOpenAIChatClient", "modelId", Providers.OpenAI),
        ModelSlotDefinition.ConstructorParameter("Microsoft.SemanticKernel.Connectors.OpenAI.OpenAIChatCompletionService", SkOpenAIAsm, "modelId", Providers.OpenAI),
        ModelSlotDefinition.MethodParameter("Microsoft.SemanticKernel.AzureOpenAIKernelBuilderExtensions", SkAzureAsm, "AddAzureOpenAIChatCompletion", "deploymentName", Providers.OpenAI).Deployment("modelId"),
        ModelSlotDefinition.MethodParameter("Microsoft.SemanticKernel.AzureOpenAIKernelBuilderExtensions", SkAzureAsm, "AddAzureOpenAIChatCompletion", "modelId", Providers.OpenAI),
        ModelSlotDefinition.MethodParameter("Microsoft.SemanticKernel.AzureOpenAIServiceCollectionExtensions", SkAzureAsm, "AddAzureOpenAIChatCompletion", "deploymentName", Providers.OpenAI).Deployment("modelId"),
        ModelSlotDefinition.MethodParameter("Microsoft.SemanticKernel.AzureOpenAIServiceCollectionExtensions", SkAzureAsm, "AddAzureOpenAIChatCompletion", "modelId", Providers.OpenAI),
        ModelSlotDefinition.MethodParameter("Microsoft.SemanticKernel.AzureOpenAIKernelBuilderExtensions", SkAzureAsm, "AddAzureOpenAIChatClient", "deploymentName", Providers.OpenAI).Deployment("modelId"),
        ModelSlotDefinition.MethodParameter("Microsoft.SemanticKernel.AzureOpenAIKernelBuilderExtensions", SkAzureAsm, "AddAzureOpenAIChatClient", "modelId", Providers.OpenAI),
        ModelSlotDefinition.MethodParameter("Microsoft.Extensions.DependencyInjection.AzureOpenAIServiceCollectionExtensions", SkAzureAsm, "AddAzureOpenAIChatClient", "deploymentName", Providers.OpenAI).Deployment("modelId"),
        ModelSlotDefinition.MethodParameter("Microsoft.Extensions.DependencyInjection.AzureOpenAIServiceCollectionExtensions", SkAzureAsm, "AddAzureOpenAIChatClient", "modelId", Providers.OpenAI),
        ModelSlotDefinition.ConstructorParameter("Microsoft.SemanticKernel.Connectors.AzureOpenAI.AzureOpenAIChatCompletionService", SkAzureAsm, "deploymentName", Providers.OpenAI).Deployment("modelId"),
        ModelSlotDefinition.ConstructorParameter("Microsoft.SemanticKernel.Connectors.AzureOpenAI.AzureOpenAIChatCompletionService", SkAzureAsm, "modelId", Providers.OpenAI),

        // OllamaSharp: per request, or the client's default model.
        ModelSlotDefinition.PropertyOf("OllamaSharp.Models.Chat.ChatRequest", "OllamaSharp", "Model", null).LocalRuntime(),
        ModelSlotDefinition.PropertyOf("OllamaSharp.Models.GenerateRequest", "OllamaSharp", "Model", null).LocalRuntime(),
        ModelSlotDefinition.ConstructorParameter("OllamaSharp.OllamaApiClient", "OllamaSharp", "defaultModel", null).Client().LocalRuntime(),
        ModelSlotDefinition.PropertyOf("OllamaSharp.OllamaApiClient", "OllamaSharp", "SelectedModel", null).LocalRuntime(),
        ModelSlotDefinition.PropertyOf("OllamaSharp.IOllamaApiClient", "OllamaSharp", "SelectedModel", null).LocalRuntime(),
        ModelSlotDefinition.PropertyOf("OllamaSharp.OllamaApiClient+Configuration", "OllamaSharp", "Model", null).LocalRuntime(),
        ModelSlotDefinition.PropertyOf("OllamaSharp.Chat", "OllamaSharp", "Model", null).LocalRuntime(),

        // Azure AI Inference: the model travels in the options.
        ModelSlotDefinition.PropertyOf("Azure.AI.Inference.ChatCompletionsOptions", "Azure.AI.Inference", "Model", null).Cap("MaxTokens"),

        // The community OpenAI 1.x package: per request, per call, or a conversation's model.
        ModelSlotDefinition.PropertyOf("OpenAI_API.Chat.ChatRequest", "OpenAI_API", "Model", Providers.OpenAI).Cap("MaxTokens"),
        ModelSlotDefinition.MethodParameter("OpenAI_API.Chat.IChatEndpoint", "OpenAI_API", "CreateChatCompletionAsync", "model", Providers.OpenAI),
        ModelSlotDefinition.MethodParameter("OpenAI_API.Chat.ChatEndpoint", "OpenAI_API", "CreateChatCompletionAsync", "model", Providers.OpenAI),
        ModelSlotDefinition.MethodParameter("OpenAI_API.Chat.IChatEndpoint", "OpenAI_API", "StreamChatEnumerableAsync", "model", Providers.OpenAI),
        ModelSlotDefinition.MethodParameter("OpenAI_API.Chat.ChatEndpoint", "OpenAI_API", "StreamChatEnumerableAsync", "model", Providers.OpenAI),
        ModelSlotDefinition.PropertyOf("OpenAI_API.Chat.Conversation", "OpenAI_API", "Model", Providers.OpenAI),
        ModelSlotDefinition.ConstructorParameter("OpenAI_API.Chat.Conversation", "OpenAI_API", "model", Providers.OpenAI),

        // Betalgo: per request, per call (wins over the request), or the service default.
        ModelSlotDefinition.PropertyOf("Betalgo.Ranul.OpenAI.ObjectModels.RequestModels.ChatCompletionCreateRequest", "Betalgo.Ranul.OpenAI", "Model", Providers.OpenAI).Cap("MaxTokens"),
        ModelSlotDefinition.MethodParameter("Betalgo.Ranul.OpenAI.Interfaces.IChatCompletionService", "Betalgo.Ranul.OpenAI", "CreateCompletion", "modelId", Providers.OpenAI),
        ModelSlotDefinition.MethodParameter("Betalgo.Ranul.OpenAI.Interfaces.IChatCompletionService", "Betalgo.Ranul.OpenAI", "CreateCompletionAsStream", "modelId", Providers.OpenAI),
        ModelSlotDefinition.PropertyOf("Betalgo.Ranul.OpenAI.OpenAIOptions", "Betalgo.Ranul.OpenAI", "DefaultModelId", Providers.OpenAI),
        ModelSlotDefinition.PropertyOf("Betalgo.Ranul.OpenAI.ObjectModels.RequestModels.AssistantCreateRequest", "Betalgo.Ranul.OpenAI", "Model", Providers.OpenAI),
        ModelSlotDefinition.MethodParameter("Betalgo.Ranul.OpenAI.Interfaces.IChatCompletionServiceExtension", "Betalgo.Ranul.OpenAI", "Create", "modelId", Providers.OpenAI),
        ModelSlotDefinition.PropertyOf("Betalgo.Ranul.OpenAI.ObjectModels.RequestModels.AssistantModifyRequest", "Betalgo.Ranul.OpenAI", "Model", Providers.OpenAI)));

    /// <summary>Anthropic's enums of model names (messages, managed agents); their members map to wire strings by a fixed naming rule.</summary>
    public static readonly SdkType[] AnthropicModelEnums =
    {
        new("Anthropic.Models.Messages.Model", "Anthropic"),
        new("Anthropic.Models.Beta.Agents.BetaManagedAgentsModel", "Anthropic"),
    };
}
