using System.Reflection;
using System.Text;
using GreenAI.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace GreenAI.Analyzers.Tests.Documentation;

/// <summary>
/// What the rules documentation says that the code knows: the index of rules.md (each rule's id, title, category, severity,
/// source and fixes) and the source line under each rule page's title. Written from the code, so they cannot drift.
/// </summary>
internal static class RulesDocumentation
{
    public const string IndexStart = "<!-- index: written by RulesDocumentationTests from the descriptors and the code-fix providers -->";
    public const string IndexEnd = "<!-- end of index -->";

    public static string WithIndex(string rulesMd, IEnumerable<DiagnosticDescriptor> descriptors)
    {
        var start = rulesMd.IndexOf(IndexStart, StringComparison.Ordinal);
        var end = rulesMd.IndexOf(IndexEnd, StringComparison.Ordinal);
        if (start < 0 || end < start)
        {
            throw new InvalidOperationException("rules.md has lost its index markers: " + IndexStart + " … " + IndexEnd);
        }

        var index = new StringBuilder(IndexStart + "\n");
        index.Append("| id | title | category | default severity | rule | code fixes |\n|---|---|---|---|---|---|\n");
        foreach (var descriptor in descriptors.OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            var fixes = FixesOf(descriptor.Id);
            index.Append($"| [{descriptor.Id}](docs/rules/{descriptor.Id}.md) | {descriptor.Title} | {descriptor.Category} | ")
                .Append(RulesDocumentationTests.SeverityWord(descriptor) + (descriptor.IsEnabledByDefault ? "" : " (" + EnabledWord(descriptor) + " when enabled)"))
                .Append(" | " + Link(RuleOf(descriptor.Id), "") + " | ")
                .Append(fixes.Count == 0 ? "no" : string.Join(", ", fixes.Select(f => Link(f, ""))))
                .Append(" |\n");
        }

        return rulesMd[..start] + index + rulesMd[end..];
    }

    /// <summary>The page with its third line (under the title) naming the rule's source, its fixes' and the index.</summary>
    public static string WithSourceLine(string page, string id)
    {
        var lines = page.Split('\n');
        if (lines.Length < 4 || lines[1].Length != 0 || lines[3].Length != 0)
        {
            throw new InvalidOperationException($"docs/rules/{id}.md: the title, a blank line, the source line and a blank line come first.");
        }

        var fixes = FixesOf(id);
        lines[2] = "Source: " + Link(RuleOf(id), "../../")
            + (fixes.Count == 0 ? " (no code fix)" : " · fixed by " + string.Join(", ", fixes.Select(f => Link(f, "../../"))))
            + " · [all rules](../../rules.md)";
        return string.Join("\n", lines);
    }

    /// <summary>The rule type whose descriptors include the id, with its file (one file per rule, named after it).</summary>
    private static (string Name, string Path) RuleOf(string id)
    {
        var rule = RuleAnalyzers.RuleTypes().Single(t => RuleAnalyzers.Alone(t).SupportedDiagnostics.Any(d => d.Id == id));
        return (rule.Name, "src/GreenAI.Analyzers/Rules/" + rule.Name + ".cs");
    }

    private static List<(string Name, string Path)> FixesOf(string id) =>
        typeof(GreenAI.CodeFixes.CapModelLoopCodeFixProvider).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t) && t.IsDefined(typeof(ExportCodeFixProviderAttribute), inherit: false))
            .Where(t => ((CodeFixProvider)Activator.CreateInstance(t)!).FixableDiagnosticIds.Contains(id))
            .Select(t => (t.Name, "src/GreenAI.CodeFixes/" + t.Name + ".cs"))
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .ToList();

    private static string Link((string Name, string Path) source, string up)
    {
        if (!File.Exists(RepositoryFiles.PathOf(source.Path.Split('/'))))
        {
            throw new InvalidOperationException(source.Name + " is not in " + source.Path + ": one file per rule and per fix, named after it.");
        }

        return $"[`{source.Name}`]({up}{source.Path})";
    }

    private static string EnabledWord(DiagnosticDescriptor descriptor) => descriptor.DefaultSeverity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };
}
