using System.Collections.Immutable;
using System.Globalization;
using GreenAI.Analyzers.Contracts;
using GreenAI.Analyzers.Hosting;
using GreenAI.Analyzers.Flow;
using GreenAI.Impact;
using GreenAI.Analyzers.Reporting;
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
internal sealed class RepeatedRequestRule : IRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        DiagnosticIds.RepeatedRequest,
        title: "The same request on every run, with no cache",
        messageFormat: "{0} sends the same fixed request each time {1} runs, and nothing caches the answer: {2}",
        DiagnosticIds.Categories.Repetition,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "A chat request made only of constants (prompt and options) in code that runs once per incoming request asks the model the same question again and again. Cache the answer: UseDistributedCache in a Microsoft.Extensions.AI pipeline, or IMemoryCache/HybridCache GetOrCreateAsync around the call.",
        helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.RepeatedRequest));

    public ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptor);

    public void Register(RuleActions actions) =>
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
        bool throughPipeline = call.Definition.ThroughChatClientPipeline;
        if (throughPipeline)
        {
            var pipeline = ChatPipeline.Of(OperationSymbols.ReceiverOf(invocation), services.Sdk, context.CancellationToken);
            if (!pipeline.Seen || pipeline.Caches)
            {
                return;
            }

            if (pipeline.BuildCall is { } buildCall && pipeline.Build is { } build && build.SyntaxTree == invocation.Syntax.SyntaxTree)
            {
                // The driver's containing symbol holds for the Build call only when it is in the same body as the call.
                bool sameBody = OperationSymbols.RootOf(buildCall) == OperationSymbols.RootOf(invocation);
                properties[RepeatedRequestProperties.Fix] = RepeatedRequestProperties.FixPipeline;
                properties[RepeatedRequestProperties.BuildStart] = build.OperatorToken.SpanStart.ToString(CultureInfo.InvariantCulture);
                properties[RepeatedRequestProperties.CacheName] = CacheInScope.Find(buildCall, sameBody ? context.ContainingSymbol : null, CacheInScope.DistributedCache);
            }
        }

        if (!properties.ContainsKey(RepeatedRequestProperties.Fix) && invocation.Parent is IAwaitOperation)
        {
            if (throughPipeline && CacheInScope.Find(invocation, context.ContainingSymbol, CacheInScope.HybridCache) is { } hybrid)
            {
                properties[RepeatedRequestProperties.Fix] = RepeatedRequestProperties.FixHybridCache;
                properties[RepeatedRequestProperties.CacheName] = hybrid;
            }
            else if (CacheInScope.Find(invocation, context.ContainingSymbol, CacheInScope.MemoryCache) is { } memory)
            {
                properties[RepeatedRequestProperties.Fix] = RepeatedRequestProperties.FixMemoryCache;
                properties[RepeatedRequestProperties.CacheName] = memory;
            }

            properties[RepeatedRequestProperties.CacheKey] = CacheKey(invocation);
        }

        properties[SiteKey.Property] = services.SiteOf(context.ContainingSymbol, CallDisplay.Of(invocation));
        var estimate = services.EstimateOf(call, services.Options.For(OperationSymbols.TreeOf(invocation)));
        string saving = estimate == null
            ? "each cache hit would save a model call"
            : "each cache hit would save " + EstimateText.Energy(estimate.Estimate) + " " + estimate.Tail;
        context.ReportDiagnostic(Diagnostic.Create(Descriptor, CallLocation.Of(invocation), properties.ToImmutable(), CallDisplay.Of(invocation), handler, saving));
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
