using System.Collections.Generic;
using System.Threading;
using GreenAI.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Media;

/// <summary>
/// Where a request URI comes from when the app builds it in a method of its own (kukisama/TranslationToolUI's
/// <c>BuildVideoPollUrl(config, id)</c>) or hands it to a local function that sends it (<c>SendOnceAsync(url)</c>), so
/// that <see cref="VideoEndpoint.Shape"/> reads the path the request goes to.
/// </summary>
internal static class UriBuilders
{
    /// <summary>
    /// The value the app's own string method returns: its last <c>return</c>, the fall-through after the special cases,
    /// which is usually the public API's path (<c>return $"{baseUrl}/v1/videos/{id}";</c> after an Azure branch).
    /// Null for a method of a library, a virtual or abstract one, or one with no body here.
    /// </summary>
    public static IOperation? ReturnedValue(IInvocationOperation call, CancellationToken cancellationToken)
    {
        var method = call.TargetMethod;
        if (method.ReturnType.SpecialType != SpecialType.System_String
            || method.MethodKind is not (MethodKind.Ordinary or MethodKind.LocalFunction)
            || method.IsAbstract || method.IsVirtual || method.IsOverride || method.IsExtern
            || call.SemanticModel?.Compilation is not { } compilation
            || !SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, compilation.Assembly))
        {
            return null;
        }

        IOperation? last = null;
        foreach (var body in MethodBodies.Of(method.OriginalDefinition, compilation, cancellationToken))
        {
            foreach (var value in MethodReturns.Of(body))
            {
                last = value;
            }
        }

        return last;
    }

    /// <summary>
    /// A local function's parameter: the argument its first call in the enclosing method passes (<c>SendOnceAsync(url)</c>).
    /// Null for a method's parameter, whose callers are elsewhere.
    /// </summary>
    public static IOperation? ArgumentOf(IParameterReferenceOperation parameter)
    {
        if (parameter.Parameter.ContainingSymbol is not IMethodSymbol { MethodKind: MethodKind.LocalFunction } function)
        {
            return null;
        }

        foreach (var operation in OperationWalk.Descendants(OperationSymbols.RootOf(parameter)))
        {
            if (operation is IInvocationOperation call && SymbolEqualityComparer.Default.Equals(call.TargetMethod.OriginalDefinition, function.OriginalDefinition))
            {
                foreach (var argument in call.Arguments)
                {
                    if (SymbolEqualityComparer.Default.Equals(argument.Parameter, parameter.Parameter))
                    {
                        return argument.Value;
                    }
                }
            }
        }

        return null;
    }

    /// <summary>
    /// A path part chosen among constants (Lyric Video Studio's Wan plugin: <c>var endpoint = "video-generation/video-synthesis";</c>,
    /// set to <c>"image2video/video-synthesis"</c> for a first frame): the declaration's value, when the local is declared
    /// with a constant string and every later write is one too. Null otherwise.
    /// </summary>
    public static string? FirstOfConstants(ILocalReferenceOperation reference)
    {
        string? declared = null;
        foreach (var (value, isDeclaration) in ValuesOf(reference))
        {
            if (value?.ConstantValue is not { HasValue: true, Value: string text })
            {
                return null;
            }

            if (isDeclaration)
            {
                declared = text;
            }
        }

        return declared;
    }

    /// <summary>
    /// The values a local is given in its method, in order: its initialiser (when it has one), then each assignment,
    /// null for one that is not a whole value (<c>url += …</c>).
    /// </summary>
    public static IEnumerable<(IOperation? Value, bool IsDeclaration)> ValuesOf(ILocalReferenceOperation reference)
    {
        if (OperationSymbols.RootOf(reference) is not { } body)
        {
            yield break;
        }

        foreach (var operation in OperationWalk.Descendants(body))
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation { Initializer.Value: { } initial } declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, reference.Local):
                    yield return (initial, true);
                    break;
                case IAssignmentOperation { Target: ILocalReferenceOperation target } assignment when SymbolEqualityComparer.Default.Equals(target.Local, reference.Local):
                    yield return (assignment is ISimpleAssignmentOperation simple ? simple.Value : null, false);
                    break;
            }
        }
    }
}
