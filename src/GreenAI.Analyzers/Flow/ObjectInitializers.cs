using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Flow;

/// <summary>Reads property values set in an object initialiser: <c>new ChatOptions { ModelId = "…", MaxOutputTokens = 200 }</c>.</summary>
internal static class ObjectInitializers
{
    /// <summary>
    /// The value set for a property, or for a path of nested initialisers (<c>"Options.NumPredict"</c> in
    /// <c>new ChatRequest { Options = new RequestOptions { NumPredict = 200 } }</c>). <paramref name="opaque"/>: a step of
    /// the path is set to something not created in sight, so the value is unknown rather than missing.
    /// </summary>
    public static IOperation? ValueAtPath(IObjectCreationOperation creation, string path, out bool opaque)
    {
        opaque = false;
        var current = creation;
        var steps = path.Split('.');
        for (int i = 0; i < steps.Length - 1; i++)
        {
            var step = ValueOf(current, steps[i]);
            if (step == null)
            {
                return null;
            }

            if (OperationSymbols.Unwrap(step) is not IObjectCreationOperation inner)
            {
                opaque = true;
                return null;
            }

            current = inner;
        }

        return ValueOf(current, steps[steps.Length - 1]);
    }

    public static IOperation? ValueOf(IObjectCreationOperation creation, string property)
    {
        if (property.IndexOf('.') >= 0)
        {
            return ValueAtPath(creation, property, out _);
        }

        if (creation.Initializer == null)
        {
            return null;
        }

        foreach (var initializer in creation.Initializer.Initializers)
        {
            if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment
                && target.Property.Name == property)
            {
                return assignment.Value;
            }
        }

        return null;
    }

    /// <summary>A positive integer constant set for the property (an output cap), clamped to int; null otherwise.</summary>
    public static int? PositiveIntOf(IObjectCreationOperation creation, string property, CancellationToken cancellationToken)
    {
        var value = ValueOf(creation, property);
        // int → int? is a conversion without a constant value: look through it.
        var constant = value == null ? default : ValueOrigin.Follow(value, cancellationToken).ConstantValue;
        if (!constant.HasValue)
        {
            return null;
        }

        return constant.Value switch
        {
            int i when i > 0 => i,
            long l when l > 0 => l > int.MaxValue ? int.MaxValue : (int)l,
            _ => null,
        };
    }
}
