using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.AI;

namespace GreenAI.Extensions.AI.Benchmarks;

/// <summary>
/// One chat call through a ChatClientBuilder pipeline over a provider that answers at once (no network), with and
/// without UseImpactTracking(): the difference is all the middleware costs a call (a real call takes 0.3–30 s).
/// </summary>
[MemoryDiagnoser]
public class MiddlewareBenchmarks
{
    private static readonly List<ChatMessage> Question = [new(ChatRole.User, "Capital of France?")];
    private IChatClient _plain = null!;
    private IChatClient _tracked = null!;

    [GlobalSetup]
    public void Setup()
    {
        _plain = new ChatClientBuilder(new InstantClient()).Build();
        _tracked = new ChatClientBuilder(new InstantClient()).UseImpactTracking().Build();
    }

    [Benchmark(Baseline = true)]
    public Task<ChatResponse> Without() => _plain.GetResponseAsync(Question);

    [Benchmark]
    public Task<ChatResponse> WithImpactTracking() => _tracked.GetResponseAsync(Question);

    [Benchmark]
    public async Task<int> StreamWithout() => await Count(_plain.GetStreamingResponseAsync(Question));

    [Benchmark]
    public async Task<int> StreamWithImpactTracking() => await Count(_tracked.GetStreamingResponseAsync(Question));

    private static async Task<int> Count(IAsyncEnumerable<ChatResponseUpdate> updates)
    {
        int n = 0;
        await foreach (var _ in updates)
        {
            n++;
        }

        return n;
    }

    /// <summary>A provider with a realistic answer and usage, and no latency at all.</summary>
    private sealed class InstantClient : IChatClient
    {
        private static readonly ChatResponseUpdate[] Updates =
        [
            new(ChatRole.Assistant, "The capital ") { ModelId = "gpt-4o-mini", MessageId = "m" },
            new(ChatRole.Assistant, "of France is Paris.") { ModelId = "gpt-4o-mini", MessageId = "m", Contents = { new UsageContent(new UsageDetails { OutputTokenCount = 8 }) } },
        ];

        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "The capital of France is Paris."))
            {
                ModelId = "gpt-4o-mini",
                Usage = new UsageDetails { InputTokenCount = 12, OutputTokenCount = 8 },
            });

        public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            foreach (var update in Updates)
            {
                yield return update;
            }

            await Task.CompletedTask;
        }

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
