using System.Collections.Generic;

namespace Google.GenAI.Types;

public sealed class GenerateVideosSource
{
    public string? Prompt { get; set; }
}

public sealed class GenerateVideosConfig
{
    public int? NumberOfVideos { get; set; }

    public int? DurationSeconds { get; set; }

    /// <summary>"720p", "1080p" or "4k".</summary>
    public string? Resolution { get; set; }

    public string? AspectRatio { get; set; }
}

public sealed class GenerateVideosOperation
{
    public string? Name { get; set; }

    public bool? Done { get; set; }
}

public sealed class GetOperationConfig
{
}

public sealed class Content
{
    public List<Part>? Parts { get; set; }

    public string? Role { get; set; }
}

public sealed class Part
{
    public string? Text { get; set; }

    public static Part FromText(string text) => new() { Text = text };
}

public sealed class GenerateContentConfig
{
    public Content? SystemInstruction { get; set; }

    public double? Temperature { get; set; }

    public int? MaxOutputTokens { get; set; }

    public ThinkingConfig? ThinkingConfig { get; set; }
}

public sealed class ThinkingConfig
{
    public bool? IncludeThoughts { get; set; }

    public int? ThinkingBudget { get; set; }
}

public sealed class GenerateContentResponse
{
    public string? Text { get; set; }
}

public sealed class GenerateImagesConfig
{
    public int? NumberOfImages { get; set; }

    public string? AspectRatio { get; set; }

    /// <summary>"1K" or "2K".</summary>
    public string? ImageSize { get; set; }
}

public sealed class EditImageConfig
{
    public int? NumberOfImages { get; set; }

    public string? AspectRatio { get; set; }
}

public sealed class UpscaleImageConfig
{
    public string? OutputMimeType { get; set; }
}

public sealed class Image
{
    public byte[]? ImageBytes { get; set; }

    public string? MimeType { get; set; }
}

public interface IReferenceImage
{
}

public sealed class GeneratedImage
{
    public Image? Image { get; set; }
}

public sealed class GenerateImagesResponse
{
    public List<GeneratedImage>? GeneratedImages { get; set; }
}

public sealed class EditImageResponse
{
    public List<GeneratedImage>? GeneratedImages { get; set; }
}

public sealed class UpscaleImageResponse
{
    public List<GeneratedImage>? GeneratedImages { get; set; }
}

public sealed class EmbedContentConfig
{
    public int? OutputDimensionality { get; set; }
}

public sealed class EmbedContentResponse
{
}

public sealed class LiveConnectConfig
{
}
