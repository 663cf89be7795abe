using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Flow;

/// <summary>
/// Follows a value back to the expression that produced it, where a reader of the code could: through conversions,
/// a local assigned once, a readonly field initialised once in the same file. Stops at anything else.
/// </summary>
internal static class ValueOrigin
{
    private const int MaxSteps = 8;

    public static IOperation Follow(IOperation value, CancellationToken cancellationToken)
    {
        var current = value;
        for (int step = 0; step < MaxSteps; step++)
        {
            var next = Step(current, cancellationToken);
            if (next == null)
            {
                return current;
            }

            current = next;
        }

        return current;
    }

    private static IOperation? Step(IOperation operation, CancellationToken cancellationToken)
    {
        switch (operation)
        {
            case IConversionOperation conversion:
                return conversion.Operand;
            case IParenthesizedOperation parenthesized:
                return parenthesized.Operand;
            case ILocalReferenceOperation local when !operation.ConstantValue.HasValue:
                return SingleAssignment.OfLocal(local);
            case IFieldReferenceOperation field when !operation.ConstantValue.HasValue:
                return SingleAssignment.OfReadonlyField(field, cancellationToken);
            default:
                return null;
        }
    }
}
