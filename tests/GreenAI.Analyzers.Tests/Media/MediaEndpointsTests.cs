using GreenAI.Impact.Media;

namespace GreenAI.Analyzers.Tests.Media;

/// <summary>
/// media-endpoints.tsv and media-model-kinds.tsv: every row reads, URI shapes match the provider and role they name and
/// nothing else, and model ids of multi-model hosts read as image or video models.
/// </summary>
public class MediaEndpointsTests
{
    [Fact]
    public void Every_row_of_the_table_reads()
    {
        Assert.Equal(DataRows("media-endpoints.tsv"), MediaEndpoints.RowCount);
        Assert.Equal(DataRows("media-model-kinds.tsv"), MediaModelKinds.RowCount);
        Assert.True(MediaEndpoints.RowCount > 50);
    }

    private static int DataRows(string file)
    {
        using var stream = typeof(MediaEndpoints).Assembly.GetManifestResourceStream("GreenAI.Impact." + file)!;
        using var reader = new StreamReader(stream);
        var rows = 0;
        while (reader.ReadLine() is { } line)
        {
            rows += line.Length > 0 && line[0] != '#' && line.Split('\t').Length >= 2 ? 1 : 0;
        }

        return rows;
    }

    [Theory]
    [InlineData("https://api.openai.com/v1/videos/video_123", "openai")]
    [InlineData("\u0001/v1/videos/\u0001", "openai")]
    [InlineData("\u0001/openai/v1/video/generations/jobs/\u0001?api-version=preview", "azure_openai")]
    [InlineData("https://api.dev.runwayml.com/v1/tasks/\u0001", "runway")]
    [InlineData("https://api.replicate.com/v1/predictions/\u0001", "replicate")]
    [InlineData("v1/predictions/\u0001", "replicate")]
    [InlineData("https://api.together.xyz/v2/videos/\u0001", "together")]
    [InlineData("https://queue.fal.run/\u0001/requests/\u0001/status", "fal")]
    [InlineData("https://api.lumalabs.ai/dream-machine/v1/generations/\u0001", "luma")]
    [InlineData("https://api.aimlapi.com/v2/video/generations?generation_id=\u0001", "aimlapi")]
    [InlineData("https://api.minimax.io/v1/query/video_generation?task_id=\u0001", "minimax")]
    [InlineData("https://api.stability.ai/v2beta/results/\u0001", "stability")]
    [InlineData("https://api.bfl.ai/v1/get_result?id=\u0001", "bfl")]
    [InlineData("https://api.x.ai/v1/videos/\u0001", "xai")]
    [InlineData("https://api.together.ai/v2/videos/\u0001", "together")]
    [InlineData("https://ark.cn-beijing.volces.com/api/v3/contents/generations/tasks/\u0001", "volcengine")]
    [InlineData("https://dashscope-intl.aliyuncs.com/api/v1/tasks/\u0001", "dashscope")]
    [InlineData("https://api.heygen.com/v1/video_status.get?video_id=\u0001", "heygen")]
    [InlineData("\u0001/v1/video_status.get?video_id=\u0001", "heygen")]
    [InlineData("https://api.heygen.com/v3/videos/\u0001", "heygen")]
    public void A_status_uri_names_its_provider(string shape, string provider) => Assert.Equal(provider, MediaEndpoints.StatusProviderOf(shape));

    [Theory]
    [InlineData("\u0001/v1/tasks/\u0001")]                          // generic path, host not written
    [InlineData("https://api.example.com/v1/tasks/\u0001")]          // another host's tasks
    [InlineData("https://api.example.com/api/v1/tasks/\u0001")]      // another host's tasks, DashScope's path
    [InlineData("https://api.openai.com/v1/videos/\u0001/content")]  // the download, not the status
    [InlineData("https://api.openai.com/v1/videos")]                 // the creation
    [InlineData("https://\u0001.runwayml.com/v1/tasks")]             // no id
    public void Other_uris_name_none(string shape) => Assert.Null(MediaEndpoints.StatusProviderOf(shape));

