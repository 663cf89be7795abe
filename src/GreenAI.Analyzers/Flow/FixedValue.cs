using System.Threading;
using GreenAI.Analyzers.Sdk;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Flow;

/// <summary>
/// Is a value the same every time the code runs: a constant, an SDK's named value (<c>ChatRole.User</c>), or an
/// object, array or string built only from those — followed through locals and readonly fields assigned once.
/// A request made only of such values asks the same question each time.
/// </summary>
internal static class FixedValue
{
    private const int MaxDepth = 8;

    public static bool IsFixed(IOperation? operation, CancellationToken cancellationToken) => IsFixed(operation, cancellationToken, 0);

    private static bool IsFixed(IOperation? operation, CancellationToken cancellationToken, int depth)
    {
        if (operation == null || depth > MaxDepth)
        {
            return false;
        }

        var origin = ValueOrigin.Follow(operation, cancellationToken);
        if (origin.ConstantValue.HasValue)
        {
            return origin.ConstantValue.Value != null;
        }

        switch (origin)
        {
            case IMemberReferenceOperation { Member: { IsStatic: true } member }:
                // Named values of the SDKs only: DateTime.Now is static too, and changes.
                return member.ContainingAssembly != null && SdkCatalog.AssemblyNames.Contains(member.ContainingAssembly.Name);
            case IArrayCreationOperation array:
                return array.Initializer != null && All(array.Initializer.ElementValues, cancellationToken, depth);
            case IObjectCreationOperation creation:
                foreach (var argument in creation.Arguments)
                {
                    if (argument.ArgumentKind != ArgumentKind.DefaultValue && !IsFixed(argument.Value, cancellationToken, depth + 1))
                    {
                        return false;
                    }
                }

                return creation.Initializer == null || InitializerIsFixed(creation.Initializer, cancellationToken, depth);
            case IInterpolatedStringOperation interpolated:
                foreach (var part in interpolated.Parts)
                {
                    if (part is IInterpolationOperation hole && !IsFixed(hole.Expression, cancellationToken, depth + 1))
                    {
                        return false;
                    }
                }

                return true;
            case IBinaryOperation binary:
                return IsFixed(binary.LeftOperand, cancellationToken, depth + 1) && IsFixed(binary.RightOperand, cancellationToken, depth + 1);
            default:
                return false;
        }
    }

    private static bool InitializerIsFixed(IObjectOrCollectionInitializerOperation initializer, CancellationToken cancellationToken, int depth)
    {
        foreach (var element in initializer.Initializers)
        {
            var ok = element switch
            {
                ISimpleAssignmentOperation assignment => IsFixed(assignment.Value, cancellationToken, depth + 1),
                IInvocationOperation add => AllArguments(add, cancellationToken, depth),
                _ => false,
            };
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private static bool AllArguments(IInvocationOperation invocation, CancellationToken cancellationToken, int depth)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (!IsFixed(argument.Value, cancellationToken, depth + 1))
            {
                return false;
            }
        }

        return true;
    }

    private static bool All(System.Collections.Immutable.ImmutableArray<IOperation> values, CancellationToken cancellationToken, int depth)
    {
        foreach (var value in values)
        {
            if (!IsFixed(value, cancellationToken, depth + 1))
            {
                return false;
            }
        }

        return true;
    }
}
