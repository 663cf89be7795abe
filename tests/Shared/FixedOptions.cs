using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GreenAI.Analyzers.Testing;

/// <summary>
/// The same keys for every file and additional file: what a global config gives (green_ai.*, and the MSBuild properties
/// the package makes visible, build_property.OutputType…). For tests and the harness.
/// </summary>
internal sealed class FixedOptions : AnalyzerConfigOptionsProvider
{
    public FixedOptions(IReadOnlyDictionary<string, string> values) => _values = new Values(values);

    private readonly AnalyzerConfigOptions _values;

    public override AnalyzerConfigOptions GlobalOptions => _values;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _values;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _values;

    private sealed class Values(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override IEnumerable<string> Keys => values.Keys;

        public override bool TryGetValue(string key, out string value)
        {
            var found = values.TryGetValue(key, out var text);
            value = text ?? string.Empty;
            return found;
        }
    }
}
