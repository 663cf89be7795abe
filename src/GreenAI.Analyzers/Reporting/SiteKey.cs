using GreenAI.Analyzers.Caching;
using GreenAI.Impact;
using Microsoft.CodeAnalysis;

namespace GreenAI.Analyzers.Reporting;

/// <summary>
/// The <c>site</c> diagnostic property: "Shop.SupportBot.AnswerAsync|ChatClient.CompleteChatAsync", the member that
/// holds the call and what the call is. The review tool (<c>dotnet greenai diff</c>) matches call sites of two builds by
/// file and this key, so that a site keeps its identity when lines move; it numbers equal keys of one file in order.
/// </summary>
internal static class SiteKey
{
    public const string Property = PropertyNames.Site;

    /// <summary>What a diagnostic on a model choice (GAI001) or a reasoning setting (GAI008) names instead of a call.</summary>
    public const string ModelChoice = PropertyNames.SiteOfModelChoice;

    public const string ReasoningSetting = PropertyNames.SiteOfReasoningSetting;

    // No parameter list: a signature change keeps the site (overloads share a key and are told apart by order).
    private static readonly SymbolDisplayFormat MemberFormat = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        memberOptions: SymbolDisplayMemberOptions.IncludeContainingType);

    /// <summary>The site of a value of a settings file: its configuration key stands where a member would.</summary>
    public static string OfSetting(string key, string what) => key + "|" + what;

    /// <param name="members">The compilation's member names, made once per member.</param>
    public static string Of(ISymbol? containingMember, string what, CompilationCache<ISymbol, string> members) =>
        (containingMember == null ? "" : members.GetOrAdd(containingMember, 0, static (member, _) => NameOf(member))) + "|" + what;

    private static string NameOf(ISymbol member) => member switch
    {
        // Top-level statements (minimal APIs): the compiler's "<Main>$" displays as "<top-level-statements-entry-point>".
        IMethodSymbol { Name: WellKnownMemberNames.TopLevelStatementsEntryPointMethodName, ContainingType: { } program } =>
            program.ToDisplayString(MemberFormat) + " (top-level statements)",
        IMethodSymbol { AssociatedSymbol: { } property } => property.ToDisplayString(MemberFormat),
        _ => member.ToDisplayString(MemberFormat),
    };
}
