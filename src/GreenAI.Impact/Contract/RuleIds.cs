using System;
using System.Collections.Generic;

namespace GreenAI.Impact;

/// <summary>
/// The rule ids, spelled once for the analyzers that report them and the review tool that reads them from a build's
/// log (rules.md lists what each is about). Ids are stable once shipped.
/// </summary>
public static class RuleIds
{
    public const string Prefix = "GAI";

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

    /// <summary>GAI9xx: about the configuration, not about a place in the code.</summary>
    public static bool IsConfiguration(string id) => id.StartsWith(Prefix + "9", StringComparison.Ordinal);

    private static readonly Dictionary<string, string> FixedPhrases = new(StringComparer.Ordinal)
    {
        [UnboundedLoop] = "loop now bounded (was unbounded: no limit on calls)",
        [CallPerItem] = "no longer one call per item",
        [NoOutputCap] = "output now capped",
        [RepeatedRequest] = "request now cached",
    };

    /// <summary>What a review says when a finding of this rule is gone ("loop now bounded"); null: "fixed" and the rule's title.</summary>
    public static string? FixedPhrase(string id) => FixedPhrases.TryGetValue(id, out var phrase) ? phrase : null;
}
