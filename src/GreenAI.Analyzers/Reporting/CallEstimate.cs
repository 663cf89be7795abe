using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using GreenAI.Analyzers.Impact;
using GreenAI.Analyzers.Models;
using GreenAI.Analyzers.Options;
using GreenAI.Analyzers.Sdk;

namespace GreenAI.Analyzers.Reporting;

/// <summary>The estimate of one text-generation call whose model resolves (the largest when the code chooses between models).</summary>
internal sealed class CallEstimate
{
    private CallEstimate(ModelMatch match, ImpactEstimate estimate)
    {
        Match = match;
        Estimate = estimate;
    }

    public ModelMatch Match { get; }

    public ImpactEstimate Estimate { get; }

    // The same model id, output tokens and provider under the same options give the same estimate and texts: shared
    // by every call that names them (the GAI002/GAI003 diagnostics of a code base name a handful of models).
    private static readonly ConditionalWeakTable<GreenAIOptions, ConcurrentDictionary<(string Id, bool Deployment, int Tokens, string? Provider), CallEstimate?>> Shared = new();

    private string? _perIteration;
    private string? _perItem;
    private string? _tail;

    public static CallEstimate? For(ModelCall call, GreenAIOptions options)
    {
        if (call.Definition.Modality != Modality.Chat || call.Model.Kind != ModelIdValueKind.Constant)
        {
            return null;
        }

        int tokens = call.OutputCap ?? options.DefaultOutputTokens;
        if (call.Model.Candidates.Length != 1)
        {
            return Create(call.Model, tokens, call.Provider, options); // the code chooses between models: rare, not shared
        }

        var estimates = Shared.GetValue(options, static _ => new ConcurrentDictionary<(string, bool, int, string?), CallEstimate?>());
        var key = (call.Model.Candidates[0].Id, call.Model.IsDeploymentName, tokens, call.Provider);
        return estimates.TryGetValue(key, out var known) ? known : estimates.GetOrAdd(key, Create(call.Model, tokens, call.Provider, options));
    }

    private static CallEstimate? Create(ModelIdValue modelId, int tokens, string? provider, GreenAIOptions options)
    {
        var match = ModelSize.Largest(ResolvedModel.ResolveAll(modelId, options));
        if (match == null)
        {
            return null; // Unknown model: no estimate, never a guess.
        }

        return new CallEstimate(match, LlmEstimator.Estimate(match.Entry, tokens, provider, options.ElectricityZone));
    }

    /// <summary>"(gpt-4o, 400 output tokens, USA mix, EcoLogits 0.9.1)": the model and assumptions that end every message quoting this estimate.</summary>
    public string Tail => _tail ??= "(" + ModelDisplay.Name(Match) + ", " + EstimateText.Assumptions(Estimate) + ")";

    /// <summary>
    /// "≈0.85–1.53 Wh per iteration (gpt-4o, …)", or, without an estimate, "no estimate per iteration (the model is not
    /// a constant here)".
    /// </summary>
    public static string PerRepetition(CallEstimate? estimate, RepetitionUnit unit) => unit switch
    {
        RepetitionUnit.Iteration => estimate == null ? NoEstimatePerIteration : estimate._perIteration ??= estimate.Text(unit),
        _ => estimate == null ? NoEstimatePerItem : estimate._perItem ??= estimate.Text(unit),
    };

    private const string NoEstimatePerIteration = "no estimate per iteration (the model is not a constant here)";
    private const string NoEstimatePerItem = "no estimate per item (the model is not a constant here)";

    private string Text(RepetitionUnit unit) =>
        EstimateText.Energy(Estimate) + (unit == RepetitionUnit.Iteration ? " per iteration " : " per item ") + Tail;
}

/// <summary>What a repeated call is counted per in a message.</summary>
internal enum RepetitionUnit
{
    Iteration,
    Item,
}
