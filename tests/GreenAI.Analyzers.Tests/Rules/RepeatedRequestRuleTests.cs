using System.Globalization;
using Fix = GreenAI.Analyzers.Tests.Infrastructure.VerifyFix<GreenAI.Analyzers.Rules.RepeatedRequestRule, GreenAI.CodeFixes.CacheRepeatedRequestCodeFixProvider>;
using VerifyGai007 = GreenAI.Analyzers.Tests.Infrastructure.Verify<GreenAI.Analyzers.Rules.RepeatedRequestRule>;

namespace GreenAI.Analyzers.Tests.Rules;

public class RepeatedRequestRuleTests
{
    [Fact]
    public Task Fixed_requests_in_minimal_API_handlers_and_controller_actions() => VerifyGai007.Diagnostics("""
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Mvc;
        using OpenAI.Chat;

        static class Endpoints
        {
            const string Tip = "Give one tip for writing clear commit messages.";

            public static void Map(WebApplication app, ChatClient chat)
            {
                app.MapGet("/tip", async () => (await chat.{|GAI007:CompleteChatAsync|}(Tip)).Value.Content[0].Text);
                app.MapGet("/echo", async (string question) => (await chat.CompleteChatAsync(question)).Value.Content[0].Text);
            }
        }

        public class TipsController : ControllerBase
        {
            private readonly ChatClient _chat = new("gpt-4o-mini", "key");

            public async Task<string> Daily()
            {
                var options = new ChatCompletionOptions { MaxOutputTokenCount = 100 };
                var answer = await _chat.{|GAI007:CompleteChatAsync|}(new ChatMessage[] { new SystemChatMessage("You are terse."), new UserChatMessage("Tip of the day?") }, options);
                return answer.Value.Content[0].Text;
            }

            public async Task<string> Ask(string question) => (await _chat.CompleteChatAsync(question)).Value.Content[0].Text;

            [NonAction]
            public Task<System.ClientModel.ClientResult<ChatCompletion>> Helper() => _chat.CompleteChatAsync("Tip of the day?");
        }
        """);

    [Fact]
    public Task Cached_calls_and_code_that_does_not_serve_requests_are_silent() => VerifyGai007.Diagnostics("""
        using Microsoft.AspNetCore.Builder;
        using Microsoft.Extensions.AI;
        using Microsoft.Extensions.Caching.Memory;
        using OpenAI.Chat;

        static class Endpoints
        {
            public static void Map(WebApplication app, ChatClient chat, IMemoryCache cache, IChatClient injected)
            {
                app.MapGet("/tip", async () => await cache.GetOrCreateAsync("tip", _ => chat.CompleteChatAsync("Tip?")));
                app.MapGet("/di", async () => await injected.GetResponseAsync("Tip?"));
            }

            public static async Task Startup(ChatClient chat) => await chat.CompleteChatAsync("Warm up");

            public static void MapResolved(WebApplication app) =>
                app.MapGet("/resolved", async (IServiceProvider services) =>
                {
                    var chat = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<IChatClient>(services);
                    return await chat.GetResponseAsync("Tip?");
                });
        }
        """);

    [Fact]
    public Task Extensions_AI_pipelines_with_and_without_a_cache() => VerifyGai007.Diagnostics("""
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.Extensions.AI;
        using Microsoft.Extensions.Caching.Distributed;

        public class FaqController : ControllerBase
        {
            private readonly IChatClient _plain;
            private readonly IChatClient _cached;

            public FaqController(IChatClient inner, IDistributedCache cache)
            {
                _plain = inner.AsBuilder().UseFunctionInvocation().Build();
                _cached = inner.AsBuilder().UseDistributedCache(cache).Build();
            }

            public async Task<string> Plain() => (await _plain.{|GAI007:GetResponseAsync|}("What are your opening hours?")).Text;

            public async Task<string> Cached() => (await _cached.GetResponseAsync("What are your opening hours?")).Text;
        }
        """);

