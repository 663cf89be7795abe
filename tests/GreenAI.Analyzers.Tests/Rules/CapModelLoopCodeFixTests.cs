using GreenAI.Analyzers.Rules;
using GreenAI.Analyzers.Tests.Infrastructure;
using Fix = GreenAI.Analyzers.Tests.Infrastructure.VerifyFix<GreenAI.Analyzers.Rules.UnboundedLoopRule, GreenAI.CodeFixes.CapModelLoopCodeFixProvider>;

namespace GreenAI.Analyzers.Tests.Rules;

public class CapModelLoopCodeFixTests
{
    [Fact]
    public Task While_true_becomes_a_counted_loop_with_a_named_constant() => Fix.Fix("""
        using OpenAI.Chat;

        class Agent
        {
            async Task Run(ChatClient chat)
            {
                // keep asking until done
                while (true)
                {
                    var answer = await chat.{|GAI002:CompleteChatAsync|}("next step?");
                    if (answer.Value.FinishReason == ChatFinishReason.Stop) break;
                }
            }
        }
        """, """
        using OpenAI.Chat;

        class Agent
        {
            /// <summary>How many model calls a loop may make before it stops (GreenAI GAI002).</summary>
            private const int MaxModelCalls = 10;

            async Task Run(ChatClient chat)
            {
                // keep asking until done
                for (var modelCalls = 0; modelCalls < MaxModelCalls; modelCalls++)
                {
                    var answer = await chat.CompleteChatAsync("next step?");
                    if (answer.Value.FinishReason == ChatFinishReason.Stop) break;
                }
            }
        }
        """);

    [Fact]
    public Task A_loop_around_the_apps_own_model_calling_method_is_capped_the_same_way() => Fix.Fix("""
        using Microsoft.Extensions.AI;

        class Agent(IChatClient chat)
        {
            async Task<string> AskAsync(string prompt) => (await chat.GetResponseAsync(prompt)).Text;

            async Task Run()
            {
                while (true)
                {
                    var answer = await {|GAI002:AskAsync|}("next step?");
                    if (answer.Contains("DONE")) break;
                }
            }
        }
        """, """
        using Microsoft.Extensions.AI;

        class Agent(IChatClient chat)
        {
            /// <summary>How many model calls a loop may make before it stops (GreenAI GAI002).</summary>
            private const int MaxModelCalls = 10;

            async Task<string> AskAsync(string prompt) => (await chat.GetResponseAsync(prompt)).Text;

            async Task Run()
            {
                for (var modelCalls = 0; modelCalls < MaxModelCalls; modelCalls++)
                {
                    var answer = await AskAsync("next step?");
                    if (answer.Contains("DONE")) break;
                }
            }
        }
        """);

    [Fact]
    public Task Condition_loop_keeps_its_condition_and_do_while_gets_a_guard() => Fix.Fix("""
        using OpenAI.Chat;

        class Agent
        {
            async Task Run(ChatClient chat, List<ChatMessage> messages)
            {
                ChatCompletion result = await chat.CompleteChatAsync(messages);
                while (result.FinishReason == ChatFinishReason.ToolCalls)
                {
                    result = await chat.{|GAI002:CompleteChatAsync|}(messages);
                }

                bool again;
                do
                {
                    ChatCompletion step = await chat.{|GAI002:CompleteChatAsync|}(messages);
                    again = step.FinishReason == ChatFinishReason.ToolCalls;
                }
                while (again);
            }
        }
        """, """
        using OpenAI.Chat;

        class Agent
        {
            /// <summary>How many model calls a loop may make before it stops (GreenAI GAI002).</summary>
            private const int MaxModelCalls = 10;

            async Task Run(ChatClient chat, List<ChatMessage> messages)
            {
                ChatCompletion result = await chat.CompleteChatAsync(messages);
                for (var modelCalls = 0; result.FinishReason == ChatFinishReason.ToolCalls && modelCalls < MaxModelCalls; modelCalls++)
                {
                    result = await chat.CompleteChatAsync(messages);
                }

                bool again;
                var modelCalls2 = 0;
                do
                {
                    if (++modelCalls2 > MaxModelCalls) break;
                    ChatCompletion step = await chat.CompleteChatAsync(messages);
                    again = step.FinishReason == ChatFinishReason.ToolCalls;
                }
                while (again);
            }
        }
        """);

