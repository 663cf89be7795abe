using System.Collections.Generic;
using System.Text;
using System.Threading;
using GreenAI.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Media;

/// <summary>
/// JSON written by hand as text: <c>"{ \"model\": \"" + model + "\", \"messages\": [" + … + "] }"</c> or an
/// interpolated string, its pieces held in locals. The constant pieces in order, a hole where a value is computed;
/// from them, the field names the text writes.
/// </summary>
internal static class JsonTextParts
{
    private const int MaxPieces = 64;
    private const int MaxDepth = 4;

    /// <summary>A hole in the text: a value computed at run time.</summary>
    public const char Hole = '\u0001';

    /// <summary>True for a string built by concatenation or interpolation, the shapes <see cref="TextOf"/> reads.</summary>
    public static bool IsBuiltText(IOperation operation) =>
        operation is IInterpolatedStringOperation || operation is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String };

    /// <summary>The text with a <see cref="Hole"/> for each computed piece.</summary>
    public static string TextOf(IOperation operation, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        var pieces = 0;
        Append(operation, text, ref pieces, 0, cancellationToken);
        return text.ToString();
    }

    private static void Append(IOperation operation, StringBuilder text, ref int pieces, int depth, CancellationToken cancellationToken)
    {
        if (++pieces > MaxPieces)
        {
            text.Append(Hole);
            return;
        }

        var value = OperationSymbols.Unwrap(operation);
        if (value.ConstantValue is { HasValue: true, Value: string constant })
        {
            text.Append(constant);
            return;
        }

        switch (value)
        {
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String } concatenation:
                Append(concatenation.LeftOperand, text, ref pieces, depth, cancellationToken);
                Append(concatenation.RightOperand, text, ref pieces, depth, cancellationToken);
                return;
            case IInterpolatedStringOperation interpolated:
                foreach (var part in interpolated.Parts)
                {
                    if (part is IInterpolatedStringTextOperation literal)
                    {
                        Append(literal.Text, text, ref pieces, depth, cancellationToken);
                    }
                    else if (part is IInterpolationOperation hole)
                    {
                        Append(hole.Expression, text, ref pieces, depth, cancellationToken);
                    }
                }

                return;
            case ILocalReferenceOperation when depth < MaxDepth:
                var origin = ValueOrigin.Follow(value, cancellationToken);
                if (origin != value && (origin.ConstantValue.HasValue || IsBuiltText(origin)))
                {
                    Append(origin, text, ref pieces, depth + 1, cancellationToken);
                    return;
                }

                break;
        }

        text.Append(Hole);
    }

    /// <summary>The names the text writes as JSON keys: <c>"name"</c> followed by a colon.</summary>
    public static List<string> KeysOf(string text)
    {
        var keys = new List<string>();
        for (var start = text.IndexOf('"'); start >= 0 && start < text.Length - 1; start = text.IndexOf('"', start + 1))
        {
            var end = text.IndexOf('"', start + 1);
            if (end < 0)
            {
                break;
            }

            var after = end + 1;
            while (after < text.Length && text[after] is ' ' or '\t' or '\r' or '\n')
            {
                after++;
            }

            if (after < text.Length && text[after] == ':' && end > start + 1 && text.IndexOf(Hole, start, end - start) < 0)
            {
                keys.Add(text.Substring(start + 1, end - start - 1));
                start = after;
            }
            else
            {
                start = end;
            }
        }

        return keys;
    }
}
