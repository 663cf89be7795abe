using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace GreenAI.Analyzers.Rules;

/// <summary>
/// GAI900: a green_ai.* option value that cannot be read, once per key and value in a compilation, at the start of the
/// first file (in path order) it applies to: the compiler does not say which .editorconfig line set it.
/// </summary>
public sealed class UnreadableOptionAnalyzer : SdkAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptors.UnreadableOption);

    internal override void Register(RuleActions actions)
    {
        var start = actions.Start;
        var services = actions.Services;
        var firstFileByProblem = new ConcurrentDictionary<(string Key, string Value), (SyntaxTree Tree, Options.OptionProblem Problem)>();
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
            foreach (var (key, value) in Options.RawHttpSwitch.Unreadable(end.Options.AnalyzerConfigOptionsProvider.GlobalOptions))
            {
                // A global switch belongs to no file: reported without a location.
                end.ReportDiagnostic(Diagnostic.Create(Descriptors.UnreadableOption, Location.None, key, value, "true or false", "false"));
            }

            foreach (var entry in firstFileByProblem.Values)
            {
                var problem = entry.Problem;
                end.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.UnreadableOption,
                    Location.Create(entry.Tree, new TextSpan(0, 0)),
                    problem.Key,
                    problem.Value,
                    problem.Accepted,
                    problem.Fallback));
            }
        });
    }
}