    [Theory]
    [InlineData("https://api.dev.runwayml.com/v1/image_to_video", "runway", "Video", null)]
    [InlineData("\u0001/v1/text_to_image", "runway", "Image", null)]
    [InlineData("\u0001/sdapi/v1/txt2img", "automatic1111", "Image", null)]
    [InlineData("https://api.x.ai/v1/images/generations", "xai", "Image", null)]
    [InlineData("https://api.together.xyz/v1/images/generations", "together", "Image", null)]
    [InlineData("https://api.openai.com/v1/images/generations", "openai", "Image", null)]
    [InlineData("\u0001/v1/images/generations", null, "Image", null)]
    [InlineData("https://\u0001.openai.azure.com/openai/deployments/dalle3/images/generations?api-version=2024-02-01", "azure_openai", "Image", "dalle3")]
    [InlineData("https://api.together.xyz/v2/videos", "together", "Video", null)]
    [InlineData("https://api.x.ai/v1/videos/generations", "xai", "Video", null)]
    [InlineData("https://api.bfl.ai/v1/flux-3-video", "bfl", null, "flux-3-video")]
    [InlineData("https://api.lumalabs.ai/dream-machine/v1/generations", "luma", "Video", null)]
    [InlineData("https://api.lumalabs.ai/dream-machine/v1/generations/image", "luma", "Image", null)]
    [InlineData("https://api.minimax.io/v1/video_generation", "minimax", "Video", null)]
    [InlineData("https://api-singapore.klingai.com/v1/videos/text2video", "kling", "Video", null)]
    [InlineData("https://api.stability.ai/v2beta/stable-image/generate/ultra", "stability", "Image", "ultra")]
    [InlineData("https://queue.fal.run/fal-ai/flux/dev", "fal", null, "fal-ai/flux/dev")]
    [InlineData("https://fal.run/\u0001", "fal", null, null)]
    [InlineData("https://api.replicate.com/v1/models/black-forest-labs/flux-schnell/predictions", "replicate", null, "black-forest-labs/flux-schnell")]
    [InlineData("https://api.replicate.com/v1/predictions", "replicate", null, null)]
    [InlineData("https://api.bfl.ai/v1/flux-pro-1.1", "bfl", null, "flux-pro-1.1")]
    [InlineData("https://generativelanguage.googleapis.com/v1beta/models/veo-3.0-generate-001:predictLongRunning", "google", "Video", "veo-3.0-generate-001")]
    [InlineData("https://us-central1-aiplatform.googleapis.com/v1/projects/p/locations/l/publishers/google/models/veo-3.0-generate-001:predictLongRunning", "google", null, "veo-3.0-generate-001")]
    [InlineData("https://generativelanguage.googleapis.com/v1beta/models/imagen-4.0-generate-001:predict", "google", "Image", "imagen-4.0-generate-001")]
    [InlineData("https://us-central1-aiplatform.googleapis.com/v1/projects/p/locations/l/publishers/google/models/text-embedding-005:predict", "google", null, "text-embedding-005")]
    public void A_creation_uri_names_its_provider_kind_and_model(string shape, string? provider, string? kind, string? model)
    {
        var endpoint = MediaEndpoints.CreationOf(shape);
        Assert.NotNull(endpoint);
        Assert.Equal(provider, endpoint!.Provider);
        Assert.Equal(kind, endpoint.Kind?.ToString());
        Assert.Equal(model, endpoint.ModelInPath);
    }

    [Theory]
    [InlineData("https://api.example.com/v1/tasks")]
    [InlineData("https://api.openai.com/v1/chat/completions")]
    [InlineData("\u0001/v1/generate")]                                  // Ideogram's path needs its host
    [InlineData("https://api.example.com/fal-ai/flux/dev")]              // fal's model path without fal's host
    [InlineData("https://api.openai.com/v1/videos")]                     // OpenAI video: read by the video reader itself
    public void Other_uris_create_nothing(string shape) => Assert.Null(MediaEndpoints.CreationOf(shape));

    [Theory]
    [InlineData("fal-ai/flux/dev", "Image")]
    [InlineData("fal-ai/kling-video/v2.1/standard/text-to-video", "Video")]
    [InlineData("fal-ai/wan-i2v", "Video")]
    [InlineData("fal-ai/bytedance/seedream/v4/text-to-image", "Image")]
    [InlineData("minimax/video-01", "Video")]
    [InlineData("black-forest-labs/flux-schnell", "Image")]
    [InlineData("stability-ai/sdxl", "Image")]
    [InlineData("veo-3.0-generate-001", "Video")]
    [InlineData("imagen-4.0-generate-001", "Image")]
    [InlineData("gemini-2.5-flash-image", "Image")]
    [InlineData("gen4_turbo", "Video")]
    [InlineData("gen4_image", "Image")]
    [InlineData("ray-2", "Video")]
    [InlineData("google/veo-3.1-t2v", "Video")]
    [InlineData("wan-2.1-image-to-video", "Video")]
    [InlineData("meta/meta-llama-3-70b-instruct", null)]
    [InlineData("gemini-2.5-flash", null)]
    [InlineData("swan-chat", null)]
    [InlineData("", null)]
    public void A_model_id_reads_as_an_image_or_video_model_or_neither(string id, string? kind) =>
        Assert.Equal(kind, MediaModelKinds.Of(id)?.ToString());
}
