using System.Collections.Immutable;
using System.Threading;
using GreenAI.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Media;

/// <summary>
/// Follows a request body back through the wrappers that serialise it — <c>BinaryContent.Create</c>,
/// <c>BinaryData.FromObjectAsJson/FromString</c>, <c>JsonContent.Create</c>, <c>new StringContent(json)</c>,
/// <c>JsonSerializer.Serialize</c>, Newtonsoft's <c>JsonConvert.SerializeObject</c>, <c>jsonObject.ToJsonString()</c>,
/// <c>Encoding.GetBytes</c> — to the anonymous object, initialised object or JSON text it was made from (constant, or,
/// when asked, the keys of text built by hand), or to the multipart form whose text parts it sends.
/// </summary>
internal static class RequestBodyReader
{
    private const int MaxWrappers = 6;

    /// <summary>Types whose factories and constructors only serialise or wrap their first argument.</summary>
    private static readonly string[] Wrappers =
    {
        "System.ClientModel.BinaryContent",
        "System.BinaryData",
        "System.Net.Http.Json.JsonContent",
        "System.Net.Http.StringContent",
        "System.Net.Http.ByteArrayContent",
        "System.Text.Json.JsonSerializer",
        "Newtonsoft.Json.JsonConvert",
        "System.Text.Encoding",
    };

    /// <param name="keysOfBuiltText">Read the keys of JSON text built by hand, with unknown values: enough to tell a
    /// chat request, not to read a media request's size or duration.</param>
    public static RequestFields Read(IOperation? body, CancellationToken cancellationToken, bool keysOfBuiltText = false)
    {
        var current = body;
        for (int step = 0; current != null && step < MaxWrappers; step++)
        {
            if (AsMultipartForm(current) is { } form)
            {
                return RequestFields.FromMultipartForm(form, cancellationToken);
            }

            var origin = ValueOrigin.Follow(current, cancellationToken);
            switch (origin)
            {
                case IInvocationOperation { TargetMethod.Name: "ReadAsStream" or "ReadAsStreamAsync" or "ReadAsByteArrayAsync" } read
                    when read.Instance != null && AsMultipartForm(read.Instance) is { } readForm:
                    return RequestFields.FromMultipartForm(readForm, cancellationToken);
                case IAwaitOperation awaited:
                    current = awaited.Operation;
                    break;
                case IAnonymousObjectCreationOperation anonymous:
                    return RequestFields.FromAnonymousObject(anonymous, cancellationToken);
                case { ConstantValue: { HasValue: true, Value: string json } }:
                    return RequestFields.FromJson(json) ?? RequestFields.None;
                case { } built when keysOfBuiltText && JsonTextParts.IsBuiltText(built):
                    return RequestFields.FromJsonKeys(JsonTextParts.KeysOf(JsonTextParts.TextOf(built, cancellationToken)));
                case IObjectCreationOperation { Initializer: not null } typed when !IsWrapper(typed.Type):
                    return RequestFields.FromObjectInitializer(typed, cancellationToken);
                default:
                    current = Wrapped(origin);
                    if (current == null)
                    {
                        return RequestFields.None;
                    }

                    break;
            }
        }

        return RequestFields.None;
    }

    /// <summary>
    /// The parameter of <paramref name="method"/> a body is made from, through the same wrappers
    /// (<c>new StringContent(JsonSerializer.Serialize(payload))</c> in the app's own send method); null when it is made
    /// of anything else.
    /// </summary>
    public static IParameterSymbol? ParameterBehind(IOperation? body, IMethodSymbol method, CancellationToken cancellationToken)
    {
        var current = body;
        for (int step = 0; current != null && step < MaxWrappers; step++)
        {
            var origin = ValueOrigin.Follow(current, cancellationToken);
            if (origin is IParameterReferenceOperation { Parameter: var parameter }
                && SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, method))
            {
                return parameter;
            }

            current = origin is IAwaitOperation awaited ? awaited.Operation : Wrapped(origin);
        }

        return null;
    }

    /// <summary>What a serialising wrapper wraps: its first argument, or the JSON node it writes; null for anything else.</summary>
    private static IOperation? Wrapped(IOperation origin) => origin switch
    {
        IInvocationOperation { TargetMethod.Name: "ToJsonString", Instance: { } node } => node,
        IInvocationOperation invocation when IsWrapper(invocation.TargetMethod.ContainingType) && invocation.Arguments.Length > 0 => FirstArgument(invocation.Arguments),
        IObjectCreationOperation creation when IsWrapper(creation.Type) && creation.Arguments.Length > 0 => FirstArgument(creation.Arguments),
        _ => null,
    };

    /// <summary>A local holding a <c>MultipartFormDataContent</c> (the OpenAI video examples build their body this way).</summary>
    private static ILocalReferenceOperation? AsMultipartForm(IOperation operation) =>
        OperationSymbols.Unwrap(operation) is ILocalReferenceOperation { Local.Type.Name: "MultipartFormDataContent" } local ? local : null;

    private static IOperation FirstArgument(ImmutableArray<IArgumentOperation> arguments)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter?.Ordinal == 0)
            {
                return argument.Value;
            }
        }

        return arguments[0].Value;
    }

    private static bool IsWrapper(ITypeSymbol? type) => SymbolNames.HasFullNameIn(type, Wrappers);
}
