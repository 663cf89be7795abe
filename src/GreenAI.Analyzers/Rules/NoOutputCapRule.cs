using System.Collections.Immutable;
using System.Globalization;
using GreenAI.Analyzers.Contracts;
using GreenAI.Analyzers.Hosting;
using GreenAI.Analyzers.Flow;
using GreenAI.Impact;
using GreenAI.Analyzers.Reporting;
using GreenAI.Analyzers.Sdk;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Rules;

/// <summary>
/// GAI006: a text-generation call with no output cap in its options (OpenAI chat, Responses and Assistants runs, Azure
/// AI Inference, Betalgo, Semantic Kernel settings, OllamaSharp's nested Options.NumPredict), or an Anthropic MaxTokens
/// above green_ai.max_output_tokens. Options from elsewhere are unknown, not missing. Microsoft.Extensions.AI calls
/// only when the client is made in sight with nothing that may cap every call (MayBeCappedByThePipeline).
/// </summary>
internal sealed class NoOutputCapRule : IRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        DiagnosticIds.NoOutputCap,
        title: "No output cap",
        messageFormat: "{0} {1}: output tokens drive the energy of a call; cap them with {2} = {3}",
        DiagnosticIds.Categories.ModelChoice,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "A text-generation call whose options set no output cap, or an Anthropic MaxTokens above green_ai.max_output_tokens. Under the EcoLogits method the energy of a call is proportional to its output tokens; a cap bounds it.",
        helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.NoOutputCap));

    public ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptor);

    public void Register(RuleActions actions) =>
        actions.OnModelCall((c, call) => Analyze(c, call, actions.Services));

    private static void Analyze(OperationAnalysisContext context, ModelCall call, AnalysisServices services)
    {
        if (call.Definition.Modality != Modality.Chat || call.Definition.OutputCapProperty is not { } capProperty
            || (call.Definition.ThroughChatClientPipeline && MayBeCappedByThePipeline(call, services.Sdk, context.CancellationToken)))
        {
            return;
        }

        var options = services.Options.For(OperationSymbols.TreeOf(context.Operation));
        var limit = options.MaxOutputTokens;
        if (call.Definition.Provider == Providers.Anthropic)
        {
            // MaxTokens is required by Anthropic: only a constant above the limit is worth a word.
            var value = call.ArgumentObject == null ? null : ObjectInitializers.ValueOf(call.ArgumentObject, capProperty);
            if (value != null && call.OutputCap is { } cap && cap > limit)
            {
                var limitAllowed = options.MaxOutputTokensText;
                var lower = NewProperties(services, capProperty, limitAllowed);
                lower.Add(OutputCapProperties.Fix, OutputCapProperties.FixLower);
                lower.SetSite(services.SiteOf(context.ContainingSymbol, CallDisplay.Of(call.Invocation)));
                context.ReportDiagnostic(Diagnostic.Create(Descriptor, value.Syntax.GetLocation(), lower.ToImmutable(),
                    CallDisplay.Of(call.Invocation), "allows " + cap.ToString(CultureInfo.InvariantCulture) + " output tokens", capProperty, limitAllowed));
            }

            return;
        }

        // The properties are built only for a call that is reported: most calls set a cap or take options from elsewhere.
        if (call.CapState is not (OutputCapState.NotSet or OutputCapState.NoOptions)
            || (call.CapState == OutputCapState.NotSet && SetLater(call, capProperty)))
        {
            return; // SetLater: var options = new …(); options.MaxOutputTokenCount = 100; chat.CompleteChat(…, options);
        }

        var limitText = options.MaxOutputTokensText;
        var properties = NewProperties(services, capProperty, limitText);
        properties.SetSite(services.SiteOf(context.ContainingSymbol, CallDisplay.Of(call.Invocation)));
        switch (call.CapState)
        {
            case OutputCapState.NotSet when call.ArgumentObject != null && capProperty.IndexOf('.') < 0:
                properties.Add(OutputCapProperties.Fix, OutputCapProperties.FixAdd);
                properties.AddLocation(OutputCapProperties.ObjectLocation, call.ArgumentObject.Syntax.GetLocation());
                break;
            case OutputCapState.NotSet:
                break; // a nested cap (Ollama's Options.NumPredict): reported, no fix
            case OutputCapState.NoOptions:
                if (OmittedOptions(call, services.Sdk) is { } omitted)
                {
                    // The overload takes options and the call leaves them out: the fix passes a capped object.
                    properties.Add(OutputCapProperties.Fix, OutputCapProperties.FixArgument);
                    properties.Add(OutputCapProperties.OptionsParameter, omitted.Name);
                    properties.Add(OutputCapProperties.OptionsType, call.Definition.QualifiedArgumentType); // the parameter's type: OmittedOptions compared them
                }

                break;
        }

        context.ReportDiagnostic(Diagnostic.Create(Descriptor, CallLocation.Of(call.Invocation), properties.Locations, properties.ToImmutable(),
            CallDisplay.Of(call.Invocation), "sets no output cap", capProperty, limitText));
    }

    private static PropertySet NewProperties(AnalysisServices services, string capProperty, string limitText)
    {
        var properties = services.NewProperties();
        properties.Add(OutputCapProperties.CapProperty, capProperty);
        properties.Add(OutputCapProperties.CapValue, limitText);
        return properties;
    }

    /// <summary>
    /// A Microsoft.Extensions.AI client may cap every call: a pipeline with <c>ConfigureOptions</c>, Anthropic's
    /// adapter (its default is 1024 tokens), or a client from elsewhere. Only a client made in sight without those is
    /// known to be uncapped.
    /// </summary>
    private static bool MayBeCappedByThePipeline(ModelCall call, SdkSymbols sdk, System.Threading.CancellationToken cancellationToken)
    {
        var pipeline = ChatPipeline.Of(OperationSymbols.ReceiverOf(call.Invocation), sdk, cancellationToken);
        return !pipeline.Seen || pipeline.MayChangeOptions || pipeline.HasCappingAdapter;
    }

    /// <summary>The options parameter of the called overload when the call leaves it to its default.</summary>
    private static IParameterSymbol? OmittedOptions(ModelCall call, SdkSymbols sdk)
    {
        var optionsType = sdk.ArgumentTypeOf(call.Definition);
        foreach (var argument in call.Invocation.Arguments)
        {
            // The parameter's own type must have the cap: Semantic Kernel's PromptExecutionSettings does not (its OpenAI subclass does).
            if (argument.ArgumentKind == ArgumentKind.DefaultValue && argument.Parameter is { } parameter
                && SymbolEqualityComparer.Default.Equals(parameter.Type.OriginalDefinition, optionsType)
                && !parameter.Type.GetMembers(call.Definition.OutputCapProperty!).IsEmpty)
            {
                return parameter;
            }
        }

        return null;
    }

    /// <summary>The options are a local whose cap is assigned after its creation, anywhere in the method.</summary>
    private static bool SetLater(ModelCall call, string capProperty)
    {
        ILocalSymbol? local = null;
        foreach (var argument in call.Invocation.Arguments)
        {
            if (OperationSymbols.Unwrap(argument.Value) is ILocalReferenceOperation reference
                && SymbolEqualityComparer.Default.Equals(reference.Local.Type, call.ArgumentObject?.Type))
            {
                local = reference.Local;
            }
        }

        if (local == null)
        {
            return false;
        }

        foreach (var operation in OperationWalk.Descendants(OperationSymbols.RootOf(call.Invocation)))
        {
            if (operation is IAssignmentOperation { Target: IPropertyReferenceOperation { Instance: ILocalReferenceOperation owner } target }
                && target.Property.Name == capProperty
                && SymbolEqualityComparer.Default.Equals(owner.Local, local))
            {
                return true;
            }
        }

        return false;
    }
}
