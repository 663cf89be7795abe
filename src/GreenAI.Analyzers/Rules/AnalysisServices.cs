using GreenAI.Analyzers.Configuration;
using GreenAI.Analyzers.Models;
using GreenAI.Analyzers.Options;
using GreenAI.Analyzers.Sdk;
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

    /// <summary>Null when the compilation references no AI SDK: the rule then registers nothing.</summary>
    public static AnalysisServices? Create(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var sdk = SdkSymbols.Create(compilation);
        if (sdk == null)
        {
            return null;
        }

        var appSettings = AppSettings.Read(options.AdditionalFiles, cancellationToken);
        return new AnalysisServices(sdk, appSettings, new OptionsCache(options.AnalyzerConfigOptionsProvider));
    }
}
