using GreenAI.Analyzers.Hosting;
using GreenAI.Analyzers.Flow;
using GreenAI.Analyzers.Reporting;

namespace GreenAI.Analyzers.Contracts;

/// <summary>Diagnostic properties of GAI002/GAI003: the estimate contract plus what their fixes need to find the loop.</summary>
internal static class RepetitionProperties
{
    /// <summary>The loop (or recursive method) to cap: an index into the diagnostic's additional locations.</summary>
    public const string LoopLocation = "loop_location";
    public const string LoopShape = "loop_shape";
    public const string MaxIterations = "max_iterations";
    public const string Polling = "polling";
    public const string ItemCount = "item_count";
    public const string LoopInvariant = "loop_invariant";

    /// <summary>GAI002: how many model calls one iteration makes, when more than one (the estimate properties are the first call's).</summary>
    public const string CallsPerIteration = "calls_per_iteration";

    /// <summary>A call of the user's model-calling method: the chain to the model, "Summarizer.SummarizeAsync → IChatClient.GetResponseAsync".</summary>
    public const string Chain = "chain";

    public static PropertySet Create(CallEstimate? estimate, LoopFinding finding, AnalysisServices services)
    {
        var properties = services.NewProperties(estimate?.Estimate.ToProperties());
        properties.Add(LoopShape, ShapeName(finding.Shape));
        properties.AddLocation(LoopLocation, finding.ScopeLocation);
        return properties;
    }

    /// <summary>
    /// A call of the project's model-calling method repeated by a loop: the first SDK call's estimate, the site, the
    /// chain, and how many model calls one call of the method makes when more than one.
    /// </summary>
    public static PropertySet ForWrapper(CallEstimate? first, int modelCalls, LoopFinding finding, AnalysisServices services, string site, string chain)
    {
        var properties = Create(first, finding, services);
        properties.SetSite(site);
        properties.Add(Chain, chain);
        if (modelCalls > 1)
        {
            properties.Add(CallsPerIteration, modelCalls.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return properties;
    }

    // The enum member names, without Enum.ToString's reflection on every diagnostic.
    private static string ShapeName(LoopShape shape) => shape switch
    {
        Flow.LoopShape.Forever => nameof(Flow.LoopShape.Forever),
        Flow.LoopShape.ModelDrivenCondition => nameof(Flow.LoopShape.ModelDrivenCondition),
        Flow.LoopShape.Recursion => nameof(Flow.LoopShape.Recursion),
        Flow.LoopShape.PerItem => nameof(Flow.LoopShape.PerItem),
        Flow.LoopShape.AgentRunner => nameof(Flow.LoopShape.AgentRunner),
        _ => shape.ToString(),
    };
}
