using GreenAI.Analyzers.Tests.Infrastructure;
using GreenAI.Impact.Models;

namespace GreenAI.Analyzers.Tests.Robustness;

/// <summary>
/// A build with thousands of model ids, or a busy chat service, resolves ids while the CPU is saturated and the GC is
/// busy. Matching once had a 100 ms regex timeout that threw under such load (AD0001, failed chat calls): the result
/// of every id must be the one it has on an idle machine, and nothing may throw. The load is the whole process's: its
/// forced full collections over another test's heap (the five-megabyte file's compilation) once stalled the test run
/// for many minutes, so this test runs alone, after the parallel ones, and its collections are paced.
/// </summary>
[Collection(RunsAlone.Name)]
public class ResolverUnderLoadTests
{
    [Fact]
    public void Every_id_resolves_as_on_an_idle_machine_under_a_saturated_cpu_and_gc_pressure()
    {
        var ids = IdsOfEveryShape();
        var idle = ids.Select(Describe).ToArray(); // the catalogue is passed: no cache, each id is matched anew

        using var stop = new CancellationTokenSource();
        var load = Enumerable.Range(0, Environment.ProcessorCount * 2)
            .Select(n => new Thread(() => Churn(stop.Token, collects: n == 0)) { IsBackground = true })
            .ToArray();
        foreach (var thread in load)
        {
            thread.Start();
        }

        try
        {
            var busy = new string[ids.Length];
            Parallel.For(0, ids.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount * 2 },
                i => busy[i] = Describe(ids[i]));
            Assert.Equal(idle, busy);
        }
        finally
        {
            stop.Cancel();
            foreach (var thread in load)
            {
                thread.Join();
            }
        }

        Assert.Contains(idle, d => d.EndsWith("Tier", StringComparison.Ordinal));
        Assert.Contains(idle, d => d.EndsWith("OpenModelSize", StringComparison.Ordinal));
    }

    private static string Describe(string id) =>
        ModelIdResolver.Resolve(id, ModelCatalog.Default) is { } match ? id + " → " + match.Entry.Name + " " + match.Kind : id + " → none";

    /// <summary>Tier, family, tag and prefix shapes, near misses and ids at the length bound, 100 k in all.</summary>
    private static string[] IdsOfEveryShape()
    {
        string[] stems = { "claude-sonnet-{0}", "claude-{0}-opus", "gpt-{0}-mini", "gpt-{0}.{1}-pro", "gemini-{0}.{1}-flash-lite-preview",
            "mistral-large-{0}", "us.anthropic.claude-haiku-{0}-v1:0", "qwen{0}:{1}b-a{0}b", "llama3.{0}:{1}b", "gpt-5.{0}-2025-0{1}-01",
            "claude-opus-{0}-{1}", "claude-{0}-{0}-{0}-{0}-{0}-{0}-{0}-{0}-x", "models/gemini-{0}-pro" };
        var random = new Random(30);
        var ids = new List<string>(100_000);
        while (ids.Count < 100_000)
        {
            var id = string.Format(stems[ids.Count % stems.Length], random.Next(1, 100), random.Next(0, 10));
            ids.Add(ids.Count % 97 == 0 ? LongestId(ids.Count % 2 == 0 ? "opus" : "opusx") : id);
        }

        return ids.ToArray();
    }

    /// <summary>A 199-character claude id of 94 versions: the worst case a backtracking pattern of the tiers had.</summary>
    private static string LongestId(string tier) => "claude-" + string.Concat(Enumerable.Repeat("1-", 94)) + tier;

    /// <summary>
    /// Allocates without pause, or, on one thread, forces a blocking full collection over a retained heap of a few
    /// million objects every 10 ms: each one stops every thread, matching ones included. Paced by the clock, not by
    /// allocations: back-to-back collections cost as much as the whole process's heap, and at the end of the suite that
    /// heap holds what the other tests left (the five-megabyte file's compilation); the run then crawled for minutes.
    /// </summary>
    private static void Churn(CancellationToken stop, bool collects)
    {
        var keep = new object[256];
        var retained = collects ? Enumerable.Range(0, 3_000_000).Select(i => (object)i.ToString()).ToList() : null;
        var i = 0;
        while (!stop.IsCancellationRequested)
        {
            if (collects)
            {
                GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: false);
                stop.WaitHandle.WaitOne(10);
                continue;
            }

            keep[i++ & 255] = new byte[(i & 7) == 0 ? 100_000 : 1_000]; // large and small objects: gen-0 and LOH collections
        }

        GC.KeepAlive(retained);
    }
}
