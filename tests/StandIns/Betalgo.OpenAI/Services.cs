using OpenAI.ObjectModels;
using OpenAI.ObjectModels.RequestModels;
using OpenAI.ObjectModels.ResponseModels;

namespace OpenAI
{
    public class OpenAiOptions
    {
        public string ApiKey { get; set; } = null!;

        public string? DefaultModelId { get; set; }
    }
}

namespace OpenAI.Interfaces
{
    public interface IOpenAIService
    {
        IChatCompletionService ChatCompletion { get; }

        ICompletionService Completions { get; }

        IEmbeddingService Embeddings { get; }

        IImageService Image { get; }

        IBetaService Beta { get; }

        void SetDefaultModelId(string modelId);
    }

    public interface IChatCompletionService
    {
        Task<ChatCompletionCreateResponse> CreateCompletion(ChatCompletionCreateRequest chatCompletionCreate, string? modelId = null, CancellationToken cancellationToken = default);

        IAsyncEnumerable<ChatCompletionCreateResponse> CreateCompletionAsStream(ChatCompletionCreateRequest chatCompletionCreate, string? modelId = null, bool justDataMode = true, CancellationToken cancellationToken = default);
    }

    public static class IChatCompletionServiceExtension
    {
        public static Task<ChatCompletionCreateResponse> Create(this IChatCompletionService service, ChatCompletionCreateRequest chatCompletionCreate, Models.Model modelId, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException("stand-in");
    }

    public interface ICompletionService
    {
        Task<CompletionCreateResponse> CreateCompletion(CompletionCreateRequest createCompletionModel, string? modelId = null, CancellationToken cancellationToken = default);

        IAsyncEnumerable<CompletionCreateResponse> CreateCompletionAsStream(CompletionCreateRequest createCompletionModel, string? modelId = null, CancellationToken cancellationToken = default);
    }

    public interface IEmbeddingService
    {
        Task<EmbeddingCreateResponse> CreateEmbedding(EmbeddingCreateRequest createEmbeddingModel, CancellationToken cancellationToken = default);
    }

    public interface IImageService
    {
        Task<ImageCreateResponse> CreateImage(ImageCreateRequest imageCreate, CancellationToken cancellationToken = default);

        Task<ImageCreateResponse> CreateImageEdit(ImageEditCreateRequest imageEditCreateRequest, CancellationToken cancellationToken = default);

        Task<ImageCreateResponse> CreateImageVariation(ImageVariationCreateRequest imageEditCreateRequest, CancellationToken cancellationToken = default);
    }

    public interface IBetaService
    {
        IRunService Runs { get; }
    }

    public interface IRunService
    {
        Task<RunResponse> RunCreate(string threadId, RunCreateRequest request, string? modelId = null, CancellationToken cancellationToken = default);

        Task<RunResponse> RunRetrieve(string threadId, string runId, CancellationToken cancellationToken = default);

        Task<RunResponse> RunSubmitToolOutputs(string threadId, string runId, SubmitToolOutputsToRunRequest request, CancellationToken cancellationToken = default);
    }
}

namespace OpenAI.Managers
{
    using OpenAI.Interfaces;

    public class OpenAIService : IOpenAIService
    {
        public OpenAIService(OpenAiOptions settings, HttpClient? httpClient = null)
        {
        }

        public IChatCompletionService ChatCompletion => throw new NotSupportedException("stand-in");

        public ICompletionService Completions => throw new NotSupportedException("stand-in");

        public IEmbeddingService Embeddings => throw new NotSupportedException("stand-in");

        public IImageService Image => throw new NotSupportedException("stand-in");

        public IBetaService Beta => throw new NotSupportedException("stand-in");

        public void SetDefaultModelId(string modelId)
        {
        }
    }
}
