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
        var imports = ImportedPortLines<LoopCallLine>.Of(actions.Start.Compilation, LoopCallLine.MetadataKey, LoopCallLine.Decode);
        if (!imports.IsEmpty)
        {
            actions.Start.RegisterSymbolAction(c => Analyze(c, (IMethodSymbol)c.Symbol, imports, actions.Services, descriptor), SymbolKind.Method);
        }
    }

    private static void Analyze(SymbolAnalysisContext context, IMethodSymbol method, ImportedPortLines<LoopCallLine> imports, AnalysisServices services, DiagnosticDescriptor descriptor)
    {
        var loops = imports.OfImplementation(method).Distinct().Take(MaxLoopsNamed + 1).ToList();
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
    private static string LoopsText(List<(IMethodSymbol Port, LoopCallLine Line)> loops)
    {
        var (port, loop) = loops[0];
        var text = new StringBuilder(loop.Collection).Append(" (in ").Append(loop.Site).Append(", another project, through ")
            .Append(loop.Via.Length == 0 ? string.Empty : loop.Via + " → ").Append(port.ContainingType.Name).Append('.').Append(port.Name).Append(')');
        for (var i = 1; i < loops.Count && i <= MaxLoopsNamed - 1; i++)
        {
            text.Append("; also once per item of ").Append(loops[i].Line.Collection).Append(" in ").Append(loops[i].Line.Site);
        }

        if (loops.Count > MaxLoopsNamed)
        {
            text.Append(", and more");
        }

        return text.ToString();
    }
}
