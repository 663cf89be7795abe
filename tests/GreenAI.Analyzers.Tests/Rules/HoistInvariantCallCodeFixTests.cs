using Fix = GreenAI.Analyzers.Tests.Infrastructure.VerifyFix<GreenAI.Analyzers.Rules.CallPerItemRule, GreenAI.CodeFixes.HoistInvariantCallCodeFixProvider>;

namespace GreenAI.Analyzers.Tests.Rules;

public class HoistInvariantCallCodeFixTests
{
    [Fact]
    public Task Same_request_every_item_is_computed_once_before_the_loop() => Fix.Fix("""
        class Batch
        {
            async Task Run(OpenAI.Chat.ChatClient chat, List<string> rows)
            {
                foreach (var row in rows)
                {
                    var rules = await chat.{|GAI003:CompleteChatAsync|}("List the validation rules");
                    Console.WriteLine(row + rules.Value.Content[0].Text);
                }
            }
        }
        """, """
        class Batch
        {
            async Task Run(OpenAI.Chat.ChatClient chat, List<string> rows)
            {
                var completeChatResult = await chat.CompleteChatAsync("List the validation rules");
                foreach (var row in rows)
                {
                    var rules = completeChatResult;
                    Console.WriteLine(row + rules.Value.Content[0].Text);
                }
            }
        }
        """);

    [Fact]
    public Task An_item_independent_call_of_the_apps_own_wrapper_is_hoisted_too() => Fix.Fix("""
        class Rules(OpenAI.Chat.ChatClient chat)
        {
            public async Task<string> ListAsync() => (await chat.CompleteChatAsync("List the validation rules")).Value.Content[0].Text;
        }

        class Batch
        {
            async Task Run(Rules rules, List<string> rows)
            {
                foreach (var row in rows)
                {
                    var list = await rules.{|GAI003:ListAsync|}();
                    Console.WriteLine(row + list);
                }
            }
        }
        """, """
        class Rules(OpenAI.Chat.ChatClient chat)
        {
            public async Task<string> ListAsync() => (await chat.CompleteChatAsync("List the validation rules")).Value.Content[0].Text;
        }

        class Batch
        {
            async Task Run(Rules rules, List<string> rows)
            {
                var listResult = await rules.ListAsync();
                foreach (var row in rows)
                {
                    var list = listResult;
                    Console.WriteLine(row + list);
                }
            }
        }
        """);

    [Fact]
    public Task A_call_whose_result_is_unused_moves_as_a_statement() => Fix.Fix("""
        class Batch
        {
            void Run(OpenAI.Chat.ChatClient chat, string[] rows)
            {
                for (var i = 0; i < rows.Length; i++)
                {
                    chat.{|GAI003:CompleteChat|}("warm up");
                    Console.WriteLine(rows[i]);
                }
            }
        }
        """, """
        class Batch
        {
            void Run(OpenAI.Chat.ChatClient chat, string[] rows)
            {
                chat.CompleteChat("warm up");
                for (var i = 0; i < rows.Length; i++)
                {
                    Console.WriteLine(rows[i]);
                }
            }
        }
        """);

    [Fact]
    public Task Per_item_requests_and_lambdas_get_no_fix() => Fix.NoFix("""
        class Batch
        {
            async Task Run(OpenAI.Chat.ChatClient chat, List<string> rows)
            {
                foreach (var row in rows)
                {
                    await chat.{|GAI003:CompleteChatAsync|}("Summarise " + row);
                }

                rows.ForEach(r => chat.{|GAI003:CompleteChat|}("same"));
            }
        }
        """);

    /// <summary>The same request in a loop that drains a queue moves out of it too, and the result compiles.</summary>
    [Fact]
    public Task Same_request_in_a_queue_loop_is_hoisted() => Fix.Fix("""
        using Microsoft.Extensions.AI;

        class Worker
        {
            async Task Run(IChatClient client, Queue<string> backlog)
            {
                while (backlog.TryDequeue(out var item))
                {
                    var rules = await client.{|GAI003:GetResponseAsync|}("List the house rules");
                    Console.WriteLine(item + rules.Text);
                }
            }
        }
        """, """
        using Microsoft.Extensions.AI;

        class Worker
        {
            async Task Run(IChatClient client, Queue<string> backlog)
            {
                var getResponseResult = await client.GetResponseAsync("List the house rules");
                while (backlog.TryDequeue(out var item))
                {
                    var rules = getResponseResult;
                    Console.WriteLine(item + rules.Text);
                }
            }
        }
        """);

    /// <summary>A request that reads the item a while loop takes from its queue is per item: no hoist.</summary>
    [Fact]
    public Task A_request_that_reads_the_dequeued_item_is_not_hoisted() => Fix.NoFix("""
        using Microsoft.Extensions.AI;

        class Worker
        {
            async Task Run(IChatClient client, Queue<string> backlog)
            {
                while (backlog.TryDequeue(out var item))
                {
                    await client.{|GAI003:GetResponseAsync|}("Summarise " + item);
                }
            }
        }
        """);

    /// <summary>Per-item embeddings in Task.Run under Select: reported, with no fix (the batch fix rewrites foreach loops only).</summary>
    [Fact]
    public Task Embeddings_in_Task_Run_under_Select_get_no_fix() => Fix.NoFix("""
        using Microsoft.Extensions.AI;

        class Ingest
        {
            async Task Run(IEmbeddingGenerator<string, Embedding<float>> generator, List<string> entries)
            {
                await Task.WhenAll(entries.Select(entry => Task.Run(async () => await generator.{|GAI003:GenerateVectorAsync|}(entry))));
            }
        }
        """);
}
