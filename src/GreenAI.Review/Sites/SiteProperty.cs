using GreenAI.Impact;

namespace GreenAI.Review.Sites;

/// <summary>The analyzers' <c>site</c> property: "Namespace.Type.Member|what" (rules.md § Diagnostic properties).</summary>
internal static class SiteProperty
{
    public const string Name = PropertyNames.Site;

    /// <summary>What a site key ends with when the diagnostic is on a model choice (GAI001) or a reasoning setting (GAI008).</summary>
    public const string ModelChoice = PropertyNames.SiteOfModelChoice;

    public const string ReasoningSetting = PropertyNames.SiteOfReasoningSetting;

    /// <summary>Every GreenAI diagnostic but GAI011 (unknown model, per compilation) and GAI9xx (options) is about a site.</summary>
    public static bool IsExpected(string ruleId) => ruleId != RuleIds.UnknownModel && !RuleIds.IsConfiguration(ruleId);
}
