using System;
using System.Collections.Generic;
using System.Threading;
using GreenAI.Analyzers.AppSettingsFiles;
using GreenAI.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Media;

/// <summary>
/// The named fields of a request body or options object seen in code: an anonymous object
/// (<c>new { model = "sora-2", seconds = "8" }</c>), an object initialiser, or constant JSON text. Names compare
/// ignoring case, so <c>Model</c> and <c>"model"</c> are one field.
/// </summary>
internal sealed class RequestFields
{
    public static readonly RequestFields None = new(new Dictionary<string, RequestValue>(), seen: false);

    private readonly Dictionary<string, RequestValue> _fields;

    private RequestFields(Dictionary<string, RequestValue> fields, bool seen)
    {
        _fields = fields;
        Seen = seen;
    }

    /// <summary>False when the body could not be followed (built elsewhere, multipart, a stream): every field is unknown.</summary>
    public bool Seen { get; }

    public RequestValue? this[string name] => _fields.TryGetValue(name, out var value) ? value : null;

    public static RequestFields FromAnonymousObject(IAnonymousObjectCreationOperation creation, CancellationToken cancellationToken)
    {
        var fields = NewMap();
        foreach (var initializer in creation.Initializers)
        {
            if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment)
            {
                fields[target.Property.Name] = ValueOf(assignment.Value, cancellationToken);
            }
        }

        return new RequestFields(fields, seen: true);
    }

    public static RequestFields FromObjectInitializer(IObjectCreationOperation creation, CancellationToken cancellationToken)
    {
        var fields = NewMap();
        if (creation.Initializer is not { } objectInitializer)
        {
            return new RequestFields(fields, seen: true); // new Options(): every field takes the API's default
        }

        foreach (var initializer in objectInitializer.Initializers)
        {
            if (initializer is ISimpleAssignmentOperation { Target: IMemberReferenceOperation target } assignment)
            {
                fields[target.Member.Name] = ValueOf(assignment.Value, cancellationToken);
            }
        }

        return new RequestFields(fields, seen: true);
    }

    /// <summary>
    /// The parts of a multipart form built in the method: <c>form.Add(new StringContent("sora-2"), "model")</c> for each
    /// <c>Add</c> on the same local whose name is constant and whose content is text.
    /// </summary>
    public static RequestFields FromMultipartForm(ILocalReferenceOperation form, CancellationToken cancellationToken)
    {
        var fields = NewMap();
        foreach (var operation in OperationWalk.Descendants(OperationSymbols.RootOf(form)))
        {
            if (operation is IInvocationOperation { TargetMethod.Name: "Add", Instance: ILocalReferenceOperation owner } add
                && SymbolEqualityComparer.Default.Equals(owner.Local, form.Local)
                && OperationSymbols.ArgumentNamed(add.Arguments, "name") is { ConstantValue: { HasValue: true, Value: string name } }
                && OperationSymbols.ArgumentNamed(add.Arguments, "content") is { } content
                && ValueOrigin.Follow(content, cancellationToken) is IObjectCreationOperation { Type.Name: "StringContent" } text
                && text.Arguments.Length > 0)
            {
                fields[name] = ValueOf(text.Arguments[0].Value, cancellationToken);
            }
        }

        return new RequestFields(fields, seen: true);
    }

    /// <summary>Top-level fields of constant JSON text; null when the text is not a JSON object.</summary>
    public static RequestFields? FromJson(string text)
    {
        var values = JsonValueFlattener.Flatten(text);
        if (values == null)
        {
            return null;
        }

        var fields = NewMap();
        foreach (var pair in values)
        {
            if (pair.Key.IndexOf(':') < 0)
            {
                fields[pair.Key] = new RequestValue(pair.Value, null);
            }
        }

        return new RequestFields(fields, seen: true);
    }

    private static RequestValue ValueOf(IOperation value, CancellationToken cancellationToken)
    {
        var origin = ValueOrigin.Follow(value, cancellationToken);
        if (origin is IMemberReferenceOperation { Member: { } member } && SdkValueNames.ValueOf(member) is { } wire)
        {
            return new RequestValue(wire, origin == OperationSymbols.Unwrap(value) ? origin : null, member);
        }

        // A size as two numbers: new Size(1024, 1024) (Microsoft.Extensions.AI), (1024, 1024) (Semantic Kernel).
        var pair = origin switch
        {
            IObjectCreationOperation { Type.Name: "Size", Arguments.Length: 2 } size => (size.Arguments[0].Value, size.Arguments[1].Value),
            ITupleOperation { Elements.Length: 2 } tuple => (tuple.Elements[0], tuple.Elements[1]),
            _ => default,
        };
        if (pair.Item1 != null && ValueOrigin.Follow(pair.Item1, cancellationToken).ConstantValue.Value is int width
            && ValueOrigin.Follow(pair.Item2, cancellationToken).ConstantValue.Value is int height)
        {
            return new RequestValue(width.ToString(System.Globalization.CultureInfo.InvariantCulture) + "x" + height.ToString(System.Globalization.CultureInfo.InvariantCulture), null);
        }

        var constant = origin.ConstantValue.HasValue ? origin.ConstantValue.Value : null;
        // A fix rewrites the expression written in the initialiser, and only when that is the constant itself.
        return new RequestValue(constant, origin == OperationSymbols.Unwrap(value) ? origin : null);
    }

    private static Dictionary<string, RequestValue> NewMap() => new(StringComparer.OrdinalIgnoreCase);
}
