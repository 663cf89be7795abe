using GreenAI.Analyzers.EditorConfig;
using GreenAI.Impact;
using GreenAI.Impact.Models;

namespace GreenAI.Analyzers.Reporting;

/// <summary>Names the model and provider in a message: "gpt-4o via OpenAI", "gpt-5.2 (as gpt-5) via OpenAI".</summary>
internal static class ModelDisplay
{
    public static string Describe(ModelMatch match, ImpactEstimate estimate)
    {
        var provider = Providers.Find(estimate.Provider)?.DisplayName ?? estimate.Provider;
        return Name(match) + " via " + provider;
    }

    /// <summary>
    /// "gpt-4o", or "gpt-5.2 (as gpt-5, same family)" when the numbers are for another catalogue name, or
    /// "deployment 'gpt-4o', taken as model gpt-4o (map it in green_ai.azure_deployments)".
    /// </summary>
    public static string Name(ModelMatch match) =>
        match.Deployment != null
            ? "deployment '" + match.Deployment + "', taken as model " + match.Label + " (map it in " + OptionKeys.AzureDeployments + ")"
            : match.Label;
}
