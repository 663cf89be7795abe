namespace GreenAI.Analyzers.Contracts;

/// <summary>What GAI001 writes into a diagnostic's properties and its fix (UseSmallerModelCodeFixProvider) reads.</summary>
internal static class LargeModelProperties
{
    public const string Alternative = "alternative";
    public const string AlternativeEnergyMin = "alternative_energy_wh_min";
    public const string AlternativeEnergyMax = "alternative_energy_wh_max";

    /// <summary>The built-in alternative, when green_ai.model_alternatives configures a different one (the fix offers both).</summary>
    public const string BuiltInAlternative = "builtin_alternative";

    /// <summary>For an Azure deployment: the configured deployment that serves the alternative (the fix writes it), if any.</summary>
    public const string AlternativeDeployment = "alternative_deployment";

    /// <summary>Present when no fix may be offered, with the reason.</summary>
    public const string NoFix = "no_fix";

    /// <summary><see cref="NoFix"/>: a runtime with its own model names (Ollama) and no configured alternative.</summary>
    public const string NoFixRuntimeModelNames = "runtime-model-names";

    /// <summary><see cref="NoFix"/>: the model id is written in another project (passed to this project's implementation of its port).</summary>
    public const string NoFixOtherProject = "other-project";

    /// <summary><see cref="SlotKindDeployment"/> when the code names an Azure deployment rather than a model.</summary>
    public const string SlotKind = "slot";

    public const string SlotKindDeployment = "deployment";
}
