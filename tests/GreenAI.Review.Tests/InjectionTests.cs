using System.Text.Json.Nodes;
using GreenAI.Review.Cli;
using GreenAI.Review.Tests.Infrastructure;
using Markdig;

namespace GreenAI.Review.Tests;

/// <summary>
/// A crafted log (a fork's pull request builds whatever it likes) must not put HTML, a link, an image, a mention or a
/// workflow command into the comment or the CI log: the Markdown is rendered with a CommonMark + GFM renderer and the
/// HTML checked.
/// </summary>
public sealed class InjectionTests : IDisposable
{
    private const string Hostile = "<img src=x onerror=alert(1)> [click](https://evil.example) ![i](https://evil.example/i.png) @octocat www.evil.example https://evil.example/x <!-- hide --> | cell ~~strike~~ **bold** `code`\n## Injected heading\n::error::pwned";
    private readonly Logs _logs = new();

    [Fact]
    public void Rule_titles_paths_models_and_messages_from_a_log_render_as_text()
    {
        var (before, after) = HostileLogs();
        var pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

        foreach (var markdown in new[] { ToolRun.Run("report", after).Output, ToolRun.Run("diff", before, after).Output })
        {
            var html = Markdown.ToHtml(markdown, pipeline);
            Assert.DoesNotContain("<img", html);
            Assert.DoesNotContain("<a ", html);
            Assert.DoesNotContain("<!--", html);
            Assert.DoesNotContain("<h2>Injected", html);
            Assert.DoesNotContain("<del>", html);
            Assert.DoesNotContain("@octocat", html, StringComparison.Ordinal); // a zero-width space follows the '@' (ordinal: culture comparison ignores it)
            Assert.Contains("&lt;img src=x", html);   // the text is there, as text
        }
    }

    [Fact]
    public void Gate_lines_on_standard_error_stay_one_line_each()
    {
        var (before, after) = HostileLogs();

        var run = ToolRun.Run("diff", before, after, "--fail-on", "ratio>2");

        Assert.Equal(ExitCodes.GateFailed, run.ExitCode);
        Assert.DoesNotContain(run.Error.Split('\n'), line => line.StartsWith("::", StringComparison.Ordinal));
    }

    private (string Before, string After) HostileLogs()
    {
        var site = "Evil" + Hostile + ".Run|ChatClient.CompleteChat";
        JsonObject Estimate(string model, double min, double max)
        {
            var result = Logs.Estimate("Evil<script>.cs", 3, site, model, min, max);
            return result;
        }

        var before = _logs.Compiler("before.sarif", Estimate("gpt-4o-mini", 0.03, 0.036));
        var after = _logs.Compiler("after.sarif",
            Estimate(Hostile, 0.642, 1.03),
            Logs.Result("GAI002", "Evil<script>.cs", 3, Hostile, new() { ["site"] = site }));
        // The rule title comes from the log's driver: make it hostile too.
        var log = JsonNode.Parse(File.ReadAllText(after))!;
        log["runs"]![0]!["tool"]!["driver"]!["rules"]![1]!["shortDescription"]!["text"] = Hostile;
        File.WriteAllText(after, log.ToJsonString());
        return (before, after);
    }

    public void Dispose() => _logs.Dispose();
}
