using System.Collections.Generic;
using GreenAI.Analyzers.Contracts;
using GreenAI.Analyzers.Hosting;
using GreenAI.Analyzers.ModelIds;
using GreenAI.Analyzers.Reporting;
using GreenAI.Analyzers.Sdk;
using GreenAI.Analyzers.Wrappers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GreenAI.Analyzers.Rules;

/// <summary>
/// GAI001 at the implementation of a port: another project passes a large model's id to the port as a constant
/// (<see cref="PortModelArgumentLine"/>), and this implementation sends that parameter to a model. The caller's project
/// was compiled first and could not see the slot; this one cannot see the call, only its export: the diagnostic sits on
/// the parameter and names where the id is written (AiBloger's Core passes "gpt-4.1" to <c>IAuthorService</c>,
/// implemented in Infrastructure). No fix: the literal is in the other project.
/// </summary>
internal static class ModelArgumentsThroughPorts
{
    public static void Register(RuleActions actions, DiagnosticDescriptor descriptor, LargeModelFinding.Cache findings)
    {
        var imports = ImportedPortLines<PortModelArgumentLine>.Of(actions.Start.Compilation, PortModelArgumentLine.MetadataKey, PortModelArgumentLine.Decode);
        if (!imports.IsEmpty)
        {
            actions.Start.RegisterSymbolAction(c => Analyze(c, (IMethodSymbol)c.Symbol, imports, actions.Services, descriptor, findings), SymbolKind.Method);
        }
    }

    private static void Analyze(SymbolAnalysisContext context, IMethodSymbol method, ImportedPortLines<PortModelArgumentLine> imports, AnalysisServices services, DiagnosticDescriptor descriptor, LargeModelFinding.Cache findings)
    {
        var reported = new HashSet<(string Parameter, string ModelId)>();
        foreach (var (port, line) in imports.OfImplementation(method))
        {
            if (!reported.Add((line.Parameter, line.ModelId)) || ParameterAt(method, port, line.Parameter) is not { } parameter
                || services.ModelCallingMethods.SlotOf(parameter, context.CancellationToken) is not { } slot)
            {
                continue;
            }

            var options = services.Options.For(parameter.Locations[0].SourceTree!);
            if (ResolvedModel.OutsideCode(line.ModelId, slot.Holds == SlotValue.DeploymentName, options) is not { } model
                || LargeModelFinding.ForOutsideCode(model, slot, options, findings) is not { } finding)
            {
                continue;
            }

            var arguments = finding.MessageArguments();
            arguments[0] = finding.ModelText + " (passed by " + line.Site + ", another project, to " + port.ContainingType.Name + "." + port.Name + ")";
            context.ReportDiagnostic(Diagnostic.Create(
                descriptor,
                parameter.Locations[0],
                services.WithSite(finding.Properties, method, SiteKey.ModelChoice).SetItem(LargeModelProperties.NoFix, LargeModelProperties.NoFixOtherProject),
                arguments));
        }
    }

    /// <summary>The implementation's parameter in the place of the port's parameter of that name (implementations may rename it).</summary>
    private static IParameterSymbol? ParameterAt(IMethodSymbol method, IMethodSymbol port, string name)
    {
        for (var i = 0; i < port.Parameters.Length && i < method.Parameters.Length; i++)
        {
            if (port.Parameters[i].Name == name)
            {
                return method.Parameters[i].Locations.IsEmpty ? null : method.Parameters[i];
            }
        }

        return null;
    }
}
