using GreenAI.Analyzers.Configuration;
using GreenAI.Analyzers.Models;
using GreenAI.Analyzers.Options;
using GreenAI.Analyzers.Sdk;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GreenAI.Analyzers.Rules;

/// <summary>What every rule needs for one compilation, built once in its compilation-start action.</summary>
internal sealed class AnalysisServices
{
    private AnalysisServices(SdkSymbols sdk, AppSettings appSettings, OptionsCache options)
    {
        Sdk = sdk;
        Options = options;
        Ids = new ModelIdReader(sdk, appSettings);
        Calls = new ModelCallReader(sdk, Ids);
    }

    public SdkSymbols Sdk { get; }

    public ModelIdReader Ids { get; }

    public ModelCallReader Calls { get; }

    public OptionsCache Options { get; }

    // One set of services per compilation and options, shared by the rules: SDK symbols, appsettings and the caches
    // below are built once, not once per rule. Weak keys: nothing outlives the compilation.
    private static readonly ConditionalWeakTable<Compilation, Shared> ByCompilation = new();

    /// <summary>Model calls already read, by invocation syntax: three rules ask for the same call.</summary>
    public ConcurrentDictionary<SyntaxNode, ModelCall?> CallsBySyntax { get; } = new();

    /// <summary>Model ids read from slot values, by syntax: GAI001 and GAI011 read the same slots.</summary>
    public ConcurrentDictionary<SyntaxNode, ModelIdValue> SlotValues { get; } = new();

    public ModelIdValue ReadSlot(Sdk.ModelSlotUse use, CancellationToken cancellationToken) =>
        SlotValues.GetOrAdd(use.Value.Syntax, _ => Ids.Read(use.Value, cancellationToken));

    /// <summary>GAI002 findings by loop or method-body syntax.</summary>
    public ConcurrentDictionary<SyntaxNode, Flow.LoopFinding?> LoopFindings { get; } = new();

    /// <summary>Null when the compilation references no AI SDK: the rule then registers nothing.</summary>
    public static AnalysisServices? Create(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var shared = ByCompilation.GetValue(compilation, _ => new Shared());
        lock (shared)
        {
            if (shared.Options == options)
            {
                return shared.Services;
            }

            shared.Options = options;
            shared.Services = Build(compilation, options, cancellationToken);
            return shared.Services;
        }
    }

    public ModelCall? ReadCall(Microsoft.CodeAnalysis.Operations.IInvocationOperation invocation, CancellationToken cancellationToken) =>
        Sdk.FindModelCall(invocation.TargetMethod) == null
            ? null
            : CallsBySyntax.GetOrAdd(invocation.Syntax, _ => Calls.Read(invocation, cancellationToken));

    private static AnalysisServices? Build(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var sdk = SdkSymbols.Create(compilation, RawHttpSwitch.IsOn(options.AnalyzerConfigOptionsProvider.GlobalOptions));
        if (sdk == null)
        {
            return null;
        }

        var appSettings = AppSettings.Read(options.AdditionalFiles, cancellationToken);
        return new AnalysisServices(sdk, appSettings, new OptionsCache(options.AnalyzerConfigOptionsProvider));
    }

    private sealed class Shared
    {
        public AnalyzerOptions? Options { get; set; }

        public AnalysisServices? Services { get; set; }
    }
}
