using GreenAI.Impact.Models;

namespace GreenAI.Analyzers.Tests.Models;

/// <summary>model-tiers.tsv: every row reads, and its shapes take what they name and nothing else.</summary>
public class ModelTiersTests
{
    [Fact]
    public void Every_row_of_the_table_reads()
    {
        var rows = 0;
        using (var stream = typeof(ModelCatalog).Assembly.GetManifestResourceStream("GreenAI.Impact.model-tiers.tsv")!)
        using (var reader = new StreamReader(stream))
        {
            while (reader.ReadLine() is { } line)
            {
                rows += line.Length > 0 && line[0] != '#' ? 1 : 0;
            }
        }

        Assert.Equal(14, rows);
        Assert.Equal(rows, ModelTiers.RowCount);
    }

    [Theory]
    [InlineData("claude-#*-opus-#*", "", "claude-opus", true)]
    [InlineData("claude-#*-opus-#*", "", "claude-3-opus", true)]
    [InlineData("claude-#*-opus-#*", "", "claude-3.5-opus-4-1", true)]
    [InlineData("claude-#*-opus-#*", "", "claude-opus-4.5.1", true)]
    [InlineData("claude-#*-opus-#*", "", "claude-opus-x", false)]
    [InlineData("claude-#*-opus-#*", "", "claude--opus", false)]
    [InlineData("claude-#*-opus-#*", "", "claude-opus-4.", false)]
    [InlineData("claude-#*-opus-#*", "", "claude-opus-", false)]
    [InlineData("claude-#*-opus-#*", "", "claude-opus-4..5", false)]
    [InlineData("gpt-#", "-pro,-chat-latest,-codex", "gpt-6", true)]
    [InlineData("gpt-#", "-pro,-chat-latest,-codex", "gpt-5.2-chat-latest", true)]
    [InlineData("gpt-#", "-pro,-chat-latest,-codex", "gpt-5.2-pro", true)]
    [InlineData("gpt-#", "-pro,-chat-latest,-codex", "gpt-5.2-pro-pro", false)]
    [InlineData("gpt-#", "-pro,-chat-latest,-codex", "gpt-5.2-turbo", false)]
    [InlineData("gpt-#", "-pro,-chat-latest,-codex", "gpt", false)]
    [InlineData("gpt-#", "-pro,-chat-latest,-codex", "gpt-", false)]
    [InlineData("gpt-#", "-pro,-chat-latest,-codex", "gpt-5-6", false)]
    [InlineData("mistral-large-#?", "", "mistral-large", true)]
    [InlineData("mistral-large-#?", "", "mistral-large-3", true)]
    [InlineData("mistral-large-#?", "", "mistral-large-3-1", false)]
    [InlineData("gemini-#-flash", "-preview", "gemini-3-flash-lite", false)]
    [InlineData("gemini-#-flash", "-preview", "gemini-3-flash-preview", true)]
    public void A_shape_takes_what_it_names(string shape, string endings, string id, bool expected)
    {
        var parsed = TierShape.Parse(shape, endings);
        Assert.NotNull(parsed);
        Assert.Equal(expected, parsed!.Matches(id));
    }

    [Theory]
    [InlineData("gpt-5-#")]
    [InlineData("claude--opus")]
    [InlineData("4.5-opus")]
    public void A_shape_whose_word_reads_as_a_version_is_refused(string shape) => Assert.Null(TierShape.Parse(shape, ""));
}
