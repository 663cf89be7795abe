using System.Globalization;
using GreenAI.Impact;

namespace GreenAI.Extensions.AI;

/// <summary>
/// The measured impact of one chat response: energy, greenhouse gases and water as min–max ranges (EcoLogits
/// at run time: the model that answered, the output tokens it wrote and the request's latency), or why it is unknown.
/// </summary>
public sealed class ChatImpact : AIImpact
{
    private ChatImpact(string? unknownReason, string? modelId, ImpactEstimate? estimate, long outputTokens, TimeSpan? latency, int modelCalls = 1, string? modelLabel = null)
        : base(unknownReason, modelId, estimate)
    {
        _modelLabel = modelLabel;
        ModelCalls = modelCalls;
        OutputTokens = outputTokens;
        Latency = latency;
    }

    // "gpt-5.5 (as gpt-5.4, same family)": the id and the catalogue model the numbers are for.
    private readonly string? _modelLabel;

    public long OutputTokens { get; }

    /// <summary>The measured request latency, when it capped the generation time.</summary>
    public TimeSpan? Latency { get; }

    /// <summary>
    /// How many model calls the impact covers: more than one when the response took tool calls (with
    /// <c>UseFunctionInvocation</c> before or after <c>UseImpactTracking</c>).
    /// </summary>
    public int ModelCalls { get; }

    /// <summary>"gpt-4o-mini-2024-07-18, 312 output tokens, 1.24 s measured, USA mix, EcoLogits 0.9.3 (5be90da)": what the numbers assume.</summary>
    public override string Assumptions =>
        Estimate == null
            ? UnknownReason ?? ""
            : (ModelCalls > 1 ? ModelCalls.ToString(CultureInfo.InvariantCulture) + " model calls: " : string.Empty)
                + (_modelLabel ?? Estimate.Model) + ", "
                + EstimateText.Assumptions(OutputTokens, Estimate.Zone, EcoLogitsConstants.MethodDisplayName, Latency is { } latency ? EstimateText.Number(latency.TotalSeconds) + " s measured" : "latency unknown");

    internal static ChatImpact Unknown(string reason, string? modelId, long outputTokens = 0) => new(reason, modelId, null, outputTokens, null);

    internal static ChatImpact Known(string modelId, ImpactEstimate estimate, long outputTokens, TimeSpan? latency, int modelCalls = 1, string? modelLabel = null) =>
        new(null, modelId, estimate, outputTokens, latency, modelCalls, modelLabel);

    /// <summary>
    /// The impacts of the model calls of one response, added up: unknown when one of them is (a sum would be too low);
    /// the model and zone of the calls when they share them.
    /// </summary>
    internal static ChatImpact Sum(IReadOnlyList<ChatImpact> calls)
    {
        if (calls.Count == 1)
        {
            return calls[0];
        }

        int count = 0;
        long tokens = 0;
        ValueRange energy = default, gwp = default, water = default;
        TimeSpan? latency = TimeSpan.Zero;
        foreach (var call in calls)
        {
            if (call.Estimate is not { } estimate)
            {
                return Unknown($"one of the {calls.Count} model calls of this response has no impact: {call.UnknownReason}", call.ModelId);
            }

            count += call.ModelCalls;
            tokens += call.OutputTokens;
            energy += estimate.EnergyWh;
            gwp += estimate.GwpG;
            water += estimate.WaterMl;
            latency = latency is { } sum && call.Latency is { } each ? sum + each : null;
        }

        var first = calls[0].Estimate!;
        string model = Shared(calls, c => c.Estimate!.Model) ?? "several models";
        string zone = Shared(calls, c => c.Estimate!.Zone) ?? "several zones";
        var total = new ImpactEstimate(Shared(calls, c => c.Estimate!.Provider) ?? first.Provider, model, (int)Math.Min(tokens, int.MaxValue), zone, energy, gwp, water, first.Method);
        return new ChatImpact(null, Shared(calls, c => c.ModelId) ?? calls[calls.Count - 1].ModelId, total, tokens, latency, count);
    }

    private static string? Shared(IReadOnlyList<ChatImpact> calls, Func<ChatImpact, string?> value)
    {
        var first = value(calls[0]);
        foreach (var call in calls)
        {
            if (!string.Equals(value(call), first, StringComparison.Ordinal))
            {
                return null;
            }
        }

        return first;
    }
}
