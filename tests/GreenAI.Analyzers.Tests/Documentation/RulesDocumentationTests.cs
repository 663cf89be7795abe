using System.Reflection;
using System.Text.RegularExpressions;
using GreenAI.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GreenAI.Analyzers.Tests.Documentation;

/// <summary>rules.md, the descriptors, the analyzers and the release files cannot drift apart.</summary>
public class RulesDocumentationTests
{
    private static readonly string RulesMd = File.ReadAllText(TestData.PathOf("rules.md"));

    /// <summary>The descriptors of every rule type in the assembly, whether or not the package hosts it.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> Descriptors() =>
        RuleAnalyzers.EachAlone().SelectMany(a => a.SupportedDiagnostics).ToList();

    public static TheoryData<string> DescriptorIds() => new(Descriptors().Select(d => d.Id));

    [Theory]
    [MemberData(nameof(DescriptorIds))]
    public void Every_descriptor_has_a_section_an_index_row_and_a_help_link(string id)
    {
        var descriptor = Descriptors().Single(d => d.Id == id);
        var anchor = id.ToLowerInvariant();
        Assert.Contains($"<a id=\"{anchor}\"></a>", RulesMd);
        Assert.Contains($"## {id}: {descriptor.Title}", RulesMd);
        Assert.EndsWith("rules.md#" + anchor, descriptor.HelpLinkUri);

        var row = IndexRows().SingleOrDefault(r => r[0].Contains($"[{id}]"));
        Assert.True(row != null, id + " has no row in the index of rules.md");
        Assert.Equal(descriptor.Title.ToString(), row![1]);
        Assert.Equal(descriptor.Category, row[2]);
        Assert.Contains(SeverityWord(descriptor), row[3]);
    }

    [Fact]
    public void Every_rule_section_and_index_row_names_a_descriptor()
    {
        var ids = Descriptors().Select(d => d.Id).ToHashSet();
        foreach (Match m in Regex.Matches(RulesMd, @"^## (GAI\d{3}):", RegexOptions.Multiline))
        {
            Assert.Contains(m.Groups[1].Value, ids);
        }

        foreach (var row in IndexRows())
        {
            Assert.Contains(Regex.Match(row[0], @"GAI\d{3}").Value, ids);
        }
    }

    [Fact]
    public void The_package_analyzer_hosts_every_rule_and_every_rule_has_its_own_ids()
    {
        var hosted = GreenAIAnalyzer.Rules.Select(r => r.GetType()).ToHashSet();
        Assert.Equal(RuleAnalyzers.RuleTypes().ToHashSet(), hosted);
        var ids = Descriptors().Select(d => d.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(ids.ToHashSet(), new GreenAIAnalyzer().SupportedDiagnostics.Select(d => d.Id).ToHashSet());
    }

    /// <summary>The "code fix" column names the providers that fix the rule (`…CodeFixProvider`), or says "no".</summary>
    [Theory]
    [MemberData(nameof(DescriptorIds))]
    public void The_code_fix_column_names_exactly_the_providers_that_fix_the_rule(string id)
    {
        var fixing = typeof(GreenAI.CodeFixes.CapModelLoopCodeFixProvider).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t) && t.IsDefined(typeof(ExportCodeFixProviderAttribute), inherit: false))
            .Where(t => ((CodeFixProvider)Activator.CreateInstance(t)!).FixableDiagnosticIds.Contains(id))
            .Select(t => t.Name)
            .ToHashSet();
        var column = IndexRows().Single(r => r[0].Contains($"[{id}]"))[4];
        var named = Regex.Matches(column, @"`(\w+CodeFixProvider)`").Select(m => m.Groups[1].Value).ToHashSet();
        Assert.Equal(fixing.OrderBy(n => n), named.OrderBy(n => n));
        Assert.Equal(fixing.Count == 0, column == "no");
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

    private static string SeverityWord(DiagnosticDescriptor descriptor) =>
        !descriptor.IsEnabledByDefault ? "off" : descriptor.DefaultSeverity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            DiagnosticSeverity.Info => "info",
            _ => "hidden",
        };

    private static List<string[]> IndexRows()
    {
        var index = RulesMd.Substring(RulesMd.IndexOf("## Index", StringComparison.Ordinal));
        index = index.Substring(0, index.IndexOf("\n---", StringComparison.Ordinal));
        return index.Split('\n')
            .Where(l => l.StartsWith("| [GAI", StringComparison.Ordinal))
            .Select(l => l.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray())
            .ToList();
    }

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
