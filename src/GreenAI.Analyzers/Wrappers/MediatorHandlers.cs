using System.Collections.Generic;
using System.Threading;
using GreenAI.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Wrappers;

/// <summary>
/// A request sent through a mediator (MediatR's or the Mediator source generator's <c>IMediator.Send(new
/// IndexDocumentRequest(…))</c>) runs its handler's <c>Handle</c>: the handler of the request's type in this compilation,
/// found by the <c>IRequestHandler&lt;TRequest, …&gt;</c> it implements. Clean-architecture applications loop over
/// <c>Send</c> where others call their service (Anela.Heblo's ingestion jobs, testbucket's embedding requests).
/// One instance per compilation; the handlers are indexed on the first <c>Send</c> a summary meets.
/// </summary>
internal sealed class MediatorHandlers
{
    private static readonly string[] Senders =
    {
        "MediatR.IMediator", "MediatR.ISender", "MediatR.Mediator", "Mediator.IMediator", "Mediator.ISender", "Mediator.Mediator",
    };

    private readonly Compilation _compilation;
    private readonly object _gate = new();
    private Dictionary<ITypeSymbol, IMethodSymbol>? _handlers;

    public MediatorHandlers(Compilation compilation) => _compilation = compilation;

    /// <summary>Cheap: a mediator's <c>Send</c>.</summary>
    public static bool MayBe(IMethodSymbol method) => method.Name == "Send" && SymbolNames.HasFullNameIn(method.ContainingType, Senders);

    /// <summary>The <c>Handle</c> method the request of this <c>Send</c> reaches, or null.</summary>
    public IMethodSymbol? HandlerOf(IInvocationOperation send, CancellationToken cancellationToken)
    {
        if (!MayBe(send.TargetMethod) || send.Arguments.Length == 0)
        {
            return null;
        }

        var request = OperationSymbols.Unwrap(send.Arguments[0].Value).Type;
        return request != null && Index(cancellationToken).TryGetValue(request.OriginalDefinition, out var handle) ? handle : null;
    }

    private Dictionary<ITypeSymbol, IMethodSymbol> Index(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_handlers == null)
            {
                var handlers = new Dictionary<ITypeSymbol, IMethodSymbol>(SymbolEqualityComparer.Default);
                AddHandlers(_compilation.Assembly.GlobalNamespace, handlers, cancellationToken);
                _handlers = handlers;
            }

            return _handlers;
        }
    }

    private static void AddHandlers(INamespaceOrTypeSymbol container, Dictionary<ITypeSymbol, IMethodSymbol> handlers, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        foreach (var member in container.GetMembers())
        {
            if (member is INamespaceSymbol ns)
            {
                AddHandlers(ns, handlers, cancellationToken);
            }
            else if (member is INamedTypeSymbol type)
            {
                AddHandlersOf(type, handlers);
                AddHandlers(type, handlers, cancellationToken);
            }
        }
    }

    private static void AddHandlersOf(INamedTypeSymbol type, Dictionary<ITypeSymbol, IMethodSymbol> handlers)
    {
        if (type.IsAbstract || type.TypeKind != TypeKind.Class)
        {
            return;
        }

        foreach (var contract in type.AllInterfaces)
        {
            if (contract.Name != "IRequestHandler" || contract.TypeArguments.Length == 0
                || contract.ContainingNamespace?.Name is not ("MediatR" or "Mediator"))
            {
                continue;
            }

            foreach (var member in contract.GetMembers("Handle"))
            {
                if (type.FindImplementationForInterfaceMember(member) is IMethodSymbol handle && !handlers.ContainsKey(contract.TypeArguments[0].OriginalDefinition))
                {
                    handlers.Add(contract.TypeArguments[0].OriginalDefinition, handle);
                }
            }
        }
    }
}
