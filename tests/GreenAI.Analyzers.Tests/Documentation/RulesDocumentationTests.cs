using System.Reflection;
using System.Text.RegularExpressions;
using GreenAI.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GreenAI.Analyzers.Tests.Documentation;

/// <summary>rules.md, the rule pages, the descriptors, the analyzers, their tests and the release files cannot drift apart.</summary>
public class RulesDocumentationTests
{
    private static readonly string RulesMd = File.ReadAllText(TestData.PathOf("rules.md"));

    /// <summary>
    /// The descriptors of every rule type in the assembly, whether or not the package hosts it: one per id (a rule's
    /// second descriptor of the same id, such as GAI001's for settings files, differs only in its compilation-end tag).
    /// </summary>
    public static IReadOnlyList<DiagnosticDescriptor> Descriptors() =>
        RuleAnalyzers.EachAlone().SelectMany(a => a.SupportedDiagnostics.GroupBy(d => d.Id).Select(g => g.First())).ToList();

    public static TheoryData<string> DescriptorIds() => new(Descriptors().Select(d => d.Id));

    [Theory]
    [MemberData(nameof(DescriptorIds))]
    public void Every_descriptor_has_a_page_an_index_row_and_a_help_link(string id)
    {
        var descriptor = Descriptors().Single(d => d.Id == id);
        var page = RepositoryFiles.PathOf("docs", "rules", id + ".md");
        Assert.True(File.Exists(page), id + " has no page docs/rules/" + id + ".md");
        Assert.StartsWith($"# {id}: {descriptor.Title}\n", File.ReadAllText(page).ReplaceLineEndings("\n"));
        Assert.EndsWith($"docs/rules/{id}.md", descriptor.HelpLinkUri);
        Assert.Contains($"| [{id}](docs/rules/{id}.md) | {descriptor.Title} | {descriptor.Category} | {SeverityWord(descriptor)}", RulesMd);
    }

    [Fact]
    public void Every_rule_page_names_a_descriptor()
    {
        var ids = Descriptors().Select(d => d.Id).ToHashSet();
        foreach (var page in Directory.GetFiles(RepositoryFiles.PathOf("docs", "rules"), "*.md"))
        {
            Assert.Contains(Path.GetFileNameWithoutExtension(page), ids);
        }
    }

    /// <summary>
    /// The index of rules.md and the source line of each rule page are written from the code: the descriptors, the file
    /// of each rule and the code-fix providers that fix it. GREENAI_WRITE_DOCS=1 writes them instead of comparing.
    /// </summary>
    [Fact]
    public void The_index_and_the_pages_source_lines_are_written_from_the_code()
    {
        var write = Environment.GetEnvironmentVariable("GREENAI_WRITE_DOCS") == "1";
        var stale = new List<string>();
        void Check(string path, Func<string, string> expected, string what)
        {
            var text = File.ReadAllText(path).ReplaceLineEndings("\n");
            var wanted = expected(text);
            if (wanted != text)
            {
                stale.Add(what);
                if (write)
                {
                    File.WriteAllText(path, wanted);
                }
            }
        }

        Check(RepositoryFiles.PathOf("rules.md"), text => RulesDocumentation.WithIndex(text, Descriptors()), "rules.md (index)");
        foreach (var descriptor in Descriptors())
        {
            Check(RepositoryFiles.PathOf("docs", "rules", descriptor.Id + ".md"), text => RulesDocumentation.WithSourceLine(text, descriptor.Id), descriptor.Id + ".md (source line)");
        }

        Assert.True(write || stale.Count == 0, "Out of date; GREENAI_WRITE_DOCS=1 writes them: " + string.Join(", ", stale));
    }

