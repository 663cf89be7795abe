using System;
using System.Threading;
using GreenAI.Analyzers.Hosting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Media;

/// <summary>
/// A provider's base URL that the app keeps out of its code: <c>$"{options.BaseUrl}/video/generate"</c> with
/// <c>"BaseUrl": "https://api.heygen.com/v2"</c> in appsettings.json, or an options class's written default
/// (<c>public string BaseUrl { get; set; } = "https://api.replicate.com/v1";</c>), or a path part from settings
/// (<c>{options.ImageModel}</c> in Replicate's <c>/models/{owner}/{name}/predictions</c>). A placeholder
/// (<c>"&lt;base_url&gt;"</c>, text with spaces) and a default that is not an absolute http(s) URL stay holes.
/// </summary>
internal static class ConfiguredUri
{
    public static string? TextOf(IOperation origin, CancellationToken cancellationToken)
    {
        if (origin is not (IPropertyReferenceOperation or IInvocationOperation) || origin.SemanticModel is not { } model)
        {
            return null;
        }

        // The settings files win over the property's default, as at run time; the first file's value when several set it.
        if (AnalysisServices.Of(model.Compilation) is { } services)
        {
            foreach (var value in services.Ids.SettingValues(origin, cancellationToken))
            {
                if (IsUriText(value))
                {
                    return value;
                }
            }
        }

        return origin is IPropertyReferenceOperation property ? WrittenDefault(property.Property, cancellationToken) : null;
    }

    /// <summary><c>= "https://…"</c> on a property of the app's own settings class, settable or not.</summary>
    private static string? WrittenDefault(IPropertySymbol property, CancellationToken cancellationToken)
    {
        if (property.IsIndexer || property.DeclaringSyntaxReferences.Length != 1
            || property.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not PropertyDeclarationSyntax
            {
                Initializer.Value: LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } literal,
            })
        {
            return null;
        }

        var text = literal.Token.ValueText;
        return IsAbsoluteHttp(text) ? text : null;
    }

    private static bool IsUriText(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c is '<' or '>' or '{' or '}')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAbsoluteHttp(string text) =>
        text.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("http://", StringComparison.OrdinalIgnoreCase);
}
