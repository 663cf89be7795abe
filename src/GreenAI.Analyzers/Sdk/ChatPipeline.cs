using System.Collections.Immutable;
using System.Threading;
using GreenAI.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Sdk;

/// <summary>
/// What the code shows of the Microsoft.Extensions.AI client a call goes through: the chain of calls that made it
/// (<c>openAI.GetChatClient("…").AsIChatClient().AsBuilder().UseFunctionInvocation().Build()</c>), or nothing (injected,
/// a parameter): then a pipeline configured elsewhere may cache or cap, and the rules stay silent.
/// </summary>
internal readonly struct ChatPipeline
{
    private const int MaxChain = 16;

    private ChatPipeline(ImmutableArray<IMethodSymbol> steps, IInvocationOperation? buildCall)
    {
        Steps = steps;
        BuildCall = buildCall;
    }

    /// <summary>The client was made in sight.</summary>
    public bool Seen => !Steps.IsDefault;

    public bool Caches => Has(SdkCatalog.ChatClientPipeline.CachingStep);

    /// <summary>A step may change every call's options (the model, the output cap): ConfigureOptions or a custom Use.</summary>
    public bool MayChangeOptions
    {
        get
        {
            foreach (var step in StepsOrEmpty)
            {
                if (SdkCatalog.ChatClientPipeline.OptionChangingSteps.Contains(step.Name))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>The client is an adapter that caps every call by default (Anthropic's AsIChatClient).</summary>
    public bool HasCappingAdapter
    {
        get
        {
            foreach (var step in StepsOrEmpty)
            {
                if (step.Name == SdkCatalog.ChatClientPipeline.AdapterMethod && step.ContainingType is { } type
                    && SdkCatalog.ChatClientPipeline.CappingAdapterTypes.Contains(type.Name))
                {
                    return true;
                }
            }

            return false;
        }
    }

    private ImmutableArray<IMethodSymbol> StepsOrEmpty => Steps.IsDefault ? ImmutableArray<IMethodSymbol>.Empty : Steps;

    /// <summary>The calls that made the client, outermost first.</summary>
    public ImmutableArray<IMethodSymbol> Steps { get; }

    /// <summary>The <c>.Build()</c> call of a builder chain without a cache (read only when written as <c>x.Build()</c>).</summary>
    public IInvocationOperation? BuildCall { get; }

    /// <summary>The <c>.Build</c> of <see cref="BuildCall"/>, where a fix inserts <c>.UseDistributedCache(…)</c>.</summary>
    public MemberAccessExpressionSyntax? Build => (BuildCall?.Syntax as InvocationExpressionSyntax)?.Expression as MemberAccessExpressionSyntax;

    private bool Has(string method)
    {
        foreach (var step in StepsOrEmpty)
        {
            if (step.Name == method)
            {
                return true;
            }
        }

        return false;
    }

    public static ChatPipeline Of(IOperation? client, SdkSymbols sdk, CancellationToken cancellationToken)
    {
        if (client == null)
        {
            return default;
        }

        var origin = ValueOrigin.Follow(client, cancellationToken);
        if (origin is not (IInvocationOperation or IObjectCreationOperation))
        {
            return default;
        }

        // Every call through the same field or local starts from the same origin.
        return ByOrigin.Get(origin, sdk, static (made, sdk) => Read(made, sdk));
    }

    private static readonly OperationMemo<ChatPipeline> ByOrigin = new();

    private static ChatPipeline Read(IOperation origin, SdkSymbols sdk)
    {
        var steps = ImmutableArray.CreateBuilder<IMethodSymbol>();
        IOperation? link = origin;
        for (int i = 0; i < MaxChain && link != null; i++)
        {
            link = OperationSymbols.Unwrap(link);
            if (link is IObjectCreationOperation { Constructor: { } constructor })
            {
                steps.Add(constructor);
                break;
            }

            if (link is not IInvocationOperation step)
            {
                break;
            }

            steps.Add(step.TargetMethod.ReducedFrom ?? step.TargetMethod);
            link = OperationSymbols.ReceiverOf(step);
        }

        // Made in sight means made by AI SDK calls; a client resolved from a service provider was built elsewhere.
        bool bySdk = false;
        foreach (var step in steps)
        {
            if (IsServiceLocator(step))
            {
                return default;
            }

            bySdk |= step.ContainingAssembly != null && SdkCatalog.AssemblyNames.Contains(step.ContainingAssembly.Name);
        }

        if (!bySdk)
        {
            return default;
        }

        var build = origin is IInvocationOperation { TargetMethod.Name: SdkCatalog.ChatClientPipeline.Build } builder
            && SymbolEqualityComparer.Default.Equals(builder.TargetMethod.ContainingType, sdk.ChatClientBuilder)
            && builder.Syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax }
            ? builder
            : null;
        return new ChatPipeline(steps.ToImmutable(), build);
    }

    private static bool IsServiceLocator(IMethodSymbol step)
    {
        foreach (var prefix in SdkCatalog.ChatClientPipeline.ServiceLocatorPrefixes)
        {
            if (step.Name.StartsWith(prefix, System.StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
