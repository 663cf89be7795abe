using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using GreenAI.Analyzers.EditorConfig;
using GreenAI.Analyzers.Hosting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GreenAI.Analyzers.Wrappers;

/// <summary>
/// Writes the project's public model-calling methods into its assembly (<see cref="ExportedSummary"/>), so that GAI002
/// and GAI003 see the model behind <c>summarizer.SummarizeAsync(doc)</c> in another project of the solution: the
/// compiler analyses one project at a time, and a referenced project is only metadata. Nothing is written for a project
/// without model-calling methods, an executable or a test project; <c>GreenAIExportModelCalls=true</c> or <c>false</c>
/// decides instead.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ModelCallExportGenerator : IIncrementalGenerator
{
    /// <summary>Bounds the attributes one assembly gets.</summary>
    public const int MaxLines = 1000;

    /// <summary>
    /// Bounds the methods summarised, the cost of the export: each is bound again here (the compile binds after the
    /// generators, and shares nothing with them). Real projects have far fewer (docs/performance.md); a bigger one
    /// exports the first found: direct callers of the SDK first, in file order, then their callers.
    /// </summary>
    public const int MaxSummarised = 64;

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var options = context.AnalyzerConfigOptionsProvider.Combine(context.AdditionalTextsProvider.Collect());
        var source = context.CompilationProvider.Combine(options)
            .Select(static (input, cancellationToken) => SourceOf(input.Left, input.Right.Left, input.Right.Right, cancellationToken));
        context.RegisterSourceOutput(source, static (output, text) =>
        {
            if (text.Length > 0)
            {
                output.AddSource("GreenAI.ModelCalls.g.cs", text);
            }
        });
    }

    /// <summary>The generated file's text, or empty. Never throws: a failure here must not fail the user's build.</summary>
    internal static string SourceOf(Compilation compilation, AnalyzerConfigOptionsProvider options, ImmutableArray<AdditionalText> additionalFiles, CancellationToken cancellationToken)
    {
        try
        {
            if (!(GlobalSwitch.ExportModelCalls.SetTo(options.GlobalOptions) ?? IsLibrary(options.GlobalOptions)))
            {
                return string.Empty;
            }

            // A project without an AI SDK may still loop over its own ports, which another project implements with a model.
            var services = AnalysisServices.Create(compilation, new AnalyzerOptions(additionalFiles, options), cancellationToken);
            var lines = services == null ? new List<string>() : LinesOf(compilation, services, cancellationToken);
            var texts = new Dictionary<SyntaxTree, string>(); // each file's text, searched for the ports' names
            var ownPorts = LoopCallExports.PortsOf(compilation, cancellationToken);
            var portLines = LoopCallExports.LinesOf(compilation, ownPorts, texts, cancellationToken);
            foreach (var line in PortCallExports.LinesOf(compilation, ownPorts, WrittenMembers(lines), texts, cancellationToken))
            {
                portLines.Add((PortCallLine.MetadataKey, line));
            }

            // The attribute's type is looked up last: the search goes through every reference.
            return lines.Count + portLines.Count == 0 || compilation.GetTypeByMetadataName("System.Reflection.AssemblyMetadataAttribute") == null
                ? string.Empty
                : Render(lines, portLines);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return string.Empty;
        }
    }

    internal static List<string> LinesOf(Compilation compilation, AnalysisServices services, CancellationToken cancellationToken)
    {
        var internalsVisible = compilation.Assembly.GetAttributes().Any(a => a.AttributeClass?.Name == "InternalsVisibleToAttribute");
        var lines = new SortedSet<string>(StringComparer.Ordinal);
        var (candidates, names) = ModelCallingCandidates.Of(compilation, services.ModelCallingMethods.Imports.Names, enough: 2 * MaxSummarised, cancellationToken);
        services.ModelCallingMethods.FollowOnly(names); // binding is what costs here: never a body that cannot reach a model
        var summarised = 0;
        foreach (var declaration in candidates)
        {
            if (summarised == MaxSummarised || lines.Count >= MaxLines)
            {
                break;
            }

            // Declarations only: no body is bound to tell what another project can call.
            if (Flow.MethodBodies.ModelOf(compilation, declaration.SyntaxTree).GetDeclaredSymbol(declaration, cancellationToken) is not { } method
                || !(VisibleOutside(method, internalsVisible) || ImplementedBy(method).Any(m => VisibleOutside(m, internalsVisible))))
            {
                continue;
            }

            summarised++;
            // A method that only polls a job is not exported: the other projects follow model calls, not status reads.
            if (services.ModelCallingMethods.Of(method, cancellationToken) is not { PollsOnly: false } summary)
            {
                continue;
            }

            var calls = summary.Calls.Select(ExportedCallOf).ToImmutableArray();
            var slots = SlotsOf(method, services, cancellationToken);
            if (VisibleOutside(method, internalsVisible))
            {
                lines.Add(new ExportedSummary(AssemblyOf(method), IdOf(method), method.Name, summary.Note, summary.ThroughDispatch, summary.Chain, calls, slots).Encode());
            }

            // Called through an interface or a base class: the line is the member the caller names.
            var chain = summary.Chain.Insert(0, method.ContainingType.Name + "." + method.Name + summary.Note);
            foreach (var implemented in ImplementedBy(method))
            {
                if (VisibleOutside(implemented, internalsVisible))
                {
                    lines.Add(new ExportedSummary(AssemblyOf(implemented), IdOf(implemented), implemented.Name, string.Empty, throughDispatch: true, chain, calls, slots).Encode());
                }
            }
        }

        return lines.Take(MaxLines).ToList();
    }

    /// <summary>The members the model-calling lines name, as "assembly|doc-id".</summary>
    private static HashSet<string> WrittenMembers(List<string> lines)
    {
        var members = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            if (ExportedSummary.Decode(line) is { } summary)
            {
                members.Add(summary.Assembly + "|" + summary.MemberId);
            }
        }

        return members;
    }

    private static string Render(List<string> lines, List<(string Key, string Line)> portLines)
    {
        var text = new StringBuilder()
            .AppendLine("// <auto-generated>")
            .AppendLine("// GreenAI.Analyzers: this project's model-calling methods, so that the projects calling them see the model")
            .AppendLine("// behind each call (GAI002, GAI003), and its per-item calls of its own interfaces and the model ids it passes to them,")
            .AppendLine("// so that a project implementing one with a model call sees the loop (GAI003) and the choice (GAI001), and its methods")
            .AppendLine("// that call an interface it cannot follow, so that a project that sees both joins them.")
            .AppendLine("// <GreenAIExportModelCalls>false</GreenAIExportModelCalls> turns this off.")
            .AppendLine("// </auto-generated>");
        foreach (var line in lines)
        {
            AppendAttribute(text, ExportedSummary.MetadataKey, line);
        }

        foreach (var (key, line) in portLines)
        {
            AppendAttribute(text, key, line);
        }

        return text.ToString();
    }

    private static void AppendAttribute(StringBuilder text, string key, string line) =>
        text.Append("[assembly: global::System.Reflection.AssemblyMetadata(\"").Append(key).Append("\", ")
            .Append(SymbolDisplay.FormatLiteral(line, quote: true)).AppendLine(")]");

    /// <summary>The string parameters whose value reaches a model slot (<c>AskAsync(prompt, model)</c>).</summary>
    private static ImmutableArray<(int Ordinal, string Slot)> SlotsOf(IMethodSymbol method, AnalysisServices services, CancellationToken cancellationToken)
    {
        var slots = ImmutableArray.CreateBuilder<(int, string)>();
        foreach (var parameter in method.Parameters)
        {
            if (parameter.Type.SpecialType == SpecialType.System_String
                && services.ModelCallingMethods.SlotOf(parameter, cancellationToken) is { } slot)
            {
                slots.Add((parameter.Ordinal, slot.Key));
            }
        }

        return slots.ToImmutable();
    }

    private static ExportedCall ExportedCallOf(Sdk.ModelCall call)
    {
        var method = call.Invocation.TargetMethod.ReducedFrom ?? call.Invocation.TargetMethod;
        var ids = call.Model.Kind == ModelIds.ModelIdValueKind.Constant ? string.Join("+", call.Model.Candidates.Select(c => c.Id)) : string.Empty;
        return new ExportedCall(call.Definition.ContainingType, method.Name, ids, call.Model.Provider ?? string.Empty, call.Model.IsDeploymentName, call.OutputCap);
    }

    /// <summary>The interface members and base methods a caller may name instead of the method itself.</summary>
    internal static IEnumerable<IMethodSymbol> ImplementedBy(IMethodSymbol method)
    {
        for (var overridden = method.OverriddenMethod; overridden != null; overridden = overridden.OverriddenMethod)
        {
            yield return overridden.OriginalDefinition;
        }

        foreach (var @interface in method.ContainingType.AllInterfaces)
        {
            foreach (var member in @interface.GetMembers())
            {
                if (member is IMethodSymbol required
                    && SymbolEqualityComparer.Default.Equals(method.ContainingType.FindImplementationForInterfaceMember(required)?.OriginalDefinition, method.OriginalDefinition))
                {
                    yield return required.OriginalDefinition;
                }
            }
        }
    }

    /// <summary>
    /// What other projects reference, unless the switch says otherwise: not an executable (a web app, a console) and not
    /// a test project. The export runs before the compile and adds to its time (docs/performance.md), so only where it
    /// is likely read.
    /// </summary>
    private static bool IsLibrary(AnalyzerConfigOptions global) =>
        !(global.TryGetValue("build_property.IsTestProject", out var test) && string.Equals(test.Trim(), "true", StringComparison.OrdinalIgnoreCase))
        && !(global.TryGetValue("build_property.OutputType", out var output) && output.Trim().ToLowerInvariant() is "exe" or "winexe" or "appcontainerexe");

    internal static string IdOf(IMethodSymbol method) => (method.ReducedFrom ?? method).OriginalDefinition.GetDocumentationCommentId() ?? string.Empty;

    internal static string AssemblyOf(ISymbol symbol) => symbol.ContainingAssembly?.Identity.Name ?? string.Empty;

    /// <summary>Callable from another project: public all the way out, or internal when the assembly shows its internals.</summary>
    internal static bool VisibleOutside(ISymbol symbol, bool internalsVisible)
    {
        for (ISymbol? current = symbol; current != null && current is not INamespaceSymbol; current = current.ContainingSymbol)
        {
            switch (current.DeclaredAccessibility)
            {
                case Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal:
                    continue;
                case Accessibility.Internal or Accessibility.ProtectedAndInternal when internalsVisible:
                    continue;
                default:
                    return false;
            }
        }

        return true;
    }
}
