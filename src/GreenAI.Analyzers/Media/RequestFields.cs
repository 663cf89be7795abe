using System.Collections.Generic;
using System.Threading;
using GreenAI.Analyzers.AppSettingsFiles;
using GreenAI.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Media;

/// <summary>
/// The named fields of a request body or options object seen in code: an anonymous object
/// (<c>new { model = "sora-2", seconds = "8" }</c>), an object initialiser (a property's <c>[JsonPropertyName]</c> is its
/// name), a dictionary or <c>JsonObject</c> initialiser (<c>["model"] = "flux-dev"</c>, <c>{ "model", "flux-dev" }</c>), or
/// constant JSON text. Names compare ignoring case, '_' and '-', so <c>Model</c>, <c>"model"</c>, <c>num_images</c> and
/// <c>NumImages</c> are one field each. The fields of an object nested in sight (Replicate's <c>input</c>, Google's
/// <c>parameters</c>) count too, where the outer object has no field of that name.
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

    /// <summary>The first of <paramref name="names"/> the body has.</summary>
    public RequestValue? First(string[] names)
    {
        foreach (var name in names)
        {
            if (_fields.TryGetValue(name, out var value))
            {
                return value;
            }
        }

        return null;
    }

    public static RequestFields FromAnonymousObject(IAnonymousObjectCreationOperation creation, CancellationToken cancellationToken)
    {
        var fields = NewMap();
        foreach (var initializer in creation.Initializers)
        {
            if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment)
            {
                Add(fields, target.Property.Name, assignment.Value, cancellationToken, 0);
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

        AddInitialized(fields, objectInitializer, cancellationToken, 0);
        return new RequestFields(fields, seen: true);
    }

    private const int MaxNesting = 3;

    /// <summary>The members set by an initialiser: properties (by their JSON name), indexer keys, collection <c>Add</c>s.</summary>
    private static void AddInitialized(Dictionary<string, RequestValue> fields, IObjectOrCollectionInitializerOperation initializer, CancellationToken cancellationToken, int depth)
    {
        foreach (var element in initializer.Initializers)
        {
            switch (element)
            {
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer } keyed
                    when indexer.Arguments[0].Value.ConstantValue.Value is string key:
                    Add(fields, key, keyed.Value, cancellationToken, depth);
                    break;
                case ISimpleAssignmentOperation { Target: IMemberReferenceOperation target } assignment:
                    Add(fields, JsonName(target.Member), assignment.Value, cancellationToken, depth);
                    break;
                case IInvocationOperation { TargetMethod.Name: "Add", Arguments.Length: 2 } add
                    when add.Arguments[0].Value.ConstantValue.Value is string name:
                    Add(fields, name, add.Arguments[1].Value, cancellationToken, depth);
                    break;
            }
        }
    }

    /// <summary>
    /// A field and its value; an object the value creates in sight adds its own fields below it, unless the outer object
    /// names them too (the outer ones are read first, so a later nested one never replaces them).
    /// </summary>
    private static void Add(Dictionary<string, RequestValue> fields, string name, IOperation value, CancellationToken cancellationToken, int depth)
    {
        if (!fields.ContainsKey(name) || depth == 0)
        {
            fields[name] = ValueOf(value, cancellationToken);
        }

        if (depth >= MaxNesting)
        {
            return;
        }

        switch (ValueOrigin.Follow(value, cancellationToken))
        {
            case IAnonymousObjectCreationOperation anonymous:
                var nested = NewMap();
                foreach (var initializer in anonymous.Initializers)
                {
                    if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment)
                    {
                        Add(nested, target.Property.Name, assignment.Value, cancellationToken, depth + 1);
                    }
                }

                Merge(fields, nested);
                break;
            case IObjectCreationOperation { Initializer: { } initializer }:
                var members = NewMap();
                AddInitialized(members, initializer, cancellationToken, depth + 1);
                Merge(fields, members);
                break;
        }
    }

    private static bool IsIndex(string part)
    {
        foreach (var c in part)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return part.Length > 0;
    }

    private static void Merge(Dictionary<string, RequestValue> outer, Dictionary<string, RequestValue> nested)
    {
        foreach (var pair in nested)
        {
            if (!outer.ContainsKey(pair.Key))
            {
                outer[pair.Key] = pair.Value;
            }
        }
    }

    /// <summary>The name a member is serialised under: its [JsonPropertyName] or [JsonProperty] name, or its own.</summary>
    private static string JsonName(ISymbol member)
    {
        foreach (var attribute in member.GetAttributes())
        {
            if (attribute.AttributeClass?.Name is "JsonPropertyNameAttribute" or "JsonPropertyAttribute"
                && attribute.ConstructorArguments.Length > 0
                && attribute.ConstructorArguments[0].Value is string name)
            {
                return name;
            }
        }

        return member.Name;
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

    /// <summary>The keys of JSON text built by hand (<see cref="JsonTextParts"/>), at any depth, their values unknown.</summary>
    public static RequestFields FromJsonKeys(List<string> keys)
    {
        var fields = NewMap();
        foreach (var key in keys)
        {
            fields[key] = new RequestValue(null, null);
        }

        return new RequestFields(fields, seen: keys.Count > 0);
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
        var nested = NewMap();
        foreach (var pair in values)
        {
            var key = pair.Key;
            int colon = key.LastIndexOf(':');
            if (colon < 0)
            {
                fields[key] = new RequestValue(pair.Value, null);
                continue;
            }

            var name = key.Substring(colon + 1);
            if (IsIndex(name))
            {
                // An item of a list ("responseModalities:1"): the list's words joined by ',', as for a list in code.
                var list = key.Substring(0, colon);
                name = list.Substring(list.LastIndexOf(':') + 1);
                var joined = nested.TryGetValue(name, out var earlier) && earlier.Text != null ? earlier.Text + "," + pair.Value : pair.Value;
                nested[name] = new RequestValue(joined, null);
            }
            else if (!nested.ContainsKey(name))
            {
                nested[name] = new RequestValue(pair.Value, null);
            }
        }

        Merge(fields, nested);
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

        // A list of constant words, as Gemini's responseModalities = new[] { "TEXT", "IMAGE" }: its words joined by ','.
        if (origin is IArrayCreationOperation { Initializer: { } items } && items.ElementValues.Length is > 0 and <= 8)
        {
            var words = new List<string>();
            foreach (var item in items.ElementValues)
            {
                if (ValueOrigin.Follow(item, cancellationToken).ConstantValue.Value is not string word)
                {
                    return new RequestValue(null, null);
                }

                words.Add(word);
            }

            return new RequestValue(string.Join(",", words), null);
        }

        var constant = origin.ConstantValue.HasValue ? origin.ConstantValue.Value : null;
        // A fix rewrites the expression written in the initialiser, and only when that is the constant itself.
        return new RequestValue(constant, origin == OperationSymbols.Unwrap(value) ? origin : null, written: OperationSymbols.Unwrap(value));
    }

    private static Dictionary<string, RequestValue> NewMap() => new(FieldNameComparer.Instance);
}
