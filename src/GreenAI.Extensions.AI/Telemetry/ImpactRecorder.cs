using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace GreenAI.Extensions.AI;

/// <summary>
/// The <c>GreenAI.Extensions.AI</c> meter: counters (not gauges, so that dashboards can sum them) of energy, GWP and
/// water, each the middle of the response's range as EcoLogits' own export records it, and of requests; and the same
/// numbers as tags on the GenAI activity of M.E.AI's OpenTelemetry client, when one is current.
/// </summary>
public static class ImpactRecorder
{
    public const string MeterName = "GreenAI.Extensions.AI";

    private static readonly Meter Meter = new(MeterName, typeof(ImpactRecorder).Assembly.GetName().Version?.ToString());

    private static readonly Counter<double> Energy = Meter.CreateCounter<double>("greenai.client.energy", "Wh", "Energy of chat responses (middle of the EcoLogits range, PUE included)");
    private static readonly Counter<double> Gwp = Meter.CreateCounter<double>("greenai.client.gwp", "g{CO2e}", "Greenhouse-gas emissions of chat responses, usage and embodied (middle of the range)");
    private static readonly Counter<double> Water = Meter.CreateCounter<double>("greenai.client.water", "mL", "Water consumption footprint of chat responses (middle of the range)");
    private static readonly Counter<long> Requests = Meter.CreateCounter<long>("greenai.client.requests", "{request}", "Chat requests seen, by whether their impact is known");

    internal static void Record(ChatImpact impact, ImpactTags tags)
    {
        var list = new TagList
        {
            { ImpactTags.OperationName, ImpactTags.Chat },
        };
        Add(ref list, ImpactTags.ProviderName, tags.Provider);
        Add(ref list, ImpactTags.RequestModel, tags.RequestModelId);
        Add(ref list, ImpactTags.ResponseModel, tags.ResponseModelId);
        if (impact.Estimate is { } estimate)
        {
            Energy.Add(Middle(estimate.EnergyWh), list);
            Gwp.Add(Middle(estimate.GwpG), list);
            Water.Add(Middle(estimate.WaterMl), list);
        }

        list.Add(ImpactTags.Status, impact.IsKnown ? "known" : "unknown");
        Requests.Add(1, list);
        TagActivity(impact);
    }

    /// <summary>Only an activity that describes a GenAI operation (M.E.AI's OpenTelemetry client sets gen_ai.operation.name).</summary>
    private static void TagActivity(ChatImpact impact)
    {
        if (Activity.Current is not { } activity || activity.GetTagItem(ImpactTags.OperationName) == null)
        {
            return;
        }

        activity.SetTag(ImpactTags.Status, impact.IsKnown ? "known" : "unknown");
        if (impact.Estimate is not { } estimate)
        {
            activity.SetTag("greenai.impact.reason", impact.UnknownReason);
            return;
        }

        activity.SetTag("greenai.impact.model", estimate.Model);
        activity.SetTag("greenai.impact.energy_wh.min", estimate.EnergyWh.Min);
        activity.SetTag("greenai.impact.energy_wh.max", estimate.EnergyWh.Max);
        activity.SetTag("greenai.impact.gwp_g.min", estimate.GwpG.Min);
        activity.SetTag("greenai.impact.gwp_g.max", estimate.GwpG.Max);
        activity.SetTag("greenai.impact.water_ml.min", estimate.WaterMl.Min);
        activity.SetTag("greenai.impact.water_ml.max", estimate.WaterMl.Max);
        activity.SetTag("greenai.impact.zone", estimate.Zone);
    }

    private static void Add(ref TagList list, string key, string? value)
    {
        if (value != null)
        {
            list.Add(key, value);
        }
    }

    private static double Middle(GreenAI.Impact.ValueRange range) => (range.Min + range.Max) / 2;
}
