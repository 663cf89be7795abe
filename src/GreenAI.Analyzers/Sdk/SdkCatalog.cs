using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using GreenAI.Analyzers.Impact;

namespace GreenAI.Analyzers.Sdk;

/// <summary>The AI SDK entry points the rules know, as data (research/sdk-surface.md, read from the real assemblies).</summary>
internal static class SdkCatalog
{
    /// <summary>Assemblies whose presence switches the analyzers on; without any of them nothing is registered.</summary>
    /// <remarks>A plain hash set, never changed after start-up: immutable sets are slower to read, and this one is read per call.</remarks>
    public static readonly HashSet<string> AssemblyNames = new(StringComparer.Ordinal)
    {
        "OpenAI",
        "Azure.AI.OpenAI",
        "Microsoft.Extensions.AI.Abstractions",
        "Microsoft.Extensions.AI",
        "Microsoft.Extensions.AI.OpenAI",
        "Anthropic",
        "Microsoft.SemanticKernel.Abstractions",
        "Microsoft.SemanticKernel.Connectors.OpenAI",
        "Microsoft.SemanticKernel.Connectors.AzureOpenAI",
        "OllamaSharp",
        "Azure.AI.Inference",
        "Betalgo.Ranul.OpenAI",
        "Microsoft.Agents.AI.Abstractions",
        "Google.GenAI",
    };

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
            provider: Providers.Anthropic),

        // Text generation whose model this version does not read (counted by the loop rules).
        new ModelCallDefinition(
            "OpenAI", "OpenAI.Responses.ResponsesClient", "OpenAI",
            ImmutableArray.Create("CreateResponse", "CreateResponseAsync", "CreateResponseStreaming", "CreateResponseStreamingAsync"),
            ModelSource.ParameterThenRequest,
            argumentType: "OpenAI.Responses.CreateResponseOptions",
            modelProperty: "Model",
            outputCapProperty: "MaxOutputTokenCount",
            provider: Providers.OpenAI,
            modelParameter: "model"),
        new ModelCallDefinition(
            "OpenAI", "OpenAI.Assistants.AssistantClient", "OpenAI",
            ImmutableArray.Create("CreateRun", "CreateRunAsync", "CreateRunStreaming", "CreateRunStreamingAsync", "CreateThreadAndRun", "CreateThreadAndRunAsync", "CreateThreadAndRunStreaming", "CreateThreadAndRunStreamingAsync"),
            ModelSource.None,
            argumentType: "OpenAI.Assistants.RunCreationOptions",
            outputCapProperty: "MaxOutputTokenCount",
            provider: Providers.OpenAI),
        Unread("OpenAI", "OpenAI.Assistants.AssistantClient", "OpenAI", Modality.JobStatus, "GetRun", "GetRunAsync"),
        Unread("OpenAI", "OpenAI.Embeddings.EmbeddingClient", "OpenAI", Modality.Embedding, "GenerateEmbedding", "GenerateEmbeddingAsync", "GenerateEmbeddings", "GenerateEmbeddingsAsync"),
        Unread("OpenAI", "OpenAI.Images.ImageClient", "OpenAI", Modality.Image, "GenerateImage", "GenerateImageAsync", "GenerateImages", "GenerateImagesAsync", "GenerateImageEdit", "GenerateImageEditAsync", "GenerateImageEdits", "GenerateImageEditsAsync", "GenerateImageVariation", "GenerateImageVariationAsync", "GenerateImageVariations", "GenerateImageVariationsAsync", "GenerateImagesStreamingAsync", "GenerateImageEditsStreamingAsync"),
        Unread("OpenAI", "OpenAI.Videos.VideoClient", "OpenAI", Modality.Video, "CreateVideo", "CreateVideoAsync", "CreateVideoRemix", "CreateVideoRemixAsync"),
        Unread("OpenAI", "OpenAI.Videos.VideoClient", "OpenAI", Modality.JobStatus, "GetVideo", "GetVideoAsync"),
        Unread("OpenAI", "OpenAI.Audio.AudioClient", "OpenAI", Modality.Audio, "GenerateSpeech", "GenerateSpeechAsync", "GenerateSpeechStreamingAsync", "TranscribeAudio", "TranscribeAudioAsync", "TranscribeAudioStreamingAsync", "TranslateAudio", "TranslateAudioAsync"),
        Unread("Microsoft.Extensions.AI", "Microsoft.Extensions.AI.IEmbeddingGenerator`2", "Microsoft.Extensions.AI.Abstractions", Modality.Embedding, "GenerateAsync"),
        Unread("Microsoft.Extensions.AI", "Microsoft.Extensions.AI.EmbeddingGeneratorExtensions", "Microsoft.Extensions.AI.Abstractions", Modality.Embedding, "GenerateAsync", "GenerateVectorAsync", "GenerateAndZipAsync"),
        Unread("Microsoft.Extensions.AI", "Microsoft.Extensions.AI.IImageGenerator", "Microsoft.Extensions.AI.Abstractions", Modality.Image, "GenerateAsync"),
        Unread("Microsoft.Extensions.AI", "Microsoft.Extensions.AI.ImageGeneratorExtensions", "Microsoft.Extensions.AI.Abstractions", Modality.Image, "GenerateImagesAsync", "EditImageAsync", "EditImagesAsync"),
        Unread("Microsoft Agent Framework", "Microsoft.Agents.AI.AIAgent", "Microsoft.Agents.AI.Abstractions", Modality.Chat, "RunAsync", "RunStreamingAsync"),
        Unread("Semantic Kernel", "Microsoft.SemanticKernel.KernelExtensions", "Microsoft.SemanticKernel.Core", Modality.Chat, "InvokePromptAsync", "InvokePromptStreamingAsync"),
        // Semantic Kernel: the cap is OpenAIPromptExecutionSettings.MaxTokens (and the other connectors' settings), on the base-typed parameter.
        new ModelCallDefinition(
            "Semantic Kernel", "Microsoft.SemanticKernel.ChatCompletion.IChatCompletionService", "Microsoft.SemanticKernel.Abstractions",
            ImmutableArray.Create("GetChatMessageContentsAsync", "GetStreamingChatMessageContentsAsync"),
            ModelSource.None,
            argumentType: "Microsoft.SemanticKernel.PromptExecutionSettings",
            outputCapProperty: "MaxTokens"),
        new ModelCallDefinition(
            "Semantic Kernel", "Microsoft.SemanticKernel.ChatCompletion.ChatCompletionServiceExtensions", "Microsoft.SemanticKernel.Abstractions",
            ImmutableArray.Create("GetChatMessageContentAsync", "GetChatMessageContentsAsync", "GetStreamingChatMessageContentsAsync"),
            ModelSource.None,
            argumentType: "Microsoft.SemanticKernel.PromptExecutionSettings",
            outputCapProperty: "MaxTokens"),
        Unread("Semantic Kernel", "Microsoft.SemanticKernel.TextToImage.ITextToImageService", "Microsoft.SemanticKernel.Abstractions", Modality.Image, "GetImageContentsAsync"),
        Unread("Semantic Kernel", "Microsoft.SemanticKernel.TextToImage.TextToImageServiceExtensions", "Microsoft.SemanticKernel.Abstractions", Modality.Image, "GenerateImageAsync"),
        // OllamaSharp: the cap is RequestOptions.NumPredict, one object down in the request.
        OllamaCall("OllamaSharp.IOllamaApiClient", "ChatAsync", "OllamaSharp.Models.Chat.ChatRequest"),
        OllamaCall("OllamaSharp.IOllamaApiClient", "GenerateAsync", "OllamaSharp.Models.GenerateRequest"),
        OllamaCall("OllamaSharp.OllamaApiClient", "ChatAsync", "OllamaSharp.Models.Chat.ChatRequest"),
        OllamaCall("OllamaSharp.OllamaApiClient", "GenerateAsync", "OllamaSharp.Models.GenerateRequest"),
        Unread("OllamaSharp", "OllamaSharp.IOllamaApiClient", "OllamaSharp", Modality.Embedding, "EmbedAsync"),
        Unread("OllamaSharp", "OllamaSharp.OllamaApiClient", "OllamaSharp", Modality.Embedding, "EmbedAsync"),
        Unread("OllamaSharp", "OllamaSharp.OllamaApiClientExtensions", "OllamaSharp", Modality.Chat, "GenerateAsync"),
        Unread("OllamaSharp", "OllamaSharp.OllamaApiClientExtensions", "OllamaSharp", Modality.Embedding, "EmbedAsync"),
        Unread("OllamaSharp", "OllamaSharp.Chat", "OllamaSharp", Modality.Chat, "SendAsync", "SendAsAsync"),
        new ModelCallDefinition(
            "Azure AI Inference", "Azure.AI.Inference.ChatCompletionsClient", "Azure.AI.Inference",
            ImmutableArray.Create("Complete", "CompleteAsync", "CompleteStreaming", "CompleteStreamingAsync"),
            ModelSource.Request,
            argumentType: "Azure.AI.Inference.ChatCompletionsOptions",
            modelProperty: "Model",
            outputCapProperty: "MaxTokens"),
        Unread("Azure AI Inference", "Azure.AI.Inference.EmbeddingsClient", "Azure.AI.Inference", Modality.Embedding, "Embed", "EmbedAsync"),
        new ModelCallDefinition(
            "Betalgo", "Betalgo.Ranul.OpenAI.Interfaces.IChatCompletionService", "Betalgo.Ranul.OpenAI",
            ImmutableArray.Create("CreateCompletion", "CreateCompletionAsStream"),
            ModelSource.ParameterThenRequest,
            argumentType: "Betalgo.Ranul.OpenAI.ObjectModels.RequestModels.ChatCompletionCreateRequest",
            modelProperty: "Model",
            outputCapProperty: "MaxTokens",
            provider: Providers.OpenAI,
            modelParameter: "modelId").WithAlternativeCap("MaxCompletionTokens"),
        Unread("Betalgo", "Betalgo.Ranul.OpenAI.Interfaces.IEmbeddingService", "Betalgo.Ranul.OpenAI", Modality.Embedding, "CreateEmbedding"),
        // Google GenAI is not served by our registry: these entries follow its public signatures (tests use stand-in types).
        Unread("Google GenAI", "Google.GenAI.Models", "Google.GenAI", Modality.Video, "GenerateVideosAsync"),
        Unread("Google GenAI", "Google.GenAI.Operations", "Google.GenAI", Modality.JobStatus, "GetAsync"),
        Unread("Betalgo", "Betalgo.Ranul.OpenAI.Interfaces.IImageService", "Betalgo.Ranul.OpenAI", Modality.Image, "CreateImage", "CreateImageEdit", "CreateImageVariation"));

    private static ModelCallDefinition OllamaCall(string type, string method, string request) =>
        new("OllamaSharp", type, "OllamaSharp", ImmutableArray.Create(method), ModelSource.None, argumentType: request, outputCapProperty: "Options.NumPredict");

    private static ModelCallDefinition Unread(string sdk, string type, string assembly, Modality modality, params string[] methods) =>
        new(sdk, type, assembly, ImmutableArray.Create(methods), ModelSource.None, modality: modality);

    private const string OpenAIAsm = "OpenAI";
    private const string SkOpenAIAsm = "Microsoft.SemanticKernel.Connectors.OpenAI";
    private const string SkAzureAsm = "Microsoft.SemanticKernel.Connectors.AzureOpenAI";

    /// <summary>Where code chooses a chat model (research/sdk-surface.md §3–§11).</summary>
    public static readonly ImmutableArray<ModelSlotDefinition> ModelSlots = ImmutableArray.Create(
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

        // Microsoft.Extensions.AI: per request, overriding the client's default.
        ModelSlotDefinition.PropertyOf("Microsoft.Extensions.AI.ChatOptions", "Microsoft.Extensions.AI.Abstractions", "ModelId", null).Cap("MaxOutputTokens"),

        // Anthropic: per request (string or Model enum), or the default of its IChatClient adapter.
        ModelSlotDefinition.PropertyOf("Anthropic.Models.Messages.MessageCreateParams", "Anthropic", "Model", Providers.Anthropic).Cap("MaxTokens"),
        ModelSlotDefinition.PropertyOf("Anthropic.Models.Beta.Messages.MessageCreateParams", "Anthropic", "Model", Providers.Anthropic).Cap("MaxTokens"),
        ModelSlotDefinition.MethodParameter("Microsoft.Extensions.AI.AnthropicClientExtensions", "Anthropic", "AsIChatClient", "defaultModelId", Providers.Anthropic).Client(),

        // Semantic Kernel: the model is bound when the service is registered.
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

        // Betalgo: per request, per call (wins over the request), or the service default.
        ModelSlotDefinition.PropertyOf("Betalgo.Ranul.OpenAI.ObjectModels.RequestModels.ChatCompletionCreateRequest", "Betalgo.Ranul.OpenAI", "Model", Providers.OpenAI).Cap("MaxTokens"),
        ModelSlotDefinition.MethodParameter("Betalgo.Ranul.OpenAI.Interfaces.IChatCompletionService", "Betalgo.Ranul.OpenAI", "CreateCompletion", "modelId", Providers.OpenAI),
        ModelSlotDefinition.MethodParameter("Betalgo.Ranul.OpenAI.Interfaces.IChatCompletionService", "Betalgo.Ranul.OpenAI", "CreateCompletionAsStream", "modelId", Providers.OpenAI),
        ModelSlotDefinition.PropertyOf("Betalgo.Ranul.OpenAI.OpenAIOptions", "Betalgo.Ranul.OpenAI", "DefaultModelId", Providers.OpenAI));

    /// <summary>The enum of Anthropic model names; its members map to wire strings by a fixed naming rule.</summary>
    public const string AnthropicModelEnum = "Anthropic.Models.Messages.Model";
}
