using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Threading.Tasks;
using GreenAI.Analyzers;
using GreenAI.Analyzers.Contracts;
using GreenAI.Impact;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GreenAI.CodeFixes;

/// <summary>
/// GAI001: "Use gpt-4o-mini (≈24–34× less energy)". Rewrites the model choice in place — the literal, the enum member,
/// the Betalgo member, the const or local initialiser when every use is a model id, or the Azure deployment name —
/// and offers the built-in alternative as a second action when .editorconfig configures another one.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseSmallerModelCodeFixProvider)), Shared]
public sealed class UseSmallerModelCodeFixProvider : GreenAICodeFixProvider
{
    public const string PrimaryKey = "GAI001.UseSmallerModel";
    public const string BuiltInKey = "GAI001.UseBuiltInAlternative";

    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(DiagnosticIds.LargeModel);

    protected override bool NeedsSemanticModel => true;

    protected override async Task RegisterAsync(CodeFixContext context, Diagnostic diagnostic, SyntaxNode root, SemanticModel? model)
    {
        var properties = diagnostic.Properties;
        if (NodeAt(root, diagnostic) is not ExpressionSyntax choice || properties.ContainsKey(LargeModelProperties.NoFix))
        {
            return;
        }

        var ratio = Ratio(properties);
        if (properties.TryGetValue(LargeModelProperties.SlotKind, out var slot) && slot == LargeModelProperties.SlotKindDeployment)
        {
            // A deployment name can only be replaced by another deployment the configuration maps to the alternative.
            if (properties.TryGetValue(LargeModelProperties.AlternativeDeployment, out var deployment) && deployment != null
                && properties.TryGetValue(LargeModelProperties.Alternative, out var served) && served != null)
            {
                await OfferAsync(context, diagnostic, choice, model!, deployment, $"Use deployment '{deployment}' ({served}{ratio})", PrimaryKey).ConfigureAwait(false);
            }

            return;
        }

        if (properties.TryGetValue(LargeModelProperties.Alternative, out var alternative) && alternative != null)
        {
            await OfferAsync(context, diagnostic, choice, model!, alternative, $"Use {alternative}{ratio}", PrimaryKey).ConfigureAwait(false);
        }

        if (properties.TryGetValue(LargeModelProperties.BuiltInAlternative, out var builtIn) && builtIn != null)
        {
            await OfferAsync(context, diagnostic, choice, model!, builtIn, $"Use {builtIn} (the built-in suggestion)", BuiltInKey).ConfigureAwait(false);
        }
    }

    private static async Task OfferAsync(CodeFixContext context, Diagnostic diagnostic, ExpressionSyntax choice, SemanticModel model, string newId, string title, string key)
    {
        var edit = await ModelChoiceRewriter.PlanAsync(context.Document, model, choice, newId, context.CancellationToken).ConfigureAwait(false);
        if (edit != null)
        {
            context.RegisterCodeFix(CodeAction.Create(title, ct => edit.ApplyAsync(context.Document, ct), key), diagnostic);
        }
    }

    /// <summary>" (≈24–34× less energy)" from the estimate properties, or empty when they are missing.</summary>
    private static string Ratio(ImmutableDictionary<string, string?> properties)
    {
        if (Number(properties, PropertyNames.EnergyWhMin) is { } min && Number(properties, PropertyNames.EnergyWhMax) is { } max
            && Number(properties, LargeModelProperties.AlternativeEnergyMin) is { } smallMin && smallMin > 0
            && Number(properties, LargeModelProperties.AlternativeEnergyMax) is { } smallMax && smallMax > 0)
        {
            return " (≈" + EstimateText.Range(new ValueRange(min / smallMin, max / smallMax)) + "× less energy)";
        }

        return string.Empty;
    }

    private static double? Number(ImmutableDictionary<string, string?> properties, string key) =>
        properties.TryGetValue(key, out var text) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
}
