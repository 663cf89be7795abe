namespace GreenAI.Impact.Media;

/// <summary>What a generation request makes.</summary>
public enum MediaKind
{
    Image,
    Video,
}
