using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Threading;
using GreenAI.Analyzers.Hosting;
using GreenAI.Analyzers.Flow;
using GreenAI.Analyzers.ModelIds;
using GreenAI.Analyzers.Reporting;
using GreenAI.Analyzers.Sdk;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Rules;

/// <summary>
/// GAI001: a large chat model chosen where the same provider has a smaller one of the same generation. Reported on the
/// expression that chooses the model (once per choice), not on the calls made through the client.
/// </summary>
internal sealed class LargeModelRule : IRule
{
    private const string Title = "Large model where a smaller one would do";
    private const string MessageFormat = "{0} {1} per call; {2} {3} ({4} less) ({5})";
    private const string Description = "A large chat model is chosen where the same provider offers a smaller model of the same generation. Under the EcoLogits method the smaller model uses many times less energy per output token. Use the small model unless the task needs the large one.";

    public static readonly DiagnosticDescriptor Descriptor = new(
        DiagnosticIds.LargeModel,
        Title,
        MessageFormat,
        DiagnosticIds.Categories.ModelChoice,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Description,
        helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.LargeModel));

    /// <summary>
    /// The same rule at a settings file's value (<see cref="SettingsModelChoices"/>), known at compilation end. Written
    /// out, not made by a shared helper: release tracking (RS2002) reads only descriptors created in place.
    /// </summary>
    public static readonly DiagnosticDescriptor InSettingsDescriptor = new(
        DiagnosticIds.LargeModel,
        Title,
        MessageFormat,
        DiagnosticIds.Categories.ModelChoice,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Description,
        helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.LargeModel),
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    public ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptor, InSettingsDescriptor);

    public void Register(RuleActions actions)
    {
        var findings = new LargeModelFinding.Cache();
        // One report per place and model in a compilation: the settings' value and the code's fallback may name the same
        // model at one place, and two raw POSTs of one request body (a retry on 529) share its model field.
        var reported = new ConcurrentDictionary<(Location, string), byte>();
        actions.OnModelSlot((c, use, value) => Analyze(c, use, value, actions.Services, findings, reported));
        ModelArgumentsThroughPorts.Register(actions, Descriptor, findings);
        if (!actions.Services.AppSettings.IsEmpty)
        {
            actions.Start.RegisterCompilationEndAction(end => SettingsModelChoices.Report(end, InSettingsDescriptor, actions.Services, findings));
        }
    }

    private static void Analyze(OperationAnalysisContext context, ModelSlotUse use, ModelIdValue value, AnalysisServices services, LargeModelFinding.Cache findings, ConcurrentDictionary<(Location, string), byte> reported)
    {
        if (value.Kind != ModelIdValueKind.Constant)
        {
            return;
        }

        var options = services.Options.For(OperationSymbols.TreeOf(context.Operation));
        var callCap = use.OutputCap ?? CapOfTheCall(use, services, context.CancellationToken);
        foreach (var model in ResolvedModel.ResolveAll(value.WithSlot(use.Slot.Provider, use.Slot.Holds == SlotValue.DeploymentName), options))
        {
            var location = ChoiceLocation.Of(model.Candidate, use);
            if (LargeModelFinding.For(model, use, options, findings, callCap) is { } finding && reported.TryAdd((location, model.ModelId), 0))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptor,
                    location,
                    services.WithSite(finding.Properties, context.ContainingSymbol, SiteKey.ModelChoice),
                    finding.MessageArguments()));
            }
        }
    }

    /// <summary>
    /// The model chosen in an argument of the model call itself (<c>GenerateContentAsync("gemini-2.5-pro", …, config)</c>,
    /// <c>CreateResponse("gpt-5", …, options)</c>): that call's output cap, so that GAI001 and GAI010 assume the same tokens.
    /// </summary>
    private static int? CapOfTheCall(ModelSlotUse use, AnalysisServices services, CancellationToken cancellationToken) =>
        use.Owner == null && use.Value.Parent is IArgumentOperation { Parent: IInvocationOperation call }
        && services.Sdk.FindModelCall(call.TargetMethod) is { OutputCapProperty: not null } definition
            ? services.Calls.OutputCapOf(call, definition, cancellationToken)
            : null;
}
