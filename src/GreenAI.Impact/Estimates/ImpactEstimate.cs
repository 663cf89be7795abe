using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;

namespace GreenAI.Impact;

/// <summary>
/// What a diagnostic says about one AI call: display units (Wh, gCO2e, mL) as ranges, with the assumptions behind them.
/// <see cref="ToProperties"/> is the contract for tools (rules.md § Diagnostic properties).
/// </summary>
public sealed class ImpactEstimate
{
    public ImpactEstimate(string provider, string model, int outputTokens, string zone, ValueRange energyWh, ValueRange gwpG, ValueRange waterMl, string method)
        : this(provider, model, outputTokens, zone, energyWh, gwpG, waterMl, method, ImmutableDictionary<string, string?>.Empty)
    {
    }

    /// <param name="extraProperties">Rule-specific properties added to the contract (video seconds, width, height…).</param>
    public ImpactEstimate(string provider, string model, int outputTokens, string zone, ValueRange energyWh, ValueRange gwpG, ValueRange waterMl, string method, ImmutableDictionary<string, string?> extraProperties)
    {
        ExtraProperties = extraProperties;
        Provider = provider;
        Model = model;
        OutputTokens = outputTokens;
        Zone = zone;
        EnergyWh = energyWh;
        GwpG = gwpG;
        WaterMl = waterMl;
        Method = method;
    }

    public string Provider { get; }

    /// <summary>The catalogue model the numbers were computed for.</summary>
    public string Model { get; }

    public int OutputTokens { get; }

    public string Zone { get; }

    public ValueRange EnergyWh { get; }

    public ValueRange GwpG { get; }

    public ValueRange WaterMl { get; }

    public string Method { get; }

    public ImmutableDictionary<string, string?> ExtraProperties { get; }

    /// <summary>The properties, built once: estimates are shared between the calls of the same model.</summary>
    public ImmutableDictionary<string, string?> ToProperties() => _properties ??= BuildProperties();

    private ImmutableDictionary<string, string?>? _properties;

    /// <summary>The message texts of <see cref="EstimateText"/>, made once per estimate (a race only makes one twice).</summary>
    internal DisplayTexts Texts { get; } = new();

    private ImmutableDictionary<string, string?> BuildProperties()
    {
        // Start from the rule's own properties to share their tree: adding them to a new builder would enumerate an
        // immutable dictionary (hot path for the media rules).
        var builder = ExtraProperties.ToBuilder();
        builder.Add(PropertyNames.Provider, Provider);
        builder.Add(PropertyNames.Model, Model);
        builder.Add(PropertyNames.OutputTokens, OutputTokens.ToString(CultureInfo.InvariantCulture));
        builder.Add(PropertyNames.Zone, Zone);
        Add(builder, PropertyNames.EnergyWhMin, EnergyWh.Min);
        Add(builder, PropertyNames.EnergyWhMax, EnergyWh.Max);
        Add(builder, PropertyNames.GwpGMin, GwpG.Min);
        Add(builder, PropertyNames.GwpGMax, GwpG.Max);
        Add(builder, PropertyNames.WaterMlMin, WaterMl.Min);
        Add(builder, PropertyNames.WaterMlMax, WaterMl.Max);
        builder.Add(PropertyNames.Method, Method);
        return builder.ToImmutable();
    }

    private static void Add(IDictionary<string, string?> properties, string key, double value) =>
        properties.Add(key, value.ToString("R", CultureInfo.InvariantCulture));

    internal sealed class DisplayTexts
    {
        public string? Amounts { get; set; }

        public string? Energy { get; set; }

        public string? Assumptions { get; set; }
    }
}
