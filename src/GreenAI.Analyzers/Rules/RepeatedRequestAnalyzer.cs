using System.Collections.Immutable;
using System.Globalization;
using GreenAI.Analyzers.Flow;
using GreenAI.Analyzers.Impact;
using GreenAI.Analyzers.Sdk;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Rules;

/// <summary>
/// GAI007: a chat call whose whole request is fixed (constant prompt, constant options) runs once per incoming request
/// (minimal-API handler, controller action, Azure Functions function) with no cache: every request pays for the same
/// answer. Microsoft.Extensions.AI clients count as cached when their pipeline uses UseDistributedCache, and as
/// unknown (silent) when the pipeline is not in sight.
/// </summary>
public sealed class RepeatedRequestAnalyzer : SdkAnalyzer
{
    public const string FixKey = "cache_fix";
    public const string PipelineFix = "pipeline";
    public const string MemoryCacheFix = "memory_cache";
    public const string HybridCacheFix = "hybrid_cache";
    public const string BuildStartKey = "build_start";
    public const string CacheNameKey = "cache_name";
    public const string CacheKeyKey = "cache_key";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptors.RepeatedRequest);

    internal override void Register(RuleActions actions) =>
        actions.OnModelCall((c, call) => Analyze(c, call, actions.Services));

    private static void Analyze(OperationAnalysisContext context, ModelCall call, AnalysisServices services)
    {
        var invocation = call.Invocation;
        if (call.Definition.Modality != Modality.Chat
            || RequestHandlers.KindOf(invocation, context.ContainingSymbol) is not { } handler
            || IsInsideCacheFactory(invocation)
            || !RequestIsFixed(invocation, context.CancellationToken))
        {
            return;
        }

        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        bool isExtensionsAI = call.Definition.Sdk == "Microsoft.Extensions.AI";
        if (isExtensionsAI)
        {
            var pipeline = ChatPipeline.Of(OperationSymbols.ReceiverOf(invocation), context.CancellationToken);
            if (!pipeline.Seen || pipeline.Caches)
            {
                return;
            }

            if (pipeline.BuildCall is { } buildCall && pipeline.Build is { } build && build.SyntaxTree == invocation.Syntax.SyntaxTree)
            {
                // The driver's containing symbol holds for the Build call only when it is in the same body as the call.
                bool sameBody = OperationSymbols.RootOf(buildCall) == OperationSymbols.RootOf(invocation);
                properties[FixKey] = PipelineFix;
                properties[BuildStartKey] = build.OperatorToken.SpanStart.ToString(CultureInfo.InvariantCulture);
                properties[CacheNameKey] = CacheInScope.Find(buildCall, sameBody ? context.ContainingSymbol : null, CacheInScope.DistributedCache);
            }
        }

        if (!properties.ContainsKey(FixKey) && invocation.Parent is IAwaitOperation)
        {
            if (isExtensionsAI && CacheInScope.Find(invocation, context.ContainingSymbol, CacheInScope.HybridCache) is { } hybrid)
            {
                properties[FixKey] = HybridCacheFix;
                properties[CacheNameKey] = hybrid;
            }
            else if (CacheInScope.Find(invocation, context.ContainingSymbol, CacheInScope.MemoryCache) is { } memory)
            {
                properties[FixKey] = MemoryCacheFix;
                properties[CacheNameKey] = memory;
            }

            properties[CacheKeyKey] = CacheKey(invocation);
        }

        var estimate = CallEstimate.For(call, services.Options.For(OperationSymbols.TreeOf(invocation)));
        string saving = estimate == null
            ? "each cache hit would save a model call"
            : "each cache hit would save " + EstimateText.Energy(estimate.Estimate) + " (" + ModelDisplay.Name(estimate.Match) + ", " + EstimateText.Assumptions(estimate.Estimate) + ")";
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.RepeatedRequest, CallLocation.Of(invocation), properties.ToImmutable(), CallDisplay.Of(invocation), handler, saving));
    }

    /// <summary>Every argument the code writes is fixed; the cancellation token does not change the answer.</summary>
    private static bool RequestIsFixed(IInvocationOperation invocation, System.Threading.CancellationToken cancellationToken)
    {
        bool any = false;
        foreach (var argument in invocation.Arguments)
        {
            if (argument.ArgumentKind == ArgumentKind.DefaultValue || argument.Parameter?.Type.Name == "CancellationToken"
                || (invocation.TargetMethod.IsExtensionMethod && argument.Parameter?.Ordinal == 0 && invocation.Instance == null))
            {
                continue;
            }

            any = true;
            if (!FixedValue.IsFixed(argument.Value, cancellationToken))
            {
                return false;
            }
        }

        return any;
    }

    /// <summary>Inside the factory lambda of GetOrCreate/GetOrCreateAsync/GetOrAdd (IMemoryCache, HybridCache, any cache).</summary>
    private static bool IsInsideCacheFactory(IOperation operation)
    {
        for (var current = operation.Parent; current != null; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation lambda
                && OperationSymbols.InvocationTaking(lambda) is { TargetMethod.Name: "GetOrCreate" or "GetOrCreateAsync" or "GetOrAdd" or "GetOrAddAsync" })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A stable cache key for the fixed request: the call's name and a hash of its written arguments.</summary>
    private static string CacheKey(IInvocationOperation invocation)
    {
        var arguments = invocation.Syntax is Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax syntax ? syntax.ArgumentList.ToString() : string.Empty;
        ulong hash = 14695981039346656037UL;
        foreach (char c in arguments)
        {
            if (!char.IsWhiteSpace(c))
            {
                hash = (hash ^ c) * 1099511628211UL;
            }
        }

        return CallDisplay.Of(invocation) + ":" + hash.ToString("x16", CultureInfo.InvariantCulture);
    }
}
