namespace GreenAI.Analyzers;

/// <summary>Rule ids. Stable once shipped (AnalyzerReleases.Shipped.md).</summary>
public static class DiagnosticIds
{
    public const string LargeModel = "GAI001";
    public const string UnboundedLoop = "GAI002";
    public const string CallPerItem = "GAI003";
    public const string VideoGeneration = "GAI004";
    public const string ImageGeneration = "GAI005";
    public const string NoOutputCap = "GAI006";
    public const string RepeatedRequest = "GAI007";
    public const string HighReasoningEffort = "GAI008";
    public const string EstimatedImpact = "GAI010";
    public const string UnknownModel = "GAI011";
    public const string UnreadableOption = "GAI900";
}
