using System;
using System.Collections.Generic;
using GreenAI.Analyzers.Flow;
using Microsoft.CodeAnalysis;

namespace GreenAI.Analyzers.Media;

/// <summary>
/// Static members of SDK "extensible enum" types and the wire value each stands for (read from the 2.15.0 / 9.2.6
/// assemblies): <c>GeneratedImageSize.W1792xH1024</c> is "1792x1024", Betalgo <c>ImageQuality.Hd</c> is "hd". Used to
/// read request values, and backwards to name the member a fix writes.
/// </summary>
internal static class SdkValueNames
{
    private static readonly (string Type, string Member, string Value)[] Members =
    {
        ("OpenAI.Images.GeneratedImageSize", "W256xH256", "256x256"),
        ("OpenAI.Images.GeneratedImageSize", "W512xH512", "512x512"),
        ("OpenAI.Images.GeneratedImageSize", "W1024xH1024", "1024x1024"),
        ("OpenAI.Images.GeneratedImageSize", "W1024xH1536", "1024x1536"),
        ("OpenAI.Images.GeneratedImageSize", "W1536xH1024", "1536x1024"),
        ("OpenAI.Images.GeneratedImageSize", "W1024xH1792", "1024x1792"),
        ("OpenAI.Images.GeneratedImageSize", "W1792xH1024", "1792x1024"),
        ("OpenAI.Images.GeneratedImageQuality", "High", "hd"),
        ("OpenAI.Images.GeneratedImageQuality", "Standard", "standard"),
        ("OpenAI.Images.GeneratedImageQuality", "HighQuality", "high"),
        ("OpenAI.Images.GeneratedImageQuality", "MediumQuality", "medium"),
        ("OpenAI.Images.GeneratedImageQuality", "LowQuality", "low"),
        ("Betalgo.Ranul.OpenAI.Contracts.Enums.Image.ImageSize", "Size256", "256x256"),
        ("Betalgo.Ranul.OpenAI.Contracts.Enums.Image.ImageSize", "Size512", "512x512"),
        ("Betalgo.Ranul.OpenAI.Contracts.Enums.Image.ImageSize", "Size1024", "1024x1024"),
        ("Betalgo.Ranul.OpenAI.Contracts.Enums.Image.ImageSize", "Size1792x1024", "1792x1024"),
        ("Betalgo.Ranul.OpenAI.Contracts.Enums.Image.ImageSize", "Size1024x1792", "1024x1792"),
        ("Betalgo.Ranul.OpenAI.Contracts.Enums.Image.ImageQuality", "Hd", "hd"),
        ("Betalgo.Ranul.OpenAI.Contracts.Enums.Image.ImageQuality", "Standard", "standard"),
        ("Betalgo.Ranul.OpenAI.Contracts.Enums.Image.ImageQuality", "High", "high"),
        ("Betalgo.Ranul.OpenAI.Contracts.Enums.Image.ImageQuality", "Medium", "medium"),
        ("Betalgo.Ranul.OpenAI.Contracts.Enums.Image.ImageQuality", "Low", "low"),
        ("Betalgo.Ranul.OpenAI.Contracts.Enums.Model.ImageModel", "DallE2", "dall-e-2"),
        ("Betalgo.Ranul.OpenAI.Contracts.Enums.Model.ImageModel", "DallE3", "dall-e-3"),
        ("Betalgo.Ranul.OpenAI.Contracts.Enums.Model.ImageModel", "GptImage1", "gpt-image-1"),
        ("Betalgo.Ranul.OpenAI.Contracts.Enums.Model.ImageModel", "GptImage1Mini", "gpt-image-1-mini"),
    };

    // Keyed by the type's simple name: the full name is then checked part by part, so that a lookup formats nothing
    // (hot path: once per request value).
    private static readonly Dictionary<string, string> ValueByMember = Build(m => SimpleName(m.Type) + "." + m.Member, m => m.Value);
    private static readonly Dictionary<string, string> MemberByValue = Build(m => SimpleName(m.Type) + "|" + m.Value, m => m.Member);
    private static readonly Dictionary<string, string> FullNameBySimpleName = Build(m => SimpleName(m.Type), m => m.Type); // simple names are unique in the table

    /// <summary>The wire value of a static member, or null when the member is not one of the table.</summary>
    public static string? ValueOf(ISymbol member) =>
        member.IsStatic && member.ContainingType is { } type && IsTableType(type)
        && ValueByMember.TryGetValue(type.Name + "." + member.Name, out var value) ? value : null;

    /// <summary>The member of the same type that stands for another wire value, or null.</summary>
    public static string? MemberFor(ISymbol sameTypeMember, string value) =>
        sameTypeMember.ContainingType is { } type && IsTableType(type)
        && MemberByValue.TryGetValue(type.Name + "|" + value, out var member) ? member : null;

    /// <summary>The type is the table's type of that simple name, compared without formatting.</summary>
    private static bool IsTableType(INamedTypeSymbol type) =>
        FullNameBySimpleName.TryGetValue(type.Name, out var fullName) && SymbolNames.HasFullName(type, fullName);

    private static string SimpleName(string fullName) => fullName.Substring(fullName.LastIndexOf('.') + 1);

    private static Dictionary<string, string> Build(Func<(string Type, string Member, string Value), string> key, Func<(string Type, string Member, string Value), string> value)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in Members)
        {
            map[key(entry)] = value(entry);
        }

        return map;
    }
}
