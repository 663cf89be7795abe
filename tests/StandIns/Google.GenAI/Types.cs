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
