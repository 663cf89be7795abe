namespace GreenAI.Analyzers.Media;

/// <summary>
/// The body field names the image and video providers use for each request value (rules.md § Media providers). Names
/// compare ignoring case, '_' and '-' (<see cref="RequestFields"/>): <c>num_images</c> is also <c>NumImages</c>.
/// </summary>
internal static class HttpMediaFields
{
    /// <summary>model (most), model_name (Kling), modelId (Leonardo), version (Replicate: "owner/name:hash").</summary>
    public static readonly string[] Model = { "model", "model_name", "model_id", "version" };

    /// <summary>seconds (Together), duration (Runway, Luma "5s", MiniMax, Kling "5", fal), durationSeconds (Veo REST).</summary>
    public static readonly string[] Seconds = { "seconds", "duration", "duration_seconds", "n_seconds" };

    /// <summary>size (OpenAI-style "1024x1024"), resolution ("720p", "768P"), ratio (Runway "1280:720"), image_size (fal).</summary>
    public static readonly string[] Size = { "size", "resolution", "ratio", "image_size" };

    public static readonly string[] Width = { "width" };

    public static readonly string[] Height = { "height" };

    /// <summary>n (OpenAI-style, MiniMax), num_images (fal), num_outputs (Replicate), samples (Stability v1), sampleCount (Google), n_variants, num_videos.</summary>
    public static readonly string[] Count = { "n", "num_images", "num_outputs", "samples", "sample_count", "number_of_images", "n_variants", "num_videos" };

    /// <summary>
    /// Parameters only a video generation takes, when the model does not say what it makes (a Replicate version from
    /// settings): its length or its frames.
    /// </summary>
    public static readonly string[] VideoOnly = { "duration", "duration_seconds", "n_seconds", "fps", "frames_per_second", "num_frames", "video_length" };

    /// <summary>
    /// Parameters of a diffusion model, image or video (Replicate's and fal's Flux, SDXL, Wan models): with no video
    /// parameter beside them, the request makes images.
    /// </summary>
    public static readonly string[] Diffusion = { "num_inference_steps", "guidance_scale", "negative_prompt", "lora_scale", "num_outputs", "num_images", "aspect_ratio", "image_size" };

    /// <summary>Parameters of a text generation: a body that has them is a language model's, whatever else it has.</summary>
    public static readonly string[] TextOnly = { "max_tokens", "max_new_tokens", "max_completion_tokens", "temperature", "top_p", "messages", "system_prompt", "stop_sequences" };

    /// <summary>output_format values: an image's or a video's file type.</summary>
    public static readonly string[] ImageFormats = { "png", "jpg", "jpeg", "webp" };

    public static readonly string[] VideoFormats = { "mp4", "webm", "mov", "gif" };
}
