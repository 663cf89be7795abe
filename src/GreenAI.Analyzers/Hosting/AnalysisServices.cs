using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using GreenAI.Analyzers.AppSettingsFiles;
using GreenAI.Analyzers.Caching;
using GreenAI.Analyzers.EditorConfig;
using GreenAI.Analyzers.Media;
using GreenAI.Analyzers.ModelIds;
using GreenAI.Analyzers.Reporting;
using GreenAI.Analyzers.Sdk;
using GreenAI.Analyzers.Wrappers;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GreenAI.Analyzers.Hosting;

/// <summary>What every rule needs for one compilation, built once in its compilation-start action.</summary>
internal sealed class AnalysisServices
{
    private AnalysisServices(Compilation compilation, SdkSymbols sdk, AppSettings appSettings, OptionsCache options)
    {
        Sdk = sdk;
        Options = options;
        AppSettings = appSettings;
        Ids = new ModelIdReader(sdk, appSettings, new System.Lazy<OptionsBindings>(() => OptionsBindings.Of(compilation, sdk, CancellationToken.None)));
        Calls = new ModelCallReader(sdk, Ids);
        ModelCallingMethods = new ModelCallingMethods(compilation, sdk, Calls);
        ModelProperties = new ModelProperties(compilation, sdk, ModelCallingMethods);
    }

    public SdkSymbols Sdk { get; }

    public ModelIdReader Ids { get; }

    public ModelCallReader Calls { get; }

    public OptionsCache Options { get; }

    /// <summary>The project's appsettings*.json values, when the build hands them to the analyzers.</summary>
    public AppSettings AppSettings { get; }

    /// <summary>The user's methods that call a model (wrappers), summarised on demand.</summary>
    public ModelCallingMethods ModelCallingMethods { get; }

    /// <summary>The project's own properties that carry a model id into a model slot (a settings class's <c>ChatModel</c>).</summary>
    public ModelProperties ModelProperties { get; }

    /// <summary>
    /// A call that runs a model: an SDK model call, a raw-HTTP poll of a generation job, or a call of the user's own
    /// model-calling method. Loops whose condition reads such a call's result are model-driven.
    /// </summary>
    public bool RunsModel(IInvocationOperation invocation) =>
        Sdk.FindModelCall(invocation.TargetMethod) != null
        || VideoRequestReader.IsHttpJobPoll(invocation, CancellationToken.None)
        || (ModelCallingMethods.MayRunModel(invocation.TargetMethod) && ModelCallingMethods.OfCall(invocation, CancellationToken.None) != null);

    /// <summary>Image and video estimates shared by request shape.</summary>
    public MediaEstimates MediaEstimates { get; } = new();

    // Shared by every rule of the compilation: chat-call estimates by options, model id, output tokens and provider;
    // diagnostic properties by content.
    private readonly CompilationCache<CallEstimate.Key, CallEstimate?> _callEstimates = new();
    private readonly PropertySet.Cache _propertySets = new();

    /// <summary>The estimate of a chat call whose model resolves, or null (<see cref="CallEstimate.For"/>).</summary>
    public CallEstimate? EstimateOf(ModelCall call, GreenAIOptions options) => CallEstimate.For(call, options, _callEstimates);

    /// <summary>New diagnostic properties on top of an estimate's, shared by content within this compilation.</summary>
    public PropertySet NewProperties(ImmutableDictionary<string, string?>? estimate = null) => new(_propertySets, estimate);

    private readonly CompilationCache<ISymbol, string> _siteMembers = new(SymbolEqualityComparer.Default);

    /// <summary>The <see cref="SiteKey"/> of a diagnostic in <paramref name="containingMember"/> about <paramref name="what"/>.</summary>
    public string SiteOf(ISymbol? containingMember, string what) => SiteKey.Of(containingMember, what, _siteMembers);

    /// <summary><paramref name="properties"/> (shared) plus the diagnostic's own <see cref="SiteKey"/>: a few tree nodes, not a copy.</summary>
    public ImmutableDictionary<string, string?> WithSite(ImmutableDictionary<string, string?>? properties, ISymbol? containingMember, string what) =>
        (properties ?? ImmutableDictionary<string, string?>.Empty).SetItem(SiteKey.Property, SiteOf(containingMember, what));

    // One set of services per compilation and options, shared by the rules: SDK symbols, appsettings and options are
    // built once, not once per rule. Weak keys: nothing outlives the compilation.
    private static readonly ConditionalWeakTable<Compilation, Shared> ByCompilation = new();

    /// <summary>
    /// The services already built for this compilation, for code the rules reach without them (the URI readers); null
    /// before its compilation start or when it references no AI SDK.
    /// </summary>
    public static AnalysisServices? Of(Compilation compilation) =>
        ByCompilation.TryGetValue(compilation, out var shared) ? shared.Services : null;

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

    private static AnalysisServices? Build(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
    {
        // Without an AI SDK, the rules run when a referenced project exports model-calling methods (an app calling its
        // raw-HTTP library), or when a file names an AI endpoint (raw HTTP): decided from the references and the text.
        bool withoutSdk = !SdkSymbols.ReferencesAnySdk(compilation)
            && ((GlobalSwitch.RawHttp.IsOn(options.AnalyzerConfigOptionsProvider.GlobalOptions) && AiEndpointText.AnyIn(compilation, cancellationToken))
                || ImportedModelCalls.AnyIn(compilation));
        var sdk = SdkSymbols.Create(compilation, withoutSdk);
        if (sdk == null)
        {
            return null;
        }

        var appSettings = AppSettings.Read(options.AdditionalFiles, cancellationToken);
        return new AnalysisServices(compilation, sdk, appSettings, new OptionsCache(options.AnalyzerConfigOptionsProvider));
    }

    private sealed class Shared
    {
        public AnalyzerOptions? Options { get; set; }

        public AnalysisServices? Services { get; set; }
    }
}
