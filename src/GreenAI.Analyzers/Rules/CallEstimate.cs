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

    public static CallEstimate? For(ModelCall call, GreenAIOptions options)
    {
        if (call.Definition.Modality != Modality.Chat || call.Model.Kind != ModelIdValueKind.Constant)
        {
            return null;
        }

        var model = ModelSize.Largest(ResolvedModel.ResolveAll(call.Model, options));
        if (model?.Match == null)
        {
            return null; // Unknown model: no estimate, never a guess.
        }

        var estimate = LlmEstimator.Estimate(model.Match.Entry, call.OutputCap ?? options.DefaultOutputTokens, call.Provider, options.ElectricityZone);
        return new CallEstimate(model.Match, estimate);
    }

    /// <summary>"≈0.85–1.53 Wh per iteration (gpt-4o, 400 output tokens, USA mix, EcoLogits 0.9.1)".</summary>
    public string PerRepetition(string unit) =>
        EstimateText.Energy(Estimate) + " per " + unit + " (" + ModelDisplay.Name(Match) + ", " + EstimateText.Assumptions(Estimate) + ")";
}
