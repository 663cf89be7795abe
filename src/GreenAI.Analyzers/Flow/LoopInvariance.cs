using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Flow;

/// <summary>
/// Is a call the same request on every iteration? Its receiver and arguments read nothing the loop declares (the
/// iteration variable, locals inside it, a lambda's parameters) or assigns.
/// </summary>
internal static class LoopInvariance
{
    public static bool IsInvariant(IInvocationOperation call, IOperation scope)
    {
        // What the call reads, first: it is small, and most per-item calls read the iteration variable, which settles
        // the question before the loop body is walked.
        var reads = new List<ISymbol>();
        foreach (var operation in OperationWalk.DescendantsAndSelf(call))
        {
            if (SymbolOf(operation) is { } read)
            {
                reads.Add(read);
            }
        }

        if (reads.Count == 0)
        {
            return true;
        }

        var variant = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        if (scope is ILoopOperation loop)
        {
            foreach (var local in loop.Locals) // the iteration variable, and `out var item` in a while condition
            {
                if (reads.Contains(local, SymbolEqualityComparer.Default))
                {
                    return false;
                }

                variant.Add(local);
            }
        }

        foreach (var operation in OperationWalk.DescendantsAndSelf(scope))
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation declarator:
                    variant.Add(declarator.Symbol);
                    break;
                case ILocalReferenceOperation { IsDeclaration: true } declared:
                    variant.Add(declared.Local);
                    break;
                case IArgumentOperation { Parameter.RefKind: RefKind.Out or RefKind.Ref, Value: { } written } when SymbolOf(written) is { } passed:
                    variant.Add(passed);
                    break;
                case IAnonymousFunctionOperation lambda:
                    foreach (var parameter in lambda.Symbol.Parameters)
                    {
                        variant.Add(parameter);
                    }

                    break;
                case IAssignmentOperation { Target: { } target } when SymbolOf(target) is { } assigned:
                    variant.Add(assigned);
                    break;
                case IIncrementOrDecrementOperation { Target: { } counter } when SymbolOf(counter) is { } counted:
                    variant.Add(counted);
                    break;
            }
        }

        foreach (var read in reads)
        {
            if (variant.Contains(read))
            {
                return false;
            }
        }

        return true;
    }

    private static ISymbol? SymbolOf(IOperation operation) => OperationSymbols.VariableOf(operation);
}