    /// <summary>Every link of rules.md, README.md and the rule pages to a file of the repository finds it, and its #anchor in it.</summary>
    [Fact]
    public void Every_relative_link_of_the_rules_documentation_resolves()
    {
        var pages = new[] { RepositoryFiles.PathOf("rules.md"), RepositoryFiles.PathOf("README.md") }
            .Concat(Directory.GetFiles(RepositoryFiles.PathOf("docs", "rules"), "*.md"));
        var broken = new List<string>();
        foreach (var page in pages)
        {
            foreach (var (target, anchor) in MarkdownLinks.Relative(File.ReadAllText(page)))
            {
                var file = target.Length == 0 ? page : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, target));
                if (!File.Exists(file) && !Directory.Exists(file))
                {
                    broken.Add($"{Path.GetFileName(page)}: {target} does not exist");
                }
                else if (anchor != null && File.Exists(file) && !MarkdownLinks.Anchors(File.ReadAllText(file)).Contains(anchor))
                {
                    broken.Add($"{Path.GetFileName(page)}: {target}#{anchor} has no such anchor");
                }
            }
        }

        Assert.Empty(broken);
    }

    /// <summary>What docs/architecture.md says the documentation tests hold a new rule to, beyond the above: a test class named after it.</summary>
    [Fact]
    public void Every_rule_has_a_test_class_named_after_it()
    {
        var testClasses = typeof(RulesDocumentationTests).Assembly.GetTypes().Select(t => t.Name).ToHashSet();
        foreach (var rule in RuleAnalyzers.RuleTypes())
        {
            Assert.Contains(rule.Name + "Tests", testClasses);
        }
    }

    [Fact]
    public void The_package_analyzer_hosts_every_rule_and_every_rule_has_its_own_ids()
    {
        var hosted = GreenAIAnalyzer.Rules.Select(r => r.GetType()).ToHashSet();
        Assert.Equal(RuleAnalyzers.RuleTypes().ToHashSet(), hosted);
        var ids = Descriptors().Select(d => d.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        foreach (var variants in RuleAnalyzers.EachAlone().SelectMany(a => a.SupportedDiagnostics).GroupBy(d => d.Id))
        {
            var first = variants.First();
            Assert.All(variants, d => Assert.Equal(
                (first.Title.ToString(), first.MessageFormat.ToString(), first.Category, first.DefaultSeverity, first.HelpLinkUri),
                (d.Title.ToString(), d.MessageFormat.ToString(), d.Category, d.DefaultSeverity, d.HelpLinkUri)));
        }

        Assert.Equal(ids.ToHashSet(), new GreenAIAnalyzer().SupportedDiagnostics.Select(d => d.Id).ToHashSet());
    }

    [Fact]
    public void Every_option_read_in_code_is_documented()
    {
        var keys = typeof(GreenAI.Analyzers.DiagnosticIds).Assembly.GetType("GreenAI.Analyzers.EditorConfig.OptionKeys")!
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();
        Assert.NotEmpty(keys);
        foreach (var key in keys.Where(k => k.StartsWith("green_ai.", StringComparison.Ordinal) && !k.EndsWith('.')))
        {
            Assert.Contains($"| `{key}` |", RulesMd);
        }

        // The per-model declaration keys are built from a prefix and suffixes.
        foreach (var suffix in keys.Where(k => k.StartsWith('.')))
        {
            Assert.Contains($"| `green_ai.model.<id>{suffix}` |", RulesMd);
        }
    }

    [Fact]
    public void Every_descriptor_is_in_the_release_tracking_files()
    {
        var src = RepositoryFiles.PathOf("src", "GreenAI.Analyzers");
        var releases = File.ReadAllText(Path.Combine(src, "AnalyzerReleases.Shipped.md")) + File.ReadAllText(Path.Combine(src, "AnalyzerReleases.Unshipped.md"));
        foreach (var descriptor in Descriptors())
        {
            Assert.Matches(new Regex($@"^{descriptor.Id}\s*\|\s*{Regex.Escape(descriptor.Category)}\s*\|", RegexOptions.Multiline), releases);
        }
    }

    internal static string SeverityWord(DiagnosticDescriptor descriptor) =>
        !descriptor.IsEnabledByDefault ? "off" : descriptor.DefaultSeverity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            DiagnosticSeverity.Info => "info",
            _ => "hidden",
        };

    [Theory]
    [InlineData("none", "none")]
    [InlineData("strict", "warning")]
    public void The_none_and_strict_presets_set_every_rule(string preset, string severity)
    {
        var text = File.ReadAllText(RepositoryFiles.PathOf("src", "GreenAI.Analyzers.Package", "build", $"GreenAI.{preset}.globalconfig"));
        foreach (var id in TestCompilation.RuleIds)
        {
            Assert.Contains($"dotnet_diagnostic.{id}.severity = {severity}", text);
        }
    }
}
