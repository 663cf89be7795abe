using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using GreenAI.Impact;

namespace GreenAI.Analyzers.Sdk;

/// <summary>
/// The AI SDK facts the rules know, as data read from the real assemblies (docs/sdk-surfaces.md): the model calls
/// (here), where code chooses a model (SdkCatalog.ModelSlots.cs), and the other facts rules ask about by meaning
/// (SdkCatalog.Facts.cs). <see cref="SdkSymbols"/> binds them to one compilation.
/// </summary>
internal static partial class SdkCatalog
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
        "Anthropic.SDK",
        "Microsoft.SemanticKernel.Abstractions",
        "Microsoft.SemanticKernel.Core",
        "Microsoft.SemanticKernel.Connectors.OpenAI",
        "Microsoft.SemanticKernel.Connectors.AzureOpenAI",
        "OllamaSharp",
        "Azure.AI.Inference",
        BetalgoSpellings.Assembly,
        BetalgoSpellings.LegacyAssembly,
        "Microsoft.Agents.AI.Abstractions",
        "Google.GenAI",
        CommunityOpenAIAssembly,
        "ModelContextProtocol.Core",
    };

    /// <summary>The assembly of the community OpenAI 1.x package, whose NuGet id ("OpenAI") OpenAI's own SDK took over at 2.0.</summary>
    private const string CommunityOpenAIAssembly = "OpenAI_API";

    // Declared before ModelCalls, which reads them while the class initialises.
    private static readonly string[] CommunityChat = { "CreateChatCompletionAsync", "StreamChatAsync", "StreamChatEnumerableAsync", "StreamCompletionAsync" };

    private static readonly string[] CommunityCompletions =
    {
        "CreateCompletionAsync", "CreateCompletionsAsync", "CreateAndFormatCompletion", "GetCompletion", "StreamCompletionAsync", "StreamCompletionEnumerableAsync",
    };

    public static readonly ImmutableArray<ModelCallDefinition> ModelCalls = BetalgoSpellings.WithLegacy(ImmutableArray.Create(
        new ModelCallDefinition(
            SdkFamily.OpenAI, "OpenAI.Chat.ChatClient", "OpenAI",
            ImmutableArray.Create("CompleteChat", "CompleteChatAsync", "CompleteChatStreaming", "CompleteChatStreamingAsync"),
            ModelSource.Receiver,
            argumentType: "OpenAI.Chat.ChatCompletionOptions",
            outputCapProperty: "MaxOutputTokenCount",
            provider: Providers.OpenAI),
        new ModelCallDefinition(
            SdkFamily.ExtensionsAI, "Microsoft.Extensions.AI.IChatClient", "Microsoft.Extensions.AI.Abstractions",
            ImmutableArray.Create("GetResponseAsync", "GetStreamingResponseAsync"),
            ModelSource.OptionsThenReceiver,
            argumentType: "Microsoft.Extensions.AI.ChatOptions",
            modelProperty: "ModelId",
            outputCapProperty: "MaxOutputTokens"),
        new ModelCallDefinition(
            SdkFamily.ExtensionsAI, "Microsoft.Extensions.AI.ChatClientExtensions", "Microsoft.Extensions.AI.Abstractions",
            ImmutableArray.Create("GetResponseAsync", "GetStreamingResponseAsync"),
            ModelSource.OptionsThenReceiver,
            argumentType: "Microsoft.Extensions.AI.ChatOptions",
            modelProperty: "ModelId",
            outputCapProperty: "MaxOutputTokens"),
        new ModelCallDefinition(
            SdkFamily.ExtensionsAI, "Microsoft.Extensions.AI.ChatClientStructuredOutputExtensions", "Microsoft.Extensions.AI",
            ImmutableArray.Create("GetResponseAsync"),
            ModelSource.OptionsThenReceiver,
            argumentType: "Microsoft.Extensions.AI.ChatOptions",
            modelProperty: "ModelId",
            outputCapProperty: "MaxOutputTokens"),
        new ModelCallDefinition(
            SdkFamily.Anthropic, "Anthropic.Services.IMessageService", "Anthropic",
            ImmutableArray.Create("Create", "CreateStreaming"),
            ModelSource.Request,
            argumentType: "Anthropic.Models.Messages.MessageCreateParams",
            modelProperty: "Model",
            outputCapProperty: "MaxTokens",
            provider: Providers.Anthropic),
        new ModelCallDefinition(
            SdkFamily.Anthropic, "Anthropic.Services.MessageServiceExtensions", "Anthropic",
            ImmutableArray.Create("Create"),
            ModelSource.Request,
            argumentType: "Anthropic.Models.Messages.MessageCreateParams",
            modelProperty: "Model",
            outputCapProperty: "MaxTokens",
            provider: Providers.Anthropic),
        new ModelCallDefinition(
            SdkFamily.Anthropic, "Anthropic.Services.Beta.IMessageService", "Anthropic",
            ImmutableArray.Create("Create", "CreateStreaming"),
            ModelSource.Request,
            argumentType: "Anthropic.Models.Beta.Messages.MessageCreateParams",
            modelProperty: "Model",
            outputCapProperty: "MaxTokens",
            provider: Providers.Anthropic),

        // Anthropic.SDK, the community SDK (tghamm; not Anthropic's own package): the model and the cap are in the parameters.
        new ModelCallDefinition(
            SdkFamily.Anthropic, "Anthropic.SDK.Messaging.MessagesEndpoint", "Anthropic.SDK",
            ImmutableArray.Create("GetClaudeMessageAsync", "StreamClaudeMessageAsync"),
            ModelSource.Request,
            argumentType: "Anthropic.SDK.Messaging.MessageParameters",
            modelProperty: "Model",
            outputCapProperty: "MaxTokens",
            provider: Providers.Anthropic),

        // OpenAI Responses (model per call or in the options) and Assistants runs (the model is the assistant's).
        new ModelCallDefinition(
            SdkFamily.OpenAI, "OpenAI.Responses.ResponsesClient", "OpenAI",
            ImmutableArray.Create("CreateResponse", "CreateResponseAsync", "CreateResponseStreaming", "CreateResponseStreamingAsync"),
            ModelSource.ParameterThenRequest,
            argumentType: "OpenAI.Responses.CreateResponseOptions",
            modelProperty: "Model",
            outputCapProperty: "MaxOutputTokenCount",
            provider: Providers.OpenAI,
            modelParameter: "model"),
        new ModelCallDefinition(
            SdkFamily.OpenAI, "OpenAI.Assistants.AssistantClient", "OpenAI",
            ImmutableArray.Create("CreateRun", "CreateRunAsync", "CreateRunStreaming", "CreateRunStreamingAsync", "CreateThreadAndRun", "CreateThreadAndRunAsync", "CreateThreadAndRunStreaming", "CreateThreadAndRunStreamingAsync"),
            ModelSource.None,
            argumentType: "OpenAI.Assistants.RunCreationOptions",
            outputCapProperty: "MaxOutputTokenCount",
            provider: Providers.OpenAI),
        // Submitting tool outputs resumes the run: the model answers again (with the assistant's model).
        Unread(SdkFamily.OpenAI, "OpenAI.Assistants.AssistantClient", "OpenAI", Modality.Chat, "SubmitToolOutputsToRun", "SubmitToolOutputsToRunAsync", "SubmitToolOutputsToRunStreaming", "SubmitToolOutputsToRunStreamingAsync"),
        Unread(SdkFamily.OpenAI, "OpenAI.Assistants.AssistantClient", "OpenAI", Modality.JobStatus, "GetRun", "GetRunAsync"),
        Unread(SdkFamily.OpenAI, "OpenAI.Embeddings.EmbeddingClient", "OpenAI", Modality.Embedding, "GenerateEmbedding", "GenerateEmbeddingAsync", "GenerateEmbeddings", "GenerateEmbeddingsAsync"),
        Unread(SdkFamily.OpenAI, Providers.OpenAI, "OpenAI.Images.ImageClient", "OpenAI", Modality.Image, "GenerateImage", "GenerateImageAsync", "GenerateImages", "GenerateImagesAsync", "GenerateImageEdit", "GenerateImageEditAsync", "GenerateImageEdits", "GenerateImageEditsAsync", "GenerateImageVariation", "GenerateImageVariationAsync", "GenerateImageVariations", "GenerateImageVariationsAsync", "GenerateImagesStreamingAsync", "GenerateImageEditsStreamingAsync"),
        Unread(SdkFamily.OpenAI, "OpenAI.Videos.VideoClient", "OpenAI", Modality.Video, "CreateVideo", "CreateVideoAsync", "CreateVideoRemix", "CreateVideoRemixAsync"),
        Unread(SdkFamily.OpenAI, "OpenAI.Videos.VideoClient", "OpenAI", Modality.JobStatus, "GetVideo", "GetVideoAsync"),
        Unread(SdkFamily.OpenAI, "OpenAI.Audio.AudioClient", "OpenAI", Modality.Audio, "GenerateSpeech", "GenerateSpeechAsync", "GenerateSpeechStreamingAsync", "TranscribeAudio", "TranscribeAudioAsync", "TranscribeAudioStreamingAsync", "TranslateAudio", "TranslateAudioAsync"),
        Unread(SdkFamily.ExtensionsAI, "Microsoft.Extensions.AI.IEmbeddingGenerator`2", "Microsoft.Extensions.AI.Abstractions", Modality.Embedding, "GenerateAsync"),
        Unread(SdkFamily.ExtensionsAI, "Microsoft.Extensions.AI.EmbeddingGeneratorExtensions", "Microsoft.Extensions.AI.Abstractions", Modality.Embedding, "GenerateAsync", "GenerateVectorAsync", "GenerateAndZipAsync"),
        Unread(SdkFamily.ExtensionsAI, "Microsoft.Extensions.AI.IImageGenerator", "Microsoft.Extensions.AI.Abstractions", Modality.Image, "GenerateAsync"),
        Unread(SdkFamily.ExtensionsAI, "Microsoft.Extensions.AI.ImageGeneratorExtensions", "Microsoft.Extensions.AI.Abstractions", Modality.Image, "GenerateImagesAsync", "EditImageAsync", "EditImagesAsync"),
        // Speech to text and text to speech run a model per call too, whatever the implementation (a local one included).
        Unread(SdkFamily.ExtensionsAI, "Microsoft.Extensions.AI.ISpeechToTextClient", "Microsoft.Extensions.AI.Abstractions", Modality.Audio, "GetTextAsync", "GetStreamingTextAsync"),
        Unread(SdkFamily.ExtensionsAI, "Microsoft.Extensions.AI.SpeechToTextClientExtensions", "Microsoft.Extensions.AI.Abstractions", Modality.Audio, "GetTextAsync", "GetStreamingTextAsync"),
        Unread(SdkFamily.ExtensionsAI, "Microsoft.Extensions.AI.ITextToSpeechClient", "Microsoft.Extensions.AI.Abstractions", Modality.Audio, "GetAudioAsync", "GetStreamingAudioAsync"),
        Unread(SdkFamily.AgentFramework, "Microsoft.Agents.AI.AIAgent", "Microsoft.Agents.AI.Abstractions", Modality.Chat, "RunAsync", "RunStreamingAsync"),
        // An MCP server's sampling: it asks the connected client to run a model (the client picks it; the request only
        // hints). McpServer from 0.8; the 0.x previews' IMcpServer extension is not served here to test against.
        Unread(SdkFamily.ModelContextProtocol, "ModelContextProtocol.Server.McpServer", "ModelContextProtocol.Core", Modality.Chat, "SampleAsync", "SampleAsTaskAsync"),
        Unread(SdkFamily.SemanticKernel, "Microsoft.SemanticKernel.KernelExtensions", "Microsoft.SemanticKernel.Core", Modality.Chat, "InvokePromptAsync", "InvokePromptStreamingAsync"),
        // Semantic Kernel's embedding services (ITextEmbeddingGenerationService and the generic interface it derives from; obsolete in favour of M.E.AI, still common).
        Unread(SdkFamily.SemanticKernel, "Microsoft.SemanticKernel.Embeddings.IEmbeddingGenerationService`2", "Microsoft.SemanticKernel.Abstractions", Modality.Embedding, "GenerateEmbeddingsAsync"),
        Unread(SdkFamily.SemanticKernel, "Microsoft.SemanticKernel.Embeddings.EmbeddingGenerationExtensions", "Microsoft.SemanticKernel.Abstractions", Modality.Embedding, "GenerateEmbeddingAsync"),
        // Semantic Kernel: the cap is OpenAIPromptExecutionSettings.MaxTokens (and the other connectors' settings), on the base-typed parameter.
        new ModelCallDefinition(
            SdkFamily.SemanticKernel, "Microsoft.SemanticKernel.ChatCompletion.IChatCompletionService", "Microsoft.SemanticKernel.Abstractions",
            ImmutableArray.Create("GetChatMessageContentsAsync", "GetStreamingChatMessageContentsAsync"),
            ModelSource.None,
            argumentType: "Microsoft.SemanticKernel.PromptExecutionSettings",
            outputCapProperty: "MaxTokens"),
        new ModelCallDefinition(
            SdkFamily.SemanticKernel, "Microsoft.SemanticKernel.ChatCompletion.ChatCompletionServiceExtensions", "Microsoft.SemanticKernel.Abstractions",
            ImmutableArray.Create("GetChatMessageContentAsync", "GetChatMessageContentsAsync", "GetStreamingChatMessageContentsAsync"),
            ModelSource.None,
            argumentType: "Microsoft.SemanticKernel.PromptExecutionSettings",
            outputCapProperty: "MaxTokens"),
        Unread(SdkFamily.SemanticKernel, "Microsoft.SemanticKernel.TextToImage.ITextToImageService", "Microsoft.SemanticKernel.Abstractions", Modality.Image, "GetImageContentsAsync"),
        Unread(SdkFamily.SemanticKernel, "Microsoft.SemanticKernel.TextToImage.TextToImageServiceExtensions", "Microsoft.SemanticKernel.Abstractions", Modality.Image, "GenerateImageAsync"),
        // OllamaSharp: the cap is RequestOptions.NumPredict, one object down in the request.
        OllamaCall("OllamaSharp.IOllamaApiClient", "ChatAsync", "OllamaSharp.Models.Chat.ChatRequest"),
        OllamaCall("OllamaSharp.IOllamaApiClient", "GenerateAsync", "OllamaSharp.Models.GenerateRequest"),
        OllamaCall("OllamaSharp.OllamaApiClient", "ChatAsync", "OllamaSharp.Models.Chat.ChatRequest"),
        OllamaCall("OllamaSharp.OllamaApiClient", "GenerateAsync", "OllamaSharp.Models.GenerateRequest"),
        Unread(SdkFamily.Ollama, "OllamaSharp.IOllamaApiClient", "OllamaSharp", Modality.Embedding, "EmbedAsync"),
        Unread(SdkFamily.Ollama, "OllamaSharp.OllamaApiClient", "OllamaSharp", Modality.Embedding, "EmbedAsync"),
        Unread(SdkFamily.Ollama, "OllamaSharp.OllamaApiClientExtensions", "OllamaSharp", Modality.Chat, "GenerateAsync"),
        Unread(SdkFamily.Ollama, "OllamaSharp.OllamaApiClientExtensions", "OllamaSharp", Modality.Embedding, "EmbedAsync"),
        Unread(SdkFamily.Ollama, "OllamaSharp.Chat", "OllamaSharp", Modality.Chat, "SendAsync", "SendAsAsync"),
        new ModelCallDefinition(
            SdkFamily.AzureInference, "Azure.AI.Inference.ChatCompletionsClient", "Azure.AI.Inference",
            ImmutableArray.Create("Complete", "CompleteAsync", "CompleteStreaming", "CompleteStreamingAsync"),
            ModelSource.Request,
            argumentType: "Azure.AI.Inference.ChatCompletionsOptions",
            modelProperty: "Model",
            outputCapProperty: "MaxTokens"),
        Unread(SdkFamily.AzureInference, "Azure.AI.Inference.EmbeddingsClient", "Azure.AI.Inference", Modality.Embedding, "Embed", "EmbedAsync"),
        new ModelCallDefinition(
            SdkFamily.Betalgo, "Betalgo.Ranul.OpenAI.Interfaces.IChatCompletionService", "Betalgo.Ranul.OpenAI",
            ImmutableArray.Create("CreateCompletion", "CreateCompletionAsStream"),
            ModelSource.ParameterThenRequest,
            argumentType: "Betalgo.Ranul.OpenAI.ObjectModels.RequestModels.ChatCompletionCreateRequest",
            modelProperty: "Model",
            outputCapProperty: "MaxTokens",
            provider: Providers.OpenAI,
            modelParameter: "modelId").WithAlternativeCap("MaxCompletionTokens"),
        // ChatCompletion.Create(request, Models.Model.Gpt_4o): the extension that takes the model as Betalgo's enum.
        new ModelCallDefinition(
            SdkFamily.Betalgo, "Betalgo.Ranul.OpenAI.Interfaces.IChatCompletionServiceExtension", "Betalgo.Ranul.OpenAI",
            ImmutableArray.Create("Create"),
            ModelSource.ParameterThenRequest,
            argumentType: "Betalgo.Ranul.OpenAI.ObjectModels.RequestModels.ChatCompletionCreateRequest",
            modelProperty: "Model",
            outputCapProperty: "MaxTokens",
            provider: Providers.OpenAI,
            modelParameter: "modelId").WithAlternativeCap("MaxCompletionTokens"),
        Unread(SdkFamily.Betalgo, "Betalgo.Ranul.OpenAI.Interfaces.IEmbeddingService", "Betalgo.Ranul.OpenAI", Modality.Embedding, "CreateEmbedding"),
        // Betalgo's legacy completions and its Assistants runs (the model is the request's, or the assistant's).
        Unread(SdkFamily.Betalgo, "Betalgo.Ranul.OpenAI.Interfaces.ICompletionService", "Betalgo.Ranul.OpenAI", Modality.Chat, "CreateCompletion", "CreateCompletionAsStream"),
        Unread(SdkFamily.Betalgo, "Betalgo.Ranul.OpenAI.Interfaces.IRunService", "Betalgo.Ranul.OpenAI", Modality.Chat, "RunCreate", "RunSubmitToolOutputs"),
        Unread(SdkFamily.Betalgo, "Betalgo.Ranul.OpenAI.Interfaces.IRunService", "Betalgo.Ranul.OpenAI", Modality.JobStatus, "RunRetrieve"),
        // Google GenAI is not served by our registry: these entries follow its public signatures (tests use stand-in types).
        new ModelCallDefinition(
            SdkFamily.GoogleGenAI, "Google.GenAI.Models", "Google.GenAI",
            ImmutableArray.Create("GenerateContentAsync", "GenerateContentStreamAsync"),
            ModelSource.ParameterThenRequest,
            argumentType: "Google.GenAI.Types.GenerateContentConfig",
            outputCapProperty: "MaxOutputTokens",
            provider: Providers.Google,
            modelParameter: "model"),
        Unread(SdkFamily.GoogleGenAI, Providers.Google, "Google.GenAI.Models", "Google.GenAI", Modality.Image, "GenerateImagesAsync", "EditImageAsync", "UpscaleImageAsync"),
        Unread(SdkFamily.GoogleGenAI, "Google.GenAI.Models", "Google.GenAI", Modality.Embedding, "EmbedContentAsync"),
        Unread(SdkFamily.GoogleGenAI, "Google.GenAI.Models", "Google.GenAI", Modality.Video, "GenerateVideosAsync"),
        Unread(SdkFamily.GoogleGenAI, "Google.GenAI.Operations", "Google.GenAI", Modality.JobStatus, "GetAsync"),
        Unread(SdkFamily.Betalgo, Providers.OpenAI, "Betalgo.Ranul.OpenAI.Interfaces.IImageService", "Betalgo.Ranul.OpenAI", Modality.Image, "CreateImage", "CreateImageEdit", "CreateImageVariation"),
        // The community OpenAI 1.x package (api.Chat, api.Completions, api.Embeddings, api.ImageGenerations, api.TextToSpeech,
        // api.Transcriptions, and a Conversation): chat reads its model (the call's model argument, else the ChatRequest's
        // Model, Model.GPT4_Turbo read from community-openai-models.tsv); the others are counted, their model not read.
        CommunityChatCall("OpenAI_API.Chat.IChatEndpoint"),
        CommunityChatCall("OpenAI_API.Chat.ChatEndpoint"),
        Unread(SdkFamily.CommunityOpenAI, "OpenAI_API.Chat.Conversation", CommunityOpenAIAssembly, Modality.Chat, "GetResponseFromChatbot", "GetResponseFromChatbotAsync", "StreamResponseFromChatbotAsync", "StreamResponseEnumerableFromChatbotAsync"),
        Unread(SdkFamily.CommunityOpenAI, "OpenAI_API.Completions.ICompletionEndpoint", CommunityOpenAIAssembly, Modality.Chat, CommunityCompletions),
        Unread(SdkFamily.CommunityOpenAI, "OpenAI_API.Completions.CompletionEndpoint", CommunityOpenAIAssembly, Modality.Chat, CommunityCompletions),
        Unread(SdkFamily.CommunityOpenAI, "OpenAI_API.Embedding.IEmbeddingEndpoint", CommunityOpenAIAssembly, Modality.Embedding, "CreateEmbeddingAsync", "GetEmbeddingsAsync"),
        Unread(SdkFamily.CommunityOpenAI, "OpenAI_API.Embedding.EmbeddingEndpoint", CommunityOpenAIAssembly, Modality.Embedding, "CreateEmbeddingAsync", "GetEmbeddingsAsync"),
        Unread(SdkFamily.CommunityOpenAI, Providers.OpenAI, "OpenAI_API.Images.IImageGenerationEndpoint", CommunityOpenAIAssembly, Modality.Image, "CreateImageAsync"),
        Unread(SdkFamily.CommunityOpenAI, Providers.OpenAI, "OpenAI_API.Images.ImageGenerationEndpoint", CommunityOpenAIAssembly, Modality.Image, "CreateImageAsync"),
        Unread(SdkFamily.CommunityOpenAI, "OpenAI_API.Audio.ITextToSpeechEndpoint", CommunityOpenAIAssembly, Modality.Audio, "GetSpeechAsStreamAsync", "SaveSpeechToFileAsync"),
        Unread(SdkFamily.CommunityOpenAI, "OpenAI_API.Audio.TextToSpeechEndpoint", CommunityOpenAIAssembly, Modality.Audio, "GetSpeechAsStreamAsync", "SaveSpeechToFileAsync"),
        Unread(SdkFamily.CommunityOpenAI, "OpenAI_API.Audio.ITranscriptionEndpoint", CommunityOpenAIAssembly, Modality.Audio, "GetTextAsync", "GetAsFormatAsync", "GetWithDetailsAsync"),
        Unread(SdkFamily.CommunityOpenAI, "OpenAI_API.Audio.TranscriptionEndpoint", CommunityOpenAIAssembly, Modality.Audio, "GetTextAsync", "GetAsFormatAsync", "GetWithDetailsAsync")));


    private static ModelCallDefinition OllamaCall(string type, string method, string request) =>
        new(SdkFamily.Ollama, type, "OllamaSharp", ImmutableArray.Create(method), ModelSource.None, argumentType: request, outputCapProperty: "Options.NumPredict");

    /// <summary>
    /// A chat or text generation sent over raw HTTP (<see cref="Media.RawChatRequest"/>): not matched by symbol like the
    /// entries above (every POST would match), but made for each request whose endpoint or body says it is one.
    /// </summary>
    public static readonly ModelCallDefinition RawHttpChat = new(
        SdkFamily.RawHttp, "System.Net.Http.HttpClient", "System.Net.Http", ImmutableArray.Create("PostAsync", "PostAsJsonAsync", "SendAsync", "Send"), ModelSource.None);

    private static ModelCallDefinition CommunityChatCall(string type) =>
        new(SdkFamily.CommunityOpenAI, type, CommunityOpenAIAssembly, ImmutableArray.Create(CommunityChat), ModelSource.ParameterThenRequest,
            argumentType: "OpenAI_API.Chat.ChatRequest", modelProperty: "Model", outputCapProperty: "MaxTokens", provider: Providers.OpenAI, modelParameter: "model");

    private static ModelCallDefinition Unread(SdkFamily sdk, string type, string assembly, Modality modality, params string[] methods) =>
        new(sdk, type, assembly, ImmutableArray.Create(methods), ModelSource.None, modality: modality);

    /// <summary>An entry whose model is not read, served by a known provider (OpenAI's images, also through Azure and Betalgo).</summary>
    private static ModelCallDefinition Unread(SdkFamily sdk, string provider, string type, string assembly, Modality modality, params string[] methods) =>
        new(sdk, type, assembly, ImmutableArray.Create(methods), ModelSource.None, provider: provider, modality: modality);
}
