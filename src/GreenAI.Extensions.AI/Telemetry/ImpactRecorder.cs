namespace GreenAI.Extensions.AI;

/// <summary>The names of the middleware's meter and instruments, as dashboards and exporters select them.</summary>
public static class ImpactRecorder
{
    /// <summary>The default meter name (<see cref="ImpactTrackingOptions.SourceName"/> picks another).</summary>
    public const string MeterName = "GreenAI.Extensions.AI";

    /// <summary>Histogram of the energy of each model call, W.h (middle of the EcoLogits range, PUE included).</summary>
    public const string Energy = "greenai.client.energy";

    /// <summary>Histogram of the greenhouse-gas emissions of each model call, g{CO2e} (usage and embodied).</summary>
    public const string Gwp = "greenai.client.gwp";

    /// <summary>Histogram of the water consumption footprint of each model call, mL.</summary>
    public const string Water = "greenai.client.water";

    /// <summary>Counter of model requests (gen_ai.operation.name: chat, embeddings, generate_content), by whether their impact is known (<c>greenai.impact.status</c>) and <c>error.type</c>.</summary>
    public const string Requests = "greenai.client.requests";
}
