namespace GreenAI.Analyzers.Media;

/// <summary>Which video API a request goes to: it decides the field names and the values the API accepts.</summary>
internal enum VideoApi
{
    /// <summary>OpenAI <c>POST /v1/videos</c> (VideoClient or raw HTTP): <c>model</c>, <c>seconds</c>, <c>size</c> "WxH".</summary>
    OpenAI,

    /// <summary>Azure OpenAI <c>POST …/video/generations/jobs</c>: <c>model</c>, <c>n_seconds</c>, <c>width</c>, <c>height</c>, <c>n_variants</c>.</summary>
    AzureOpenAI,

    /// <summary>Google GenAI Veo <c>Models.GenerateVideosAsync</c>: <c>GenerateVideosConfig</c> DurationSeconds, Resolution, NumberOfVideos.</summary>
    GoogleVeo,

    /// <summary>Another provider of the engine's table over raw HTTP (Runway, Luma, MiniMax, Kling, fal.ai, …): the field names of <see cref="HttpMediaFields"/>.</summary>
    OtherProvider,
}
