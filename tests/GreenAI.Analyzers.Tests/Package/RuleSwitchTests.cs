using System.Collections.Immutable;
using GreenAI.Analyzers.Hosting;
using GreenAI.Analyzers.Rules;
using GreenAI.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace GreenAI.Analyzers.Tests.Package;

/// <summary>Inside GreenAIAnalyzer a rule registers only when it can report somewhere: the switch reads every severity source.</summary>
public class RuleSwitchTests
{
    private const string Source = "class C { }";

    [Fact]
    public void A_rule_on_by_default_is_on() =>
        Assert.True(IsOn(LargeModelRule.Descriptor, Compile()));

    [Fact]
    public void A_rule_off_by_default_is_off_until_a_severity_turns_it_on()
    {
        Assert.False(IsOn(EstimatedImpactRule.Descriptor, Compile()));
        Assert.True(IsOn(EstimatedImpactRule.Descriptor, Compile(specific: ReportDiagnostic.Info, id: DiagnosticIds.EstimatedImpact)));
    }

    [Fact]
    public void A_rule_set_to_none_is_off() =>
        Assert.False(IsOn(LargeModelRule.Descriptor, Compile(specific: ReportDiagnostic.Suppress, id: DiagnosticIds.LargeModel)));

    [Fact]
    public void One_file_that_turns_a_rule_on_is_enough() =>
        Assert.True(IsOn(LargeModelRule.Descriptor, Compile(specific: ReportDiagnostic.Suppress, id: DiagnosticIds.LargeModel, inOneFile: ReportDiagnostic.Warn)));

    [Fact]
    public void A_global_config_that_turns_a_rule_on_is_enough() =>
        Assert.True(IsOn(EstimatedImpactRule.Descriptor, Compile(id: DiagnosticIds.EstimatedImpact, global: ReportDiagnostic.Info)));

    [Fact]
    public void A_rule_off_everywhere_is_off() =>
        Assert.False(IsOn(LargeModelRule.Descriptor, Compile(id: DiagnosticIds.LargeModel, inOneFile: ReportDiagnostic.Suppress, global: ReportDiagnostic.Suppress, specific: ReportDiagnostic.Suppress)));

    private static bool IsOn(DiagnosticDescriptor descriptor, Compilation compilation) =>
        RuleSwitch.IsOnAnywhere(ImmutableArray.Create(descriptor), compilation, CancellationToken.None);

    private static CSharpCompilation Compile(string id = "", ReportDiagnostic? specific = null, ReportDiagnostic? inOneFile = null, ReportDiagnostic? global = null)
    {
        var compilation = AnalyzerRunner.Compile(Source);
        var options = compilation.Options;
        if (specific is { } value)
        {
            options = options.WithSpecificDiagnosticOptions(options.SpecificDiagnosticOptions.SetItem(id, value));
        }

        var firstTree = compilation.SyntaxTrees.First();
        return compilation.WithOptions(options.WithSyntaxTreeOptionsProvider(new Severities(firstTree, id, inOneFile, global)));
    }

    /// <summary>What .editorconfig (one file) and .globalconfig (the compilation) say, as the compiler hands them over.</summary>
    private sealed class Severities(SyntaxTree configuredTree, string id, ReportDiagnostic? inTree, ReportDiagnostic? global) : SyntaxTreeOptionsProvider
    {
        public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.NotGenerated;

        public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
        {
            severity = inTree ?? ReportDiagnostic.Default;
            return inTree != null && diagnosticId == id && tree == configuredTree;
        }

        public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
        {
            severity = global ?? ReportDiagnostic.Default;
            return global != null && diagnosticId == id;
        }
    }
}
