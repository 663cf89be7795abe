namespace GreenAI.Analyzers;

/// <summary>
/// Rule ids (spelled in <see cref="GreenAI.Impact.RuleIds"/>, which the review tool reads too), their categories and
/// their help links to their pages (docs/rules/GAI001.md, …). Ids are stable once shipped (AnalyzerReleases.Shipped.md); each rule's descriptor is
/// in its own file under Rules/.
/// </summary>
public static class DiagnosticIds
{
    public const string LargeModel = GreenAI.Impact.RuleIds.LargeModel;
    public const string UnboundedLoop = GreenAI.Impact.RuleIds.UnboundedLoop;
    public const string CallPerItem = GreenAI.Impact.RuleIds.CallPerItem;
    public const string VideoGeneration = GreenAI.Impact.RuleIds.VideoGeneration;
    public const string ImageGeneration = GreenAI.Impact.RuleIds.ImageGeneration;
    public const string NoOutputCap = GreenAI.Impact.RuleIds.NoOutputCap;
    public const string RepeatedRequest = GreenAI.Impact.RuleIds.RepeatedRequest;
    public const string HighReasoningEffort = GreenAI.Impact.RuleIds.HighReasoningEffort;
    public const string EstimatedImpact = GreenAI.Impact.RuleIds.EstimatedImpact;
    public const string UnknownModel = GreenAI.Impact.RuleIds.UnknownModel;
    public const string UnreadableOption = GreenAI.Impact.RuleIds.UnreadableOption;

    public const string HelpLinkBase = "https://github.com/greenai-analyzers/GreenAI.Analyzers/blob/main/docs/rules/";

    public static string HelpLink(string id) => HelpLinkBase + id + ".md";

    public static class Categories
    {
        public const string Impact = "GreenAI.Impact";
        public const string ModelChoice = "GreenAI.ModelChoice";
        public const string Repetition = "GreenAI.Repetition";
        public const string Configuration = "GreenAI.Configuration";
    }
}
