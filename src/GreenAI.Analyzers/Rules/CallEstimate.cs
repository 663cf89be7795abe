using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using GreenAI.Analyzers.Impact;
using GreenAI.Analyzers.Models;
using GreenAI.Analyzers.Options;
using GreenAI.Analyzers.Sdk;

namespace GreenAI.Analyzers.Rules;

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

    /// <summary>"≈0.85–1.53 Wh per iteration (gpt-4o, 400 output tokens, USA mix, EcoLogits 0.9.1)".</summary>
    public string PerRepetition(string unit) => unit switch
    {
        "iteration" => _perIteration ??= Text(unit),
        "item" => _perItem ??= Text(unit),
        _ => Text(unit),
    };

    private string Text(string unit) =>
        EstimateText.Energy(Estimate) + " per " + unit + " (" + ModelDisplay.Name(Match) + ", " + EstimateText.Assumptions(Estimate) + ")";
}
