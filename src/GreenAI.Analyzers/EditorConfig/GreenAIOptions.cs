using System;
using System.Collections.Generic;
using System.Globalization;
using GreenAI.Impact;
using GreenAI.Analyzers.ModelIds;
using GreenAI.Impact.Models;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GreenAI.Analyzers.EditorConfig;

/// <summary>The typed options in force for one syntax tree, with their defaults. Unreadable values fall back to the default.</summary>
internal sealed class GreenAIOptions
{
    /// <summary>400 output tokens: the unit of Mistral's published lifecycle analysis of a Le Chat answer.</summary>
    public const int DefaultOutputTokensDefault = 400;

    /// <summary>30 B active parameters: the lower estimate of gpt-5, the smallest model the rule must call large (rules.md § GAI001).</summary>
    public const double LargeModelMinActiveParamsDefault = 30;

    /// <summary>10 iterations: the cap the GAI002 fix writes unless green_ai.max_loop_iterations says otherwise.</summary>
    public const int MaxLoopIterationsDefault = 10;

    /// <summary>1,024 output tokens: the cap the GAI006 fix writes, and the largest Anthropic MaxTokens it leaves alone (Anthropic's own M.E.AI default).</summary>
    public const int MaxOutputTokensDefault = 1024;

    public static readonly GreenAIOptions Defaults = new(
        DefaultOutputTokensDefault, null, LargeModelMinActiveParamsDefault, NameMap.Empty, NameMap.Empty, ModelDeclarations.None, MaxLoopIterationsDefault);

    private GreenAIOptions(
        int defaultOutputTokens,
        string? electricityZone,
        double largeModelMinActiveParams,
        IReadOnlyDictionary<string, string> modelAlternatives,
        IReadOnlyDictionary<string, string> azureDeployments,
        ModelDeclarations declarations,
        int maxLoopIterations,
        IReadOnlyList<OptionProblem>? problems = null)
    {
        Problems = problems ?? Array.Empty<OptionProblem>();
        MaxLoopIterations = maxLoopIterations;
        DefaultOutputTokens = defaultOutputTokens;
        ElectricityZone = electricityZone;
        LargeModelMinActiveParams = largeModelMinActiveParams;
        ModelAlternatives = modelAlternatives;
        AzureDeployments = azureDeployments;
        Declarations = declarations;
    }

    private string? _maxOutputTokensText;
    private string? _maxLoopIterationsText;

    public int DefaultOutputTokens { get; }

    /// <summary>The output cap the GAI006 fix inserts.</summary>
    public int MaxOutputTokens { get; private set; } = MaxOutputTokensDefault;

    /// <summary><see cref="MaxOutputTokens"/> as written in diagnostics, formatted once rather than per diagnostic.</summary>
    public string MaxOutputTokensText => _maxOutputTokensText ??= MaxOutputTokens.ToString(CultureInfo.InvariantCulture);

    /// <summary>The iteration cap the GAI002 fix inserts.</summary>
    public int MaxLoopIterations { get; }

    /// <summary><see cref="MaxLoopIterations"/> as written in diagnostics.</summary>
    public string MaxLoopIterationsText => _maxLoopIterationsText ??= MaxLoopIterations.ToString(CultureInfo.InvariantCulture);

    /// <summary>A zone of the EcoLogits mixes, or null to use each provider's default.</summary>
    public string? ElectricityZone { get; }

    public double LargeModelMinActiveParams { get; }

    /// <summary>large id → the smaller id to suggest, overriding the built-in table.</summary>
    public IReadOnlyDictionary<string, string> ModelAlternatives { get; }

    /// <summary>Azure OpenAI deployment name → the model it serves.</summary>
    public IReadOnlyDictionary<string, string> AzureDeployments { get; }

    /// <summary>Whether an Azure deployment name that reads as a model id, and is not mapped, is taken as that model.</summary>
    public bool DeploymentNamesAsModels { get; private set; } = true;

    /// <summary>Models the user declared with green_ai.model.&lt;id&gt;.active_params / .total_params.</summary>
    public ModelDeclarations Declarations { get; }

    /// <summary>Values that could not be read (each replaced by its default).</summary>
    public IReadOnlyList<OptionProblem> Problems { get; }

    public ModelMatch? Resolve(string? id) => Declarations.Find(id) ?? ModelIdResolver.Resolve(id);

