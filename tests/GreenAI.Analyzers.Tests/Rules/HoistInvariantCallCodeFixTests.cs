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
}
