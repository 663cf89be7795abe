using System.Collections.Concurrent;
using System.Collections.Immutable;
using GreenAI.Analyzers.Hosting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace GreenAI.Analyzers.Rules;

/// <summary>
/// GAI900: a green_ai.* option value that cannot be read, once per key and value in a compilation, at the start of the
/// first file (in path order) it applies to: the compiler does not say which .editorconfig line set it.
/// </summary>
internal sealed class UnreadableOptionRule : IRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        DiagnosticIds.UnreadableOption,
        title: "GreenAI option value cannot be read",
        messageFormat: "{0} = '{1}' cannot be read: expected {2}; using {3} instead",
        DiagnosticIds.Categories.Configuration,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "An .editorconfig or global AnalyzerConfig value of a green_ai.* option that this package cannot read. The default is used instead. Reported once per key and value in a compilation, at the first file it applies to.",
        helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.UnreadableOption),
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    public ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptor);

    public void Register(RuleActions actions)
    {
        var start = actions.Start;
        var services = actions.Services;
        var firstFileByProblem = new ConcurrentDictionary<(string Key, string Value), (SyntaxTree Tree, EditorConfig.OptionProblem Problem)>();
        start.RegisterSyntaxTreeAction(c =>
        {
            foreach (var problem in services.Options.For(c.Tree).Problems)
            {
                firstFileByProblem.AddOrUpdate(
                    (problem.Key, problem.Value),
                    (c.Tree, problem),
                    (_, existing) => string.CompareOrdinal(c.Tree.FilePath, existing.Tree.FilePath) < 0 ? (c.Tree, problem) : existing);
            }
        });
        start.RegisterCompilationEndAction(end =>
        {
            foreach (var globalSwitch in EditorConfig.GlobalSwitch.All)
            {
                foreach (var (key, value) in globalSwitch.Unreadable(end.Options.AnalyzerConfigOptionsProvider.GlobalOptions))
                {
                    // A global switch belongs to no file: reported without a location.
                    end.ReportDiagnostic(Diagnostic.Create(Descriptor, Location.None, key, value, "true or false", "true"));
                }
            }

            foreach (var entry in firstFileByProblem.Values)
            {
                var problem = entry.Problem;
                end.ReportDiagnostic(Diagnostic.Create(
                    Descriptor,
                    Location.Create(entry.Tree, new TextSpan(0, 0)),
                    problem.Key,
                    problem.Value,
                    problem.Accepted,
                    problem.Fallback));
            }
        });
    }
}
