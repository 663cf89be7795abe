namespace GreenAI.Analyzers.Contracts;

/// <summary>What GAI008 writes into a diagnostic's properties and its fix (LowerReasoningEffortCodeFixProvider) reads.</summary>
internal static class ReasoningEffortProperties
{
    /// <summary>The effort level one step down (the member name of the SDK's level type).</summary>
    public const string LowerLevel = "lower";

    /// <summary>The thinking budget one step down.</summary>
    public const string LowerBudget = "lower_budget";
}
