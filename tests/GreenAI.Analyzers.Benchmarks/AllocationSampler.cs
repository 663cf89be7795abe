using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace GreenAI.Analyzers.Benchmarks;

/// <summary>
/// Counts the runtime's allocation samples (one event per ~100 KB allocated, naming the type that crossed the mark)
/// while it is on: which types a run allocates most, without a profiler. Used by --profile.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly ConcurrentDictionary<string, long> _bytesByType = new();

    public bool On { get; set; }

    public Dictionary<string, long> Snapshot() => new(_bytesByType);

    public void Clear() => _bytesByType.Clear();

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Verbose, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs data)
    {
        if (!On || data.EventName is not { } name || !name.StartsWith("GCAllocationTick", StringComparison.Ordinal) || data.Payload == null)
        {
            return;
        }

        var type = data.PayloadNames?.IndexOf("TypeName") is int t and >= 0 ? data.Payload[t] as string ?? "?" : "?";
        var amount = data.PayloadNames?.IndexOf("AllocationAmount64") is int a and >= 0 ? Convert.ToInt64(data.Payload[a]) : 100_000;
        _bytesByType.AddOrUpdate(type, amount, (_, sum) => sum + amount);
    }
}
