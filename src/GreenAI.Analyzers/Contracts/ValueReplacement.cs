using System.Globalization;
using GreenAI.Analyzers.Media;
using GreenAI.Analyzers.Reporting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GreenAI.Analyzers.Contracts;

/// <summary>
/// A cheaper value for one literal or SDK member in a request, carried to the code fix in the diagnostic's properties:
/// <c>replace.&lt;kind&gt;.location</c> (the index of the value among the diagnostic's additional locations),
/// <c>.text</c> (the new literal) and <c>.title</c>.
/// Offered only when the literal is written at the request itself, in the file of the diagnostic.
/// </summary>
internal static class ValueReplacement
{
    public const string Prefix = "replace.";

    private const string TitleSuffix = ".title";

    public static readonly Kind Size = new("size");
    public static readonly Kind Quality = new("quality");
    public static readonly Kind Model = new("model");
    public static readonly Kind Duration = new("duration");

    public static void Add(PropertySet properties, Kind kind, RequestValue? value, string? newValue, SyntaxTree tree, string title)
    {
        if (newValue == null || value?.Operation?.Syntax is not { } written || written.SyntaxTree != tree)
        {
            return;
        }

        // An SDK member (GeneratedImageSize.W1792xH1024): rename it to the member of the cheaper value.
        if (value.Value.Member is { } member)
        {
            var name = written switch
            {
                MemberAccessExpressionSyntax access => access.Name,
                SimpleNameSyntax simple => simple,
                _ => null,
            };
            if (name != null && SdkValueNames.MemberFor(member, newValue) is { } newMember)
            {
                Put(properties, kind, name, newMember, title);
            }

            return;
        }

        if (written is not LiteralExpressionSyntax literal)
        {
            return;
        }

        string text = literal.IsKind(SyntaxKind.StringLiteralExpression)
            ? SymbolDisplay.FormatLiteral(newValue, quote: true)
            : int.TryParse(newValue, NumberStyles.None, CultureInfo.InvariantCulture, out _) ? newValue : string.Empty;
        if (text.Length == 0)
        {
            return;
        }

        Put(properties, kind, literal, text, title);
    }

    private static void Put(PropertySet properties, Kind kind, SyntaxNode node, string text, string title)
    {
        properties.Add(kind.TextKey, text);
        properties.Add(kind.TitleKey, title);
        properties.AddLocation(kind.LocationKey, node.GetLocation());
    }

    /// <summary>What a replacement changes ("size", "duration"…), with its property names made once.</summary>
    public sealed class Kind
    {
        public Kind(string name) => (LocationKey, TextKey, TitleKey) = (Prefix + name + ".location", Prefix + name + ".text", Prefix + name + TitleSuffix);

        public string LocationKey { get; }

        public string TextKey { get; }

        public string TitleKey { get; }
    }

    /// <summary>A property name that ends a replacement entry's kind: "replace.duration.title" → "duration".</summary>
    public static string? KindOfTitle(string key) =>
        key.StartsWith(Prefix, System.StringComparison.Ordinal) && key.EndsWith(TitleSuffix, System.StringComparison.Ordinal)
            ? key.Substring(Prefix.Length, key.Length - Prefix.Length - TitleSuffix.Length)
            : null;
}
