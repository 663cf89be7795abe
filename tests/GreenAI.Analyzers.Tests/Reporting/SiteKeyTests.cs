using GreenAI.Analyzers.Hosting;
using GreenAI.Analyzers.Reporting;
using GreenAI.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace GreenAI.Analyzers.Tests.Reporting;

/// <summary>The <c>site</c> property the review tool matches call sites by (rules.md § Diagnostic properties).</summary>
public class SiteKeyTests
{
    private const string Bot = """
        using OpenAI.Chat;
        namespace Shop;
        class SupportBot
        {
            private readonly ChatClient _chat = new OpenAI.OpenAIClient("key").GetChatClient("gpt-4o");

            public string Answer(string question)
            {
                while (true)
                {
                    ChatCompletion reply = _chat.CompleteChat(question);
                    if (reply.Content.Count > 0) { question = reply.Content[0].Text; }
                }
            }
        }
        """;

    [Fact]
    public async Task Every_diagnostic_about_a_call_names_its_member_and_the_call()
    {
        var diagnostics = await AnalyzerRunner.RunAsync(new GreenAIAnalyzer(), Bot);

        Assert.Equal("Shop.SupportBot._chat|model", Single(diagnostics, "GAI001").Properties[SiteKey.Property]);
        foreach (var id in new[] { "GAI002", "GAI006", "GAI010" })
        {
            Assert.Equal("Shop.SupportBot.Answer|ChatClient.CompleteChat", Single(diagnostics, id).Properties[SiteKey.Property]);
        }
    }

    [Fact]
    public async Task The_site_survives_moved_lines_and_a_changed_signature()
    {
        var moved = Bot.Replace("public string Answer(string question)", "// a comment\n\n    public string Answer(string question, int unused = 0)");

        var before = await SitesAsync(Bot);
        var after = await SitesAsync(moved);

        Assert.Equal(before, after);
        Assert.NotEqual(
            (await AnalyzerRunner.RunAsync(new GreenAIAnalyzer(), Bot)).First(d => d.Id == "GAI010").Location.GetLineSpan().StartLinePosition,
            (await AnalyzerRunner.RunAsync(new GreenAIAnalyzer(), moved)).First(d => d.Id == "GAI010").Location.GetLineSpan().StartLinePosition);
    }

    [Fact]
    public async Task Property_accessors_and_constructors_are_named_after_their_member()
    {
        var diagnostics = await AnalyzerRunner.RunAsync(new GreenAIAnalyzer(), """
            using OpenAI.Chat;
            class Bot
            {
                private readonly ChatClient _chat;
                public Bot(OpenAI.OpenAIClient client) { _chat = client.GetChatClient("gpt-4o-mini"); _ = _chat.CompleteChat("warm up"); }
                public string Greeting => _chat.CompleteChat("Say hello").Value.Content[0].Text;
            }
            """);

        var sites = diagnostics.Where(d => d.Id == "GAI010").Select(d => d.Properties[SiteKey.Property]).OrderBy(s => s, StringComparer.Ordinal);
        Assert.Equal(new[] { "Bot.Bot|ChatClient.CompleteChat", "Bot.Greeting|ChatClient.CompleteChat" }, sites);
    }

    [Fact]
    public async Task Top_level_statements_are_named_after_them()
    {
        var diagnostics = await AnalyzerRunner.RunAsync(new[] { new GreenAIAnalyzer() }, """
            var chat = new OpenAI.OpenAIClient("key").GetChatClient("gpt-4o-mini");
            chat.CompleteChat("Say hello");
            """, outputKind: OutputKind.ConsoleApplication);

        Assert.Equal("Program (top-level statements)|ChatClient.CompleteChat", Single(diagnostics, "GAI010").Properties[SiteKey.Property]);
    }

    private static Diagnostic Single(IReadOnlyList<Diagnostic> diagnostics, string id) => Assert.Single(diagnostics, d => d.Id == id);

    private static async Task<string[]> SitesAsync(string source) =>
        (await AnalyzerRunner.RunAsync(new GreenAIAnalyzer(), source))
            .Select(d => d.Id + " " + d.Properties[SiteKey.Property])
            .OrderBy(s => s, StringComparer.Ordinal)
            .ToArray();
}
