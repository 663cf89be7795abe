namespace GreenAI.Analyzers.EditorConfig;

/// <summary>The .editorconfig keys this package reads (documented in rules.md § Options).</summary>
internal static class OptionKeys
{
    public const string DefaultOutputTokens = "green_ai.default_output_tokens";
    public const string ElectricityZone = "green_ai.electricity_zone";
    public const string LargeModelMinActiveParams = "green_ai.large_model_min_active_params";
    public const string ModelAlternatives = "green_ai.model_alternatives";
    public const string AzureDeployments = "green_ai.azure_deployments";

    /// <summary>true (default): an unmapped deployment named like a model ("gpt-4o") is taken as that model.</summary>
    public const string DeploymentNamesAsModels = "green_ai.azure_deployment_names_as_models";
    public const string MaxLoopIterations = "green_ai.max_loop_iterations";
    public const string MaxOutputTokens = "green_ai.max_output_tokens";

    /// <summary>Global: run the raw-HTTP detections (GAI004) even in a project that references no AI SDK.</summary>
    public const string DetectRawHttp = "green_ai.detect_raw_http";

    /// <summary>Global: write the project's public model-calling methods into its assembly for the projects that call them.</summary>
    public const string ExportModelCalls = "green_ai.export_model_calls";

    /// <summary>green_ai.model.&lt;id&gt;.active_params and .total_params declare a model the catalogue lacks.</summary>
    public const string ModelDeclarationPrefix = "green_ai.model.";
    public const string ActiveParamsSuffix = ".active_params";
    public const string TotalParamsSuffix = ".total_params";
}