    [Fact]
    public Task Polling_loop_gets_a_backoff_and_the_configured_cap() => Fix.Fix("""
        using OpenAI.Assistants;

        class Jobs
        {
            async Task Run(AssistantClient assistants, ThreadRun run)
            {
                while (!run.Status.IsTerminal)
                {
                    run = await assistants.{|GAI002:GetRunAsync|}(run.ThreadId, run.Id);
                }
            }
        }
        """, """
        using OpenAI.Assistants;

        class Jobs
        {
            /// <summary>How many model calls a loop may make before it stops (GreenAI GAI002).</summary>
            private const int MaxModelCalls = 30;

            async Task Run(AssistantClient assistants, ThreadRun run)
            {
                for (var modelCalls = 0; !run.Status.IsTerminal && modelCalls < MaxModelCalls; modelCalls++)
                {
                    run = await assistants.GetRunAsync(run.ThreadId, run.Id);
                    await Task.Delay(TimeSpan.FromSeconds(Math.Min(30, 2 * (modelCalls + 1))));
                }
            }
        }
        """,
        Verify<UnboundedLoopRule>.AllRulesOn.Append("green_ai.max_loop_iterations = 30"));

    [Fact]
    public Task A_loop_with_two_calls_is_reported_and_capped_once() => Fix.Fix("""
        using OpenAI.Chat;

        class Agent
        {
            void Run(ChatClient chat)
            {
                for (;;)
                {
                    chat.{|GAI002:CompleteChat|}("plan");
                    chat.CompleteChat("act");
                }
            }
        }
        """, """
        using OpenAI.Chat;

        class Agent
        {
            /// <summary>How many model calls a loop may make before it stops (GreenAI GAI002).</summary>
            private const int MaxModelCalls = 10;

            void Run(ChatClient chat)
            {
                for (var modelCalls = 0; modelCalls < MaxModelCalls; modelCalls++)
                {
                    chat.CompleteChat("plan");
                    chat.CompleteChat("act");
                }
            }
        }
        """);

    [Fact]
    public Task Recursion_gets_no_fix() => Fix.NoFix("""
        using Microsoft.Extensions.AI;

        class Planner
        {
            async Task<string> Refine(IChatClient client, string draft)
            {
                var response = await client.{|GAI002:GetResponseAsync|}("Improve: " + draft);
                return response.Text.Contains("DONE") ? response.Text : await Refine(client, response.Text);
            }
        }
        """);

    /// <summary>A raw-HTTP poll of a video job gets the cap too, and the capped loop compiles.</summary>
    [Fact]
    public Task A_raw_http_poll_is_capped() => Fix.Fix("""
        using System.Net.Http;

        class Sora
        {
            async Task Wait(HttpClient http, string endpoint, string id)
            {
                string status = "queued";
                while (status != "completed")
                {
                    await Task.Delay(5000);
                    status = await http.{|GAI002:GetStringAsync|}($"{endpoint}/v1/videos/{id}");
                }
            }
        }
        """, """
        using System.Net.Http;

        class Sora
        {
            /// <summary>How many model calls a loop may make before it stops (GreenAI GAI002).</summary>
            private const int MaxModelCalls = 10;

            async Task Wait(HttpClient http, string endpoint, string id)
            {
                string status = "queued";
                for (var modelCalls = 0; status != "completed" && modelCalls < MaxModelCalls; modelCalls++)
                {
                    await Task.Delay(5000);
                    status = await http.GetStringAsync($"{endpoint}/v1/videos/{id}");
                }
            }
        }
        """);

    /// <summary>A poll bounded only by a cancellation token keeps its token check and gets the cap beside it.</summary>
    [Fact]
    public Task A_poll_bounded_only_by_its_token_is_capped() => Fix.Fix("""
        using System.Net.Http;

        class Sora
        {
            async Task Wait(HttpClient http, string endpoint, string id, CancellationToken ct)
            {
                while (!ct.IsCancellationRequested)
                {
                    var status = await http.{|GAI002:GetStringAsync|}($"{endpoint}/v1/videos/{id}", ct);
                    if (status == "completed") break;
                    await Task.Delay(5000, ct);
                }
            }
        }
        """, """
        using System.Net.Http;

        class Sora
        {
            /// <summary>How many model calls a loop may make before it stops (GreenAI GAI002).</summary>
            private const int MaxModelCalls = 10;

            async Task Wait(HttpClient http, string endpoint, string id, CancellationToken ct)
            {
                for (var modelCalls = 0; !ct.IsCancellationRequested && modelCalls < MaxModelCalls; modelCalls++)
                {
                    var status = await http.GetStringAsync($"{endpoint}/v1/videos/{id}", ct);
                    if (status == "completed") break;
                    await Task.Delay(5000, ct);
                }
            }
        }
        """);

