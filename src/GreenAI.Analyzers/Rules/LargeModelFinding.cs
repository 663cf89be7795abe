using System.Collections.Generic;
using System.Collections.Immutable;
using GreenAI.Analyzers.Caching;
using GreenAI.Analyzers.Contracts;
using GreenAI.Analyzers.EditorConfig;
using GreenAI.Analyzers.Flow;
using GreenAI.Impact;
using GreenAI.Analyzers.ModelIds;
using GreenAI.Impact.Models;
using GreenAI.Analyzers.Reporting;
using GreenAI.Analyzers.Sdk;

namespace GreenAI.Analyzers.Rules;

/// <summary>A large model, its smaller alternative, both estimates and what the fix needs (GAI001).</summary>
internal sealed class LargeModelFinding
{
    /// <summary>
    /// The findings of one compilation: the same model id in the same kind of slot, with the same output tokens and
    /// options (by reference), gives the same finding, shared by every diagnostic it makes.
    /// </summary>
    internal sealed class Cache
    {
        public CompilationCache<(GreenAIOptions Options, ModelSlotDefinition Slot, string ModelId, string? Deployment, int Tokens), LargeModelFinding?> Findings { get; } = new();
    }

    private LargeModelFinding(string modelText, string alternativeId, ImpactEstimate large, ImpactEstimate small, ImmutableDictionary<string, string?> properties)
    {
        ModelText = modelText;
        AlternativeId = alternativeId;
        Large = large;
        Small = small;
        Properties = properties;
        LargeEnergyText = EstimateText.Energy(large);
        SmallEnergyText = EstimateText.Energy(small);
        RatioText = "≈" + EstimateText.Range(new ValueRange(large.EnergyWh.Min / small.EnergyWh.Min, large.EnergyWh.Max / small.EnergyWh.Max)) + "×";
        AssumptionsText = EstimateText.Assumptions(large);
    }

    public string ModelText { get; }

    public string AlternativeId { get; }

    public ImpactEstimate Large { get; }

    public ImpactEstimate Small { get; }

    public ImmutableDictionary<string, string?> Properties { get; }

    /// <summary>"≈24–34×": how many times less energy the alternative uses (min with min, max with max).</summary>
    public string RatioText { get; }

    public string LargeEnergyText { get; }

    public string SmallEnergyText { get; }

    public string AssumptionsText { get; }

    /// <summary>The arguments of GAI001's message, in its order: the model, its energy, the alternative, its energy, the ratio, the assumptions.</summary>
    public object[] MessageArguments() => new object[] { ModelText, LargeEnergyText, AlternativeId, SmallEnergyText, RatioText, AssumptionsText };

    /// <summary>The finding for a model written in a slot, or null when the model is not large or has no smaller alternative.</summary>
    public static LargeModelFinding? For(in ResolvedModel model, ModelSlotUse use, GreenAIOptions options, Cache shared, int? callCap = null)
    {
        if (model.Match == null)
        {
            return null;
        }

        int tokens = (use.Owner != null && use.Slot.OutputCapProperty != null
            ? ObjectInitializers.PositiveIntOf(use.Owner, use.Slot.OutputCapProperty, default)
            : null) ?? callCap ?? options.DefaultOutputTokens;
        return Shared(model, use.Slot, tokens, options, shared);
    }

    /// <summary>The finding for a model written outside this project's code (a settings file, another project), assuming the default output tokens.</summary>
    public static LargeModelFinding? ForOutsideCode(in ResolvedModel model, ModelSlotDefinition slot, GreenAIOptions options, Cache shared) =>
        model.Match == null ? null : Shared(model, slot, options.DefaultOutputTokens, options, shared);

    private static LargeModelFinding? Shared(in ResolvedModel model, ModelSlotDefinition slot, int tokens, GreenAIOptions options, Cache shared) =>
        shared.Findings.GetOrAdd((options, slot, model.ModelId, model.DeploymentName, tokens), model, static (key, resolved) => Create(resolved, key.Slot, key.Tokens, key.Options));

    /// <summary>Depends only on what the cache key holds: the match is the options' reading of the model id.</summary>
    private static LargeModelFinding? Create(in ResolvedModel model, ModelSlotDefinition slot, int tokens, GreenAIOptions options)
    {
        var match = model.Match;
        if (match == null || match.Entry.ActiveParamsB.Min < options.LargeModelMinActiveParams)
        {
            return null;
        }

        var builtIn = ModelAlternatives.BuiltIn(match.Entry);
        var configured = ModelAlternatives.Configured(match, options.ModelAlternatives);
        var alternativeId = configured ?? (builtIn.IsEmpty ? null : builtIn[0]);
        var alternative = alternativeId == null ? null : options.Resolve(alternativeId);
        if (alternativeId == null || alternative == null || alternative.Entry == match.Entry)
        {
            return null;
        }

        var large = LlmEstimator.Estimate(match.Entry, tokens, slot.Provider, options.ElectricityZone);
        var small = LlmEstimator.Estimate(alternative.Entry, tokens, slot.Provider, options.ElectricityZone);
        if (small.EnergyWh.Max >= large.EnergyWh.Max)
        {
            return null; // A configured "alternative" that is not smaller is no advice.
        }

        var properties = large.ToProperties().ToBuilder();
        properties[LargeModelProperties.Alternative] = alternativeId;
        var smallProperties = small.ToProperties(); // built once per estimate: the round-trip numbers are already there
        properties[LargeModelProperties.AlternativeEnergyMin] = smallProperties[PropertyNames.EnergyWhMin];
        properties[LargeModelProperties.AlternativeEnergyMax] = smallProperties[PropertyNames.EnergyWhMax];
        if (slot.OwnModelNames && configured == null)
        {
            properties[LargeModelProperties.NoFix] = LargeModelProperties.NoFixRuntimeModelNames;
        }
        else if (!builtIn.IsEmpty && builtIn[0] != alternativeId && !slot.OwnModelNames)
        {
            properties[LargeModelProperties.BuiltInAlternative] = builtIn[0];
        }

        if (model.DeploymentName != null)
        {
            properties[LargeModelProperties.SlotKind] = LargeModelProperties.SlotKindDeployment;
            if (DeploymentServing(alternative.Entry, options) is { } deployment)
            {
                properties[LargeModelProperties.AlternativeDeployment] = deployment;
            }
        }

        var modelText = model.DeploymentName != null && match.Deployment == null
            ? model.DeploymentName + " (" + ModelDisplay.Name(match) + ")"
            : ModelDisplay.Name(match);
        return new LargeModelFinding(modelText, alternativeId, large, small, properties.ToImmutable());
    }

    private static string? DeploymentServing(ModelEntry alternative, GreenAIOptions options)
    {
        foreach (KeyValuePair<string, string> deployment in options.AzureDeployments)
        {
            if (options.Resolve(deployment.Value)?.Entry == alternative)
            {
                return deployment.Key;
            }
        }

        return null;
    }
}