    /// <summary>
    /// The model an Azure deployment name stands for: its mapping in green_ai.azure_deployments, else — unless
    /// green_ai.azure_deployment_names_as_models is false — the model whose id the name is ("gpt-4o",
    /// "gpt-4o-2024-08-06"), marked as taken from the deployment. False for other names ("chat-prod"); true with a
    /// null match for a mapping to a model the catalogue lacks.
    /// </summary>
    public bool TryResolveDeployment(string name, out string modelId, out ModelMatch? match)
    {
        if (AzureDeployments.TryGetValue(name, out modelId!))
        {
            match = Resolve(modelId);
            return true;
        }

        modelId = name;
        match = DeploymentNamesAsModels && Resolve(name) is { ReadsAsDeploymentName: true } named ? named.AsDeployment(name) : null;
        return match != null;
    }

    public static GreenAIOptions Read(AnalyzerConfigOptions options)
    {
        var problems = new List<OptionProblem>();
        int outputTokens = PositiveInt(options, OptionKeys.DefaultOutputTokens, DefaultOutputTokensDefault, problems);
        int maxIterations = PositiveInt(options, OptionKeys.MaxLoopIterations, MaxLoopIterationsDefault, problems);
        int maxOutputTokens = PositiveInt(options, OptionKeys.MaxOutputTokens, MaxOutputTokensDefault, problems);

        string? zone = null;
        if (options.TryGetValue(OptionKeys.ElectricityZone, out var zoneText))
        {
            zone = ElectricityMixes.Find(zoneText)?.Zone;
            if (zone == null)
            {
                problems.Add(new OptionProblem(OptionKeys.ElectricityZone, zoneText, "a zone of the EcoLogits electricity mixes: an ISO 3166 alpha-3 code such as FRA, USA, SWE, or WOR for the world", "each provider's default zone"));
            }
        }

        double threshold = LargeModelMinActiveParamsDefault;
        if (options.TryGetValue(OptionKeys.LargeModelMinActiveParams, out var thresholdText))
        {
            if (double.TryParse(thresholdText.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && parsed > 0 && !double.IsInfinity(parsed))
            {
                threshold = parsed;
            }
            else
            {
                problems.Add(new OptionProblem(OptionKeys.LargeModelMinActiveParams, thresholdText, "a positive number of billions of parameters, such as 30", "30"));
            }
        }

        var alternatives = Map(options, OptionKeys.ModelAlternatives, problems);
        var deployments = Map(options, OptionKeys.AzureDeployments, problems);
        var declarations = ModelDeclarations.Read(options, problems);
        bool deploymentNamesAsModels = Switch(options, OptionKeys.DeploymentNamesAsModels, true, problems);

        bool allDefault = outputTokens == DefaultOutputTokensDefault && zone == null && threshold == LargeModelMinActiveParamsDefault
            && alternatives.Count == 0 && deployments.Count == 0 && declarations.IsEmpty && maxIterations == MaxLoopIterationsDefault && problems.Count == 0
            && maxOutputTokens == MaxOutputTokensDefault && deploymentNamesAsModels;
        return allDefault
            ? Defaults
            : new GreenAIOptions(outputTokens, zone, threshold, alternatives, deployments, declarations, maxIterations, problems)
            {
                MaxOutputTokens = maxOutputTokens,
                DeploymentNamesAsModels = deploymentNamesAsModels,
            };
    }

    private static int PositiveInt(AnalyzerConfigOptions options, string key, int fallback, List<OptionProblem> problems)
    {
        if (!options.TryGetValue(key, out var text))
        {
            return fallback;
        }

        if (int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0)
        {
            return value;
        }

        problems.Add(new OptionProblem(key, text, "a positive whole number", fallback.ToString(CultureInfo.InvariantCulture)));
        return fallback;
    }

    private static bool Switch(AnalyzerConfigOptions options, string key, bool fallback, List<OptionProblem> problems)
    {
        if (!options.TryGetValue(key, out var text))
        {
            return fallback;
        }

        if (bool.TryParse(text.Trim(), out var value))
        {
            return value;
        }

        problems.Add(new OptionProblem(key, text, "true or false", fallback ? "true" : "false"));
        return fallback;
    }

    private static IReadOnlyDictionary<string, string> Map(AnalyzerConfigOptions options, string key, List<OptionProblem> problems)
    {
        if (!options.TryGetValue(key, out var text))
        {
            return NameMap.Empty;
        }

        var map = NameMap.Parse(text);
        if (map == null)
        {
            problems.Add(new OptionProblem(key, text, "a comma-separated list of name:model pairs, such as chat-prod:gpt-4o, cheap:gpt-4o-mini", "an empty list"));
        }

        return map ?? NameMap.Empty;
    }
}
