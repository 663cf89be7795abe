using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace GreenAI.Analyzers.Hosting;

/// <summary>
/// Whether a rule can report anywhere in a compilation. The driver skips an analyzer whose every diagnostic is turned
/// off; inside <see cref="GreenAIAnalyzer"/> that is decided per rule here, so a rule set to none costs nothing.
/// </summary>
internal static class RuleSwitch
{
    public static bool IsOnAnywhere(ImmutableArray<DiagnosticDescriptor> descriptors, Compilation compilation, CancellationToken cancellationToken)
    {
        foreach (var descriptor in descriptors)
        {
            if (IsOnAnywhere(descriptor, compilation, cancellationToken))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsOnAnywhere(DiagnosticDescriptor descriptor, Compilation compilation, CancellationToken cancellationToken)
    {
        // Command line, rule sets and defaults first; then .globalconfig; then each file's .editorconfig section.
        // On in any of them counts: the driver filters each diagnostic by its own file's severity afterwards.
        if (descriptor.GetEffectiveSeverity(compilation.Options) != ReportDiagnostic.Suppress)
        {
            return true;
        }

        var provider = compilation.Options.SyntaxTreeOptionsProvider;
        if (provider == null)
        {
            return false;
        }

        if (provider.TryGetGlobalDiagnosticValue(descriptor.Id, cancellationToken, out var global) && global != ReportDiagnostic.Suppress)
        {
            return true;
        }

        foreach (var tree in compilation.SyntaxTrees)
        {
            if (provider.TryGetDiagnosticValue(tree, descriptor.Id, cancellationToken, out var inFile) && inFile != ReportDiagnostic.Suppress)
            {
                return true;
            }
        }

        return false;
    }
}