    [Fact]
    public async Task Message_names_the_handler_and_the_saving_per_hit()
    {
        var diagnostic = Assert.Single(await VerifyGai007.Run("""
            using Microsoft.AspNetCore.Builder;
            using OpenAI.Chat;
            static class Endpoints
            {
                public static void Map(WebApplication app) =>
                    app.MapGet("/tip", async () => await new ChatClient("gpt-4o", "key").CompleteChatAsync("Tip?"));
            }
            """));
        Assert.Equal(
            "ChatClient.CompleteChatAsync sends the same fixed request each time a minimal-API handler runs, and nothing caches the answer: each cache hit would save ≈0.642–1.03 Wh (gpt-4o, 400 output tokens, USA mix, EcoLogits 0.9.3 (5be90da))",
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public Task Fix_adds_UseDistributedCache_with_the_injected_cache() => Fix.Fix("""
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.Extensions.AI;
        using Microsoft.Extensions.Caching.Distributed;

        public class FaqController : ControllerBase
        {
            private readonly IChatClient _chat;

            public FaqController(IChatClient inner, IDistributedCache cache)
            {
                _chat = inner.AsBuilder()
                    .UseFunctionInvocation()
                    .Build();
            }

            public async Task<string> Hours() => (await _chat.{|GAI007:GetResponseAsync|}("What are your opening hours?")).Text;
        }
        """, """
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.Extensions.AI;
        using Microsoft.Extensions.Caching.Distributed;

        public class FaqController : ControllerBase
        {
            private readonly IChatClient _chat;

            public FaqController(IChatClient inner, IDistributedCache cache)
            {
                _chat = inner.AsBuilder()
                    .UseFunctionInvocation().UseDistributedCache(cache)
                    .Build();
            }

            public async Task<string> Hours() => (await _chat.GetResponseAsync("What are your opening hours?")).Text;
        }
        """);

    [Fact]
    public Task Fix_uses_the_cache_parameter_of_the_action_that_builds_the_client() => Fix.Fix("""
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.Extensions.AI;
        using Microsoft.Extensions.Caching.Distributed;

        public class FaqController : ControllerBase
        {
            public async Task<string> Hours(IChatClient inner, IDistributedCache hoursCache)
            {
                var chat = inner.AsBuilder()
                    .UseFunctionInvocation()
                    .Build();
                return (await chat.{|GAI007:GetResponseAsync|}("What are your opening hours?")).Text;
            }
        }
        """, """
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.Extensions.AI;
        using Microsoft.Extensions.Caching.Distributed;

        public class FaqController : ControllerBase
        {
            public async Task<string> Hours(IChatClient inner, IDistributedCache hoursCache)
            {
                var chat = inner.AsBuilder()
                    .UseFunctionInvocation().UseDistributedCache(hoursCache)
                    .Build();
                return (await chat.GetResponseAsync("What are your opening hours?")).Text;
            }
        }
        """);

    [Fact]
    public Task Fix_adds_an_in_memory_distributed_cache_when_none_is_in_scope() => Fix.Fix("""
        using Microsoft.AspNetCore.Builder;
        using Microsoft.Extensions.AI;

        static class Endpoints
        {
            public static void Map(WebApplication app, IChatClient inner)
            {
                IChatClient chat = inner.AsBuilder().Build();
                app.MapGet("/hours", async () => (await chat.{|GAI007:GetResponseAsync|}("Opening hours?")).Text);
            }
        }
        """, """
        using Microsoft.AspNetCore.Builder;
        using Microsoft.Extensions.AI;

        static class Endpoints
        {
            public static void Map(WebApplication app, IChatClient inner)
            {
                IChatClient chat = inner.AsBuilder().UseDistributedCache(new Microsoft.Extensions.Caching.Distributed.MemoryDistributedCache(Microsoft.Extensions.Options.Options.Create(new Microsoft.Extensions.Caching.Memory.MemoryDistributedCacheOptions()))).Build();
                app.MapGet("/hours", async () => (await chat.GetResponseAsync("Opening hours?")).Text);
            }
        }
        """);

    [Fact]
    public Task Fix_wraps_the_call_in_the_IMemoryCache_in_scope() => Fix.Fix("""
        using Microsoft.AspNetCore.Mvc;
        using OpenAI.Chat;

        public class TipsController : ControllerBase
        {
            private readonly ChatClient _chat = new("gpt-4o-mini", "key");
            private readonly Microsoft.Extensions.Caching.Memory.IMemoryCache _cache;

            public TipsController(Microsoft.Extensions.Caching.Memory.IMemoryCache cache) => _cache = cache;

            public async Task<string> Daily()
            {
                var answer = await _chat.{|GAI007:CompleteChatAsync|}("Tip of the day?");
                return answer.Value.Content[0].Text;
            }
        }
        """, """
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.Extensions.Caching.Memory;
        using OpenAI.Chat;

        public class TipsController : ControllerBase
        {
            private readonly ChatClient _chat = new("gpt-4o-mini", "key");
            private readonly Microsoft.Extensions.Caching.Memory.IMemoryCache _cache;

            public TipsController(Microsoft.Extensions.Caching.Memory.IMemoryCache cache) => _cache = cache;

            public async Task<string> Daily()
            {
                var answer = (await _cache.GetOrCreateAsync("ChatClient.CompleteChatAsync:KEY", _ => _chat.CompleteChatAsync("Tip of the day?")))!;
                return answer.Value.Content[0].Text;
            }
        }
        """.Replace("KEY", KeyOf("(\"Tip of the day?\")")));

    [Fact]
    public Task Fix_wraps_an_Extensions_AI_call_in_HybridCache() => Fix.Fix("""
        using Microsoft.AspNetCore.Builder;
        using Microsoft.Extensions.AI;
        using Microsoft.Extensions.Caching.Hybrid;
        using OpenAI;

        static class Endpoints
        {
            public static void Map(WebApplication app, OpenAIClient openAI, HybridCache cache)
            {
                IChatClient chat = openAI.GetChatClient("gpt-4o-mini").AsIChatClient();
                app.MapGet("/hours", async () => (await chat.{|GAI007:GetResponseAsync|}("Opening hours?")).Text);
            }
        }
        """, """
        using Microsoft.AspNetCore.Builder;
        using Microsoft.Extensions.AI;
        using Microsoft.Extensions.Caching.Hybrid;
        using OpenAI;

        static class Endpoints
        {
            public static void Map(WebApplication app, OpenAIClient openAI, HybridCache cache)
            {
                IChatClient chat = openAI.GetChatClient("gpt-4o-mini").AsIChatClient();
                app.MapGet("/hours", async () => (await cache.GetOrCreateAsync("IChatClient.GetResponseAsync:KEY", async _ => await chat.GetResponseAsync("Opening hours?"))).Text);
            }
        }
        """.Replace("KEY", KeyOf("(\"Opening hours?\")")));

    [Fact]
    public Task No_fix_without_a_cache_in_reach() => Fix.NoFix("""
        using Microsoft.AspNetCore.Builder;
        using OpenAI.Chat;

        static class Endpoints
        {
            public static void Map(WebApplication app, ChatClient chat) =>
                app.MapGet("/tip", async () => (await chat.{|GAI007:CompleteChatAsync|}("Tip?")).Value.Content[0].Text);
        }
        """);

    /// <summary>FNV-1a 64 of the argument list without white space, as the key the fix writes.</summary>
    private static string KeyOf(string arguments)
    {
        ulong hash = 14695981039346656037UL;
        foreach (char c in arguments.Where(c => !char.IsWhiteSpace(c)))
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash.ToString("x16", CultureInfo.InvariantCulture);
    }
}
