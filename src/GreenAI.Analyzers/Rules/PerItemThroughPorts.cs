using System.Collections.Generic;
using System.Linq;
using System.Text;
using GreenAI.Analyzers.Contracts;
using GreenAI.Analyzers.Flow;
using GreenAI.Analyzers.Hosting;
using GreenAI.Analyzers.Reporting;
using GreenAI.Analyzers.Wrappers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GreenAI.Analyzers.Rules;

/// <summary>
/// GAI003 at the implementation of a port: another project of the application (the one this project references, and
/// whose interface it implements) calls the interface method once per item of a collection (<see cref="LoopCallLine"/>),
/// and this implementation calls a model. The loop's project was compiled first and could not see the implementation;
/// this one cannot see the loop's body, only its export: the diagnostic sits on the implementing method and names the
/// loop (CosmoStudio's BLL loops over <c>IOllamaClient</c>, implemented in Infraestructura).
/// </summary>
internal static class PerItemThroughPorts
{
    private const int MaxLoopsNamed = 3;

    public static void Register(RuleActions actions, DiagnosticDescriptor descriptor)
    {
        var imports = ImportedLoopCalls.Of(actions.Start.Compilation);
        if (!imports.IsEmpty)
        {
            actions.Start.RegisterSymbolAction(c => Analyze(c, (IMethodSymbol)c.Symbol, imports, actions.Services, descriptor), SymbolKind.Method);
        }
    }

    private static void Analyze(SymbolAnalysisContext context, IMethodSymbol method, ImportedLoopCalls imports, AnalysisServices services, DiagnosticDescriptor descriptor)
    {
        if (method.MethodKind != MethodKind.Ordinary || method.IsAbstract || method.IsStatic || method.Locations.IsEmpty || !method.Locations[0].IsInSource)
        {
            return;
        }

        var loops = LoopsOver(method, imports).Distinct().Take(MaxLoopsNamed + 1).ToList();
        if (loops.Count == 0 || services.ModelCallingMethods.Of(method, context.CancellationToken) is not { PollsOnly: false } summary)
        {
            return;
        }

        var display = method.ContainingType.Name + "." + method.Name + summary.ChainText;
        var (first, others) = WrapperCallText.Estimates(summary, services);
        var properties = services.NewProperties(first?.Estimate.ToProperties());
        properties.Add(RepetitionProperties.LoopShape, nameof(LoopShape.PerItem));
        properties.Add(RepetitionProperties.Chain, display);
        properties.SetSite(services.SiteOf(method, display));
        context.ReportDiagnostic(Diagnostic.Create(
            descriptor,
            method.Locations[0],
            properties.ToImmutable(),
            display,
            LoopsText(loops),
            WrapperCallText.Cost(first, others, RepetitionUnit.Item)));
    }

    /// <summary>
    /// "chunks (in AuditHandler.Handle (AuditHandler.cs:13), another project, through IDocumentSummarizer.SummarizeAsync)",
    /// and the other loops after it: one diagnostic per implementation, however many loops call it.
    /// </summary>
    private static string LoopsText(List<(IMethodSymbol Port, LoopCallLine Loop)> loops)
    {
        var (port, loop) = loops[0];
        var text = new StringBuilder(loop.Collection).Append(" (in ").Append(loop.Site).Append(", another project, through ")
            .Append(loop.Via.Length == 0 ? string.Empty : loop.Via + " → ").Append(port.ContainingType.Name).Append('.').Append(port.Name).Append(')');
        for (var i = 1; i < loops.Count && i <= MaxLoopsNamed - 1; i++)
        {
            text.Append("; also once per item of ").Append(loops[i].Loop.Collection).Append(" in ").Append(loops[i].Loop.Site);
        }

        if (loops.Count > MaxLoopsNamed)
        {
            text.Append(", and more");
        }

        return text.ToString();
    }

    /// <summary>The exported loops over an interface method this method implements, or an abstract method it overrides.</summary>
    private static IEnumerable<(IMethodSymbol Port, LoopCallLine Loop)> LoopsOver(IMethodSymbol method, ImportedLoopCalls imports)
    {
        foreach (var implemented in method.ContainingType.AllInterfaces)
        {
            foreach (var member in implemented.GetMembers(method.Name))
            {
                if (member is IMethodSymbol port && SymbolEqualityComparer.Default.Equals(method.ContainingType.FindImplementationForInterfaceMember(port), method))
                {
                    foreach (var loop in imports.Of(port.OriginalDefinition))
                    {
                        yield return (port, loop);
                    }
                }
            }
        }

        for (var overridden = method.OverriddenMethod; overridden != null; overridden = overridden.OverriddenMethod)
        {
            foreach (var loop in imports.Of(overridden.OriginalDefinition))
            {
                yield return (overridden, loop);
            }
        }
    }
}
