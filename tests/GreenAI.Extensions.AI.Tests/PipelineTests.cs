using System.Collections.Concurrent;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Caching.Distributed;

namespace GreenAI.Extensions.AI.Tests;

/// <summary>The middleware beside the others of Microsoft.Extensions.AI, in the orders people write them.</summary>
public class PipelineTests
{
    [Fact]
    public async Task A_cache_outside_the_middleware_serves_hits_that_ran_no_model_and_carry_no_impact()
    {
        var inner = new FakeChatClient { OutputTokens = 3 };
        var client = new ChatClientBuilder(inner)
            .UseDistributedCache(new DictionaryCache())
            .UseImpactTracking(o => o.UseMeasuredLatency = false)
            .Build();

        var first = await client.GetResponseAsync("Capital of France?");
        var second = await client.GetResponseAsync("Capital of France?");

        Assert.Equal(1, inner.Calls);
        Assert.True(first.GetImpact()!.IsKnown);
        Assert.Equal(first.Text, second.Text);
        Assert.Null(second.GetImpact()); // a cache hit: no model ran, no impact object survives serialisation
    }

    [Fact]
    public async Task A_cache_inside_the_middleware_makes_hits_look_like_model_calls_which_is_why_docs_put_it_outside()
    {
        var inner = new FakeChatClient { OutputTokens = 3 };
        var client = new ChatClientBuilder(inner)
            .UseImpactTracking(o => o.UseMeasuredLatency = false)
            .UseDistributedCache(new DictionaryCache())
            .Build();

        await client.GetResponseAsync("Capital of France?");
        var second = await client.GetResponseAsync("Capital of France?");

        Assert.Equal(1, inner.Calls);
        Assert.True(second.GetImpact()!.IsKnown, "the stored response still names its model and usage, so the hit is counted as a call");
    }

    /// <summary>An IDistributedCache over a dictionary: what the cache middleware stores is what it gets back.</summary>
    private sealed class DictionaryCache : IDistributedCache
    {
        private readonly ConcurrentDictionary<string, byte[]> _values = new();

        public byte[]? Get(string key) => _values.TryGetValue(key, out var value) ? value : null;

        public Task<byte[]?> GetAsync(string key, CancellationToken token = default) => Task.FromResult(Get(key));

        public void Refresh(string key)
        {
        }

        public Task RefreshAsync(string key, CancellationToken token = default) => Task.CompletedTask;

        public void Remove(string key) => _values.TryRemove(key, out _);

        public Task RemoveAsync(string key, CancellationToken token = default)
        {
            Remove(key);
            return Task.CompletedTask;
        }

        public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => _values[key] = value;

        public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default)
        {
            Set(key, value, options);
            return Task.CompletedTask;
        }
    }
}
