using GreenAI.Analyzers.Hosting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GreenAI.Analyzers.Testing;

/// <summary>
/// One rule hosted alone, for its tests and for measuring it (the package hosts every rule in GreenAIAnalyzer).
/// Shared by the test project and the benchmark harness.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class SingleRuleAnalyzer<TRule> : RuleHostAnalyzer
    where TRule : IRule, new()
{
    public SingleRuleAnalyzer()
        : base(System.Collections.Immutable.ImmutableArray.Create<IRule>(new TRule()))
    {
    }
}
