using GreenAI.Analyzers.Hosting;
using GreenAI.Analyzers.Testing;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GreenAI.Analyzers.Tests.Infrastructure;

/// <summary>Every rule of the package, found by reflection, each hosted alone as the rule tests run them.</summary>
internal static class RuleAnalyzers
{
    public static IEnumerable<Type> RuleTypes() =>
        typeof(GreenAIAnalyzer).Assembly.GetTypes().Where(t => !t.IsAbstract && !t.IsInterface && typeof(IRule).IsAssignableFrom(t));

    public static IEnumerable<DiagnosticAnalyzer> EachAlone() => RuleTypes().Select(Alone);

    public static DiagnosticAnalyzer Alone(Type ruleType) =>
        (DiagnosticAnalyzer)Activator.CreateInstance(typeof(SingleRuleAnalyzer<>).MakeGenericType(ruleType))!;
}
