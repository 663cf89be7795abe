namespace GreenAI.Analyzers.Sdk;

/// <summary>What a model call produces. GAI010/GAI001 estimate text generation; the loop rules count every kind.</summary>
internal enum Modality
{
    Chat,
    Embedding,
    Image,
    Video,
    Audio,

    /// <summary>Asks for the status of a generation job (a video, an Assistants run): cheap alone, costly in a loop that never stops.</summary>
    JobStatus,
}
