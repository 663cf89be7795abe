using System.Threading;
using GreenAI.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Rules;

/// <summary>
/// What the code shows of the Microsoft.Extensions.AI client a call goes through: a <c>ChatClientBuilder</c> chain
/// built in sight (with or without <c>UseDistributedCache</c>), a client made in sight without a builder, or nothing
/// (injected, a parameter): then a pipeline configured elsewhere may cache, and the rule stays silent.
/// </summary>
internal readonly struct ChatPipeline
{
    private const int MaxChain = 16;

    private ChatPipeline(bool seen, bool caches, MemberAccessExpressionSyntax? build)
    {
        Seen = seen;
        Caches = caches;
        Build = build;
    }

    public bool Seen { get; }

    public bool Caches { get; }

    /// <summary>The <c>.Build</c> of a chain without a cache, where a fix inserts <c>.UseDistributedCache(…)</c>.</summary>
    public MemberAccessExpressionSyntax? Build { get; }

    public static ChatPipeline Of(IOperation? client, CancellationToken cancellationToken)
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

        if (origin is not IInvocationOperation { TargetMethod.Name: "Build" } build
            || build.TargetMethod.ContainingType?.Name != "ChatClientBuilder")
        {
            return new ChatPipeline(seen: true, caches: false, build: null);
        }

        IOperation? link = build.Instance;
        for (int i = 0; i < MaxChain && link != null; i++)
        {
            link = OperationSymbols.Unwrap(link);
            if (link is not IInvocationOperation step)
            {
                break;
            }

            if (step.TargetMethod.Name == "UseDistributedCache")
            {
                return new ChatPipeline(seen: true, caches: true, build: null);
            }

            link = step.Instance ?? (step.TargetMethod.IsExtensionMethod && step.Arguments.Length > 0 ? step.Arguments[0].Value : null);
        }

        var access = (build.Syntax as InvocationExpressionSyntax)?.Expression as MemberAccessExpressionSyntax;
        return new ChatPipeline(seen: true, caches: false, build: access);
    }
}
