namespace GreenAI.Analyzers;

/// <summary>
/// Rule ids, their categories and their help links into rules.md: the one place each is spelled. Ids are stable once
/// shipped (AnalyzerReleases.Shipped.md); each rule's descriptor is in its own file under Rules/.
/// </summary>
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

    public const string HelpLinkBase = "https://github.com/greenai-analyzers/GreenAI.Analyzers/blob/main/rules.md#";

    public static string HelpLink(string id) => HelpLinkBase + id.ToLowerInvariant();

    public static class Categories
    {
        public const string Impact = "GreenAI.Impact";
        public const string ModelChoice = "GreenAI.ModelChoice";
        public const string Repetition = "GreenAI.Repetition";
        public const string Configuration = "GreenAI.Configuration";
    }
}
