using System.Collections.Generic;

namespace GreenAI.Impact.Models;

/// <summary>A model of the EcoLogits repository: who serves it and how many parameters it has (billions).</summary>
public sealed class ModelEntry
{
    public ModelEntry(string provider, string name, string architecture, ValueRange totalParamsB, ValueRange activeParamsB, IReadOnlyList<string> warnings, Deployment? deployment = null)
    {
        Deployment = deployment;
        Provider = provider;
        Name = name;
        Architecture = architecture;
        TotalParamsB = totalParamsB;
        ActiveParamsB = activeParamsB;
        Warnings = warnings;
    }

    /// <summary>EcoLogits provider key (openai, anthropic, google_genai, mistralai, cohere, huggingface_hub).</summary>
    public string Provider { get; }

    public string Name { get; }

    /// <summary>dense or moe.</summary>
    public string Architecture { get; }

    public ValueRange TotalParamsB { get; }

    public ValueRange ActiveParamsB { get; }

    /// <summary>EcoLogits warnings such as model-arch-not-released (parameters are estimates).</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>How fast the provider serves the model, when EcoLogits knows it; null for models declared or guessed here.</summary>
    public Deployment? Deployment { get; }
}
