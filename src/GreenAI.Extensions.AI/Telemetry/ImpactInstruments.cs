using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace GreenAI.Extensions.AI;

/// <summary>
/// One client's instruments, following Microsoft.Extensions.AI's OpenTelemetryChatClient: a meter from the host's
/// <see cref="IMeterFactory"/> when there is one (else its own, disposed with the client); per operation, histograms of
/// energy, GWP and water with bucket advice, so that both the sum and the distribution are exported, and a request
/// counter; the impact as tags on the GenAI activity when it records all data.
/// </summary>
internal sealed class ImpactInstruments : IDisposable
{
    /// <summary>Model ids and reasons in tags are cut to this length: a hostile or broken id must not bloat every series.</summary>
    internal const int MaxTagLength = 128;

    // Decades and half-decades from a short small-model answer (~0.001 Wh) to a long frontier-model one (~1 kWh).
    private static readonly double[] EnergyBuckets = { 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10, 30, 100, 300, 1000 };
    private static readonly double[] GwpBuckets = { 0.0003, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10, 30, 100, 300 };
    private static readonly double[] WaterBuckets = { 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10, 30, 100, 300, 1000, 3000 };

    private readonly Meter _meter;
    private readonly bool _ownsMeter;
    private readonly Histogram<double> _energy;
    private readonly Histogram<double> _gwp;
    private readonly Histogram<double> _water;
    private readonly Counter<long> _requests;

    public ImpactInstruments(string sourceName, IMeterFactory? meterFactory)
    {
        var version = typeof(ImpactInstruments).Assembly.GetName().Version?.ToString();
        _ownsMeter = meterFactory == null;
        _meter = meterFactory?.Create(new MeterOptions(sourceName) { Version = version }) ?? new Meter(sourceName, version);
        _energy = Histogram(ImpactRecorder.Energy, "W.h", "Energy of each model call (middle of the EcoLogits range, PUE included)", EnergyBuckets);
        _gwp = Histogram(ImpactRecorder.Gwp, "g{CO2e}", "Greenhouse-gas emissions of each model call, usage and embodied (middle of the range)", GwpBuckets);
        _water = Histogram(ImpactRecorder.Water, "mL", "Water consumption footprint of each model call (middle of the range)", WaterBuckets);
        _requests = _meter.CreateCounter<long>(ImpactRecorder.Requests, "{request}", "Model requests seen (chat, embeddings, image generation), by whether their impact is known");
    }

    public void Record(AIImpact impact, ImpactTags tags, string? errorType)
    {
        // The trace first: a metrics listener that throws (an exporter's bug) must not take the activity's tags with it.
        TagActivity(impact);
        var list = new TagList { { ImpactTags.OperationName, tags.Operation } };
        Add(ref list, ImpactTags.ProviderName, tags.Provider);
        Add(ref list, ImpactTags.RequestModel, Bound(tags.RequestModelId));
        Add(ref list, ImpactTags.ResponseModel, Bound(tags.ResponseModelId));
        if (impact.Estimate is { } estimate)
        {
            _energy.Record(Middle(estimate.EnergyWh), list);
            _gwp.Record(Middle(estimate.GwpG), list);
            _water.Record(Middle(estimate.WaterMl), list);
        }

        Add(ref list, ImpactTags.ErrorType, errorType);
        list.Add(ImpactTags.Status, impact.IsKnown ? "known" : "unknown");
        _requests.Add(1, list);
    }

    public void Dispose()
    {
        if (_ownsMeter)
        {
            _meter.Dispose(); // a factory's meters are the factory's to dispose
        }
    }

    internal static string? Bound(string? text) => text == null || text.Length <= MaxTagLength ? text : text.Substring(0, MaxTagLength) + "…";

    private Histogram<double> Histogram(string name, string unit, string description, double[] buckets) =>
        _meter.CreateHistogram(name, unit, description, tags: null, advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = buckets });

    /// <summary>Only an activity that describes a GenAI operation (M.E.AI's OpenTelemetry client sets gen_ai.operation.name) and records all data.</summary>
    private static void TagActivity(AIImpact impact)
    {
        if (Activity.Current is not { IsAllDataRequested: true } activity || activity.GetTagItem(ImpactTags.OperationName) == null)
        {
            return;
        }

        activity.SetTag(ImpactTags.Status, impact.IsKnown ? "known" : "unknown");
        if (impact.Estimate is not { } estimate)
        {
            activity.SetTag("greenai.impact.reason", Bound(impact.UnknownReason));
            return;
        }

        activity.SetTag("greenai.impact.model", Bound(estimate.Model));
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