    /// <summary>A poll through the app's own status method is capped as the poll written in the loop is.</summary>
    [Fact]
    public Task A_poll_through_the_apps_own_method_is_capped() => Fix.Fix("""
        using System.Net.Http;

        class Sora(HttpClient http, string endpoint)
        {
            Task<string> StatusAsync(string id, CancellationToken ct) => http.GetStringAsync($"{endpoint}/v1/videos/{id}", ct);

            async Task Wait(string id, CancellationToken ct)
            {
                while (!ct.IsCancellationRequested)
                {
                    if (await {|GAI002:StatusAsync|}(id, ct) == "completed") break;
                    await Task.Delay(5000, ct);
                }
            }
        }
        """, """
        using System.Net.Http;

        class Sora(HttpClient http, string endpoint)
        {
            /// <summary>How many model calls a loop may make before it stops (GreenAI GAI002).</summary>
            private const int MaxModelCalls = 10;

            Task<string> StatusAsync(string id, CancellationToken ct) => http.GetStringAsync($"{endpoint}/v1/videos/{id}", ct);

            async Task Wait(string id, CancellationToken ct)
            {
                for (var modelCalls = 0; !ct.IsCancellationRequested && modelCalls < MaxModelCalls; modelCalls++)
                {
                    if (await StatusAsync(id, ct) == "completed") break;
                    await Task.Delay(5000, ct);
                }
            }
        }
        """);

    /// <summary>The Responses tool loops, streamed and not, capped in one Fix All.</summary>
    [Fact]
    public Task Responses_tool_loops_are_capped() => Fix.Fix("""
        using OpenAI.Responses;

        class Agent
        {
            async Task Run(ResponsesClient client, CreateResponseOptions options)
            {
                bool requiresAction;
                do
                {
                    requiresAction = false;
                    ResponseResult response = await client.{|GAI002:CreateResponseAsync|}(options);
                    foreach (ResponseItem item in response.OutputItems)
                    {
                        if (item is FunctionCallResponseItem)
                        {
                            requiresAction = true;
                            break;
                        }
                    }
                }
                while (requiresAction);

                bool streamedAction;
                do
                {
                    streamedAction = false;
                    await foreach (StreamingResponseUpdate update in await client.{|GAI002:CreateResponseStreamingAsync|}(options))
                    {
                        streamedAction |= update is StreamingResponseOutputItemDoneUpdate { Item: FunctionCallResponseItem };
                    }
                }
                while (streamedAction);
            }
        }
        """, """
        using OpenAI.Responses;

        class Agent
        {
            /// <summary>How many model calls a loop may make before it stops (GreenAI GAI002).</summary>
            private const int MaxModelCalls = 10;

            async Task Run(ResponsesClient client, CreateResponseOptions options)
            {
                bool requiresAction;
                var modelCalls = 0;
                do
                {
                    if (++modelCalls > MaxModelCalls) break;
                    requiresAction = false;
                    ResponseResult response = await client.CreateResponseAsync(options);
                    foreach (ResponseItem item in response.OutputItems)
                    {
                        if (item is FunctionCallResponseItem)
                        {
                            requiresAction = true;
                            break;
                        }
                    }
                }
                while (requiresAction);

                bool streamedAction;
                var modelCalls2 = 0;
                do
                {
                    if (++modelCalls2 > MaxModelCalls) break;
                    streamedAction = false;
                    await foreach (StreamingResponseUpdate update in await client.CreateResponseStreamingAsync(options))
                    {
                        streamedAction |= update is StreamingResponseOutputItemDoneUpdate { Item: FunctionCallResponseItem };
                    }
                }
                while (streamedAction);
            }
        }
        """);
}
