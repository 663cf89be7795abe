using System.Collections.Immutable;
using GreenAI.Analyzers.AppSettingsFiles;
using GreenAI.Analyzers.Flow;
using GreenAI.Analyzers.ModelIds;
using GreenAI.Analyzers.Reporting;
using GreenAI.Analyzers.Sdk;
using GreenAI.Analyzers.Wrappers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Benchmarks;

/// <summary>
/// For whoever works on GAI002 and GAI003: the model calls of the SDK catalogue that sit in a loop or a lambda and got
/// neither diagnostic, each with why the rules stayed silent (bounded by what, a person in the loop, a condition not
/// traced, a lambda that is not a per-item iterator…), and the same for calls of the project's own model-calling methods
/// (wrappers), named with their chain. Read on public code, it is the list of shapes to look at.
/// </summary>
internal static class MissReport
{
    public static IEnumerable<(Location Location, string Method, string Why)> SilentCallsInLoops(Compilation compilation, ImmutableArray<Diagnostic> diagnostics)
    {
        var sdk = SdkSymbols.Create(compilation, evenWithoutSdk: true);
        if (sdk == null)
        {
            yield break;
        }

        var reported = diagnostics.Where(d => d.Id is "GAI002" or "GAI003")
            .Select(d => (d.Location.SourceTree, d.Location.SourceSpan)).ToHashSet();
        var wrappers = new ModelCallingMethods(compilation, sdk, new ModelCallReader(sdk, new ModelIdReader(sdk, AppSettings.Empty)));
        Func<IInvocationOperation, bool> isModelCall = i => sdk.FindModelCall(i.TargetMethod) != null
            || (wrappers.MayRunModel(i.TargetMethod) && wrappers.OfCall(i, CancellationToken.None) != null);
        foreach (var tree in compilation.SyntaxTrees.OrderBy(t => t.FilePath, StringComparer.Ordinal))
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var syntax in tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>())
            {
                if (model.GetOperation(syntax) is not IInvocationOperation call || !isModelCall(call))
                {
                    continue;
                }

                var location = CallLocation.Of(call);
                if (reported.Contains((location.SourceTree, location.SourceSpan)) || RepetitionExplanation.WhySilent(call, isModelCall) is not { } why)
                {
                    continue;
                }

                var wrapper = sdk.FindModelCall(call.TargetMethod) == null ? wrappers.OfCall(call, CancellationToken.None) : null;
                if (wrapper is { FewImplementationsCallAModel: true } && PerItemReceiver.IsTheItem(call))
                {
                    why = "a loop over implementations of which at most half call a model";
                }
                else if (wrapper is { RunsUntilStopped: true })
                {
                    why = "a worker started here: its own queue loop repeats the calls";
                }

                yield return wrapper == null
                    ? (location, CallDisplay.Of(call), why)
                    : (location, WrapperCallText.Display(call, wrapper), why);
            }
        }
    }
}
