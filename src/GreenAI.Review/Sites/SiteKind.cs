namespace GreenAI.Review.Sites;

/// <summary>What a site is: a model call (whose estimates add up), or a place that chooses a model or a reasoning level.</summary>
internal enum SiteKind
{
    Call,
    ModelChoice,
    ReasoningSetting,
}
