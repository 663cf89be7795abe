using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Flow;

/// <summary>The number of items of a collection when the code fixes it: an array initialiser or a collection expression.</summary>
internal static class CollectionSize
{
    public static int? Of(IOperation collection)
    {
        var origin = ValueOrigin.Follow(collection, CancellationToken.None);
        switch (origin)
        {
            case IArrayCreationOperation { Initializer: { } initializer }:
                return initializer.ElementValues.Length;
            case IObjectCreationOperation { Initializer: { } initializer } when origin.Syntax is not null:
                return initializer.Initializers.Length > 0 ? initializer.Initializers.Length : null;
        }

        // Collection expressions ([a, b, c]) are counted from syntax: Roslyn 4.8 has no operation node for them.
        return origin.Syntax is CollectionExpressionSyntax expression ? expression.Elements.Count : null;
    }
}
