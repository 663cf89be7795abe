using GreenAI.Analyzers.Caching;
using GreenAI.Analyzers.EditorConfig;
using GreenAI.Impact;
using GreenAI.Analyzers.ModelIds;
using GreenAI.Impact.Models;
using GreenAI.Analyzers.Sdk;

namespace GreenAI.Analyzers.Reporting;

/// <summary>The estimate of one text-generation call whose model resolves (the largest when the code chooses between models).</summary>
internal sealed class CallEstimate
{
    /// <summary>What an estimate depends on; options compare by reference (one instance per distinct reading).</summary>
    internal readonly struct Key : System.IEquatable<Key>
    {
        public Key(GreenAIOptions options, string id, bool deployment, int tokens, string? provider) =>
            (Options, Id, Deployment, Tokens, Provider) = (options, id, deployment, tokens, provider);

        public GreenAIOptions Options { get; }

        public string Id { get; }

        public bool Deployment { get; }

        public int Tokens { get; }

        public string? Provider { get; }

        public bool Equals(Key other) =>
            ReferenceEquals(Options, other.Options) && Id == other.Id && Deployment == other.Deployment && Tokens == other.Tokens && Provider == other.Provider;

        public override bool Equals(object? obj) => obj is Key other && Equals(other);

        public override int GetHashCode() =>
            (((((System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(Options) * 31) + Id.GetHashCode()) * 31) + Tokens) * 31) + (Provider?.GetHashCode() ?? 0) + (Deployment ? 1 : 0);
    }

    private CallEstimate(ModelMatch match, ImpactEstimate estimate)
    {
        Match = match;
        Estimate = estimate;
    }

    public ModelMatch Match { get; }

    public ImpactEstimate Estimate { get; }

    private string? _perIteration;
    private string? _perItem;
    private string? _tail;

    /// <param name="shared">The compilation's estimates: the same model id, output tokens and provider under the same
    /// options give the same estimate and texts, shared by every call that names them.</param>
    public static CallEstimate? For(ModelCall call, GreenAIOptions options, CompilationCache<Key, CallEstimate?> shared)
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

        var key = new Key(options, call.Model.Candidates[0].Id, call.Model.IsDeploymentName, tokens, call.Provider);
        return shared.GetOrAdd(key, call.Model, static (k, model) => Create(model, k.Tokens, k.Provider, k.Options));
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

    /// <summary>"(gpt-4o, 400 output tokens, USA mix, EcoLogits 0.9.3 (5be90da))": the model and assumptions that end every message quoting this estimate.</summary>
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
