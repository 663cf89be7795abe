using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GreenAI.Analyzers.Benchmarks;

/// <summary>The same keys for every file, as MSBuild's generated global config gives them (build_property.OutputType…).</summary>
internal sealed class BuildPropertyOptions : AnalyzerConfigOptionsProvider
{
    public BuildPropertyOptions(IReadOnlyDictionary<string, string> values) => _values = new Values(values);

    private readonly AnalyzerConfigOptions _values;

    public override AnalyzerConfigOptions GlobalOptions => _values;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _values;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _values;

    private sealed class Values(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value)
        {
            var found = values.TryGetValue(key, out var text);
            value = text ?? string.Empty;
            return found;
        }
    }
}
