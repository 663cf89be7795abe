using System;
using System.Collections.Generic;
using System.Linq;
using GreenAI.Analyzers.ModelIds;
using GreenAI.Analyzers.Sdk;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Hosting;

/// <summary>
/// What the rules subscribe to in one compilation. Each invocation is visited once: its model call and the model ids in
/// its slots are read once and handed to every rule that asked, in the same callback, so no rule reads them again
/// and no cache shared between rules (nor its locks) is needed. Other operations go straight to the driver.
/// </summary>
internal sealed class RuleActions
{
    private readonly List<Action<OperationAnalysisContext, IInvocationOperation, ModelCallDefinition?>> _invocations = new();
    private readonly List<Action<OperationAnalysisContext, ModelCall>> _modelCalls = new();
    private readonly List<Action<OperationAnalysisContext, ModelCall>> _rawModelCalls = new();
    private readonly List<Action<OperationAnalysisContext, ModelSlotUse, ModelIdValue>> _modelSlots = new();
    private readonly List<Action<OperationAnalysisContext, IObjectCreationOperation>> _creations = new();
    private readonly List<Action<OperationAnalysisContext, ISimpleAssignmentOperation>> _assignments = new();

#pragma warning disable RS1012 // Kept for the rules' own registrations and for RegisterWithDriver, which uses it.
    public RuleActions(CompilationStartAnalysisContext start, AnalysisServices services)
#pragma warning restore RS1012
    {
        Start = start;
        Services = services;
    }

    /// <summary>For registrations this class does not share: trees, compilation end.</summary>
    public CompilationStartAnalysisContext Start { get; }

    public AnalysisServices Services { get; }

    /// <summary>
    /// Every invocation, with the model call the SDK catalogue knows it as (null for most): the rule decides cheaply
    /// whether it is one of its own. The catalogue is asked once per invocation, not once per rule.
    /// </summary>
    public void OnInvocation(Action<OperationAnalysisContext, IInvocationOperation, ModelCallDefinition?> action) => _invocations.Add(action);

    /// <summary>Every invocation the SDK catalogue knows as a model call, read once (model, options, output cap).</summary>
    public void OnModelCall(Action<OperationAnalysisContext, ModelCall> action) => _modelCalls.Add(action);

    /// <summary>
    /// Every chat request sent over raw HTTP (<see cref="Media.RawChatRequest"/>), read as a model call. Apart from
    /// <see cref="OnModelCall"/>: the loop rules reach these through the wrapper path already, and the SDK fixes do not apply.
    /// </summary>
    public void OnRawModelCall(Action<OperationAnalysisContext, ModelCall> action) => _rawModelCalls.Add(action);

    /// <summary>
    /// Every place that fills a chat-model slot (an argument, or a property assignment) with the model id read once.
    /// </summary>
    public void OnModelSlot(Action<OperationAnalysisContext, ModelSlotUse, ModelIdValue> action) => _modelSlots.Add(action);

    /// <summary>Every object creation, in the callback the model slots already take (one driver callback per creation, not one per rule).</summary>
    public void OnCreation(Action<OperationAnalysisContext, IObjectCreationOperation> action) => _creations.Add(action);

    /// <summary>Every simple assignment, in the callback the model slots already take.</summary>
    public void OnAssignment(Action<OperationAnalysisContext, ISimpleAssignmentOperation> action) => _assignments.Add(action);

    /// <summary>Registers with the driver only what some rule asked for.</summary>
    public void RegisterWithDriver()
    {
        if (_invocations.Count > 0 || _modelCalls.Count > 0 || _rawModelCalls.Count > 0 || _modelSlots.Count > 0)
        {
            Start.RegisterOperationAction(AnalyzeInvocation, OperationKind.Invocation);
        }

        if (_modelSlots.Count > 0 || _creations.Count > 0)
        {
            Start.RegisterOperationAction(AnalyzeCreation, OperationKind.ObjectCreation);
        }

        if (_modelSlots.Count > 0 || _assignments.Count > 0)
        {
            Start.RegisterOperationAction(AnalyzeAssignment, OperationKind.SimpleAssignment);
            if (_modelSlots.Count > 0)
            {
                Start.RegisterOperationAction(AnalyzePropertyInitializer, OperationKind.PropertyInitializer);
            }
        }
    }

    private void AnalyzeInvocation(OperationAnalysisContext context)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (_modelSlots.Count > 0 && Services.Sdk.HasParameterSlots(invocation.TargetMethod))
        {
            SlotsInArguments(context, invocation.Arguments);
        }
        else if (_modelSlots.Count > 0 && (Services.ModelCallingMethods.MayCallModels(invocation.TargetMethod) || Services.ModelCallingMethods.Imports.MayHave(invocation.TargetMethod))
            && !Services.ModelCallingMethods.MocksImplementations)
        {
            // Not in a project that mocks: a test hands its model constant to a client over a mocked handler.
            ForwardedSlots(context, invocation.Arguments);
        }

        // Most invocations are not model calls: the catalogue says so from the method's name.
        var definition = _invocations.Count > 0 || _modelCalls.Count > 0 ? Services.Sdk.FindModelCall(invocation.TargetMethod) : null;
        foreach (var action in _invocations)
        {
            action(context, invocation, definition);
        }

        if (definition != null && _modelCalls.Count > 0)
        {
            var call = Services.Calls.Read(invocation, definition, context.CancellationToken);
            foreach (var action in _modelCalls)
            {
                action(context, call);
            }
        }
        else if (definition == null && (_rawModelCalls.Count > 0 || _modelSlots.Count > 0) && Media.RawModelRequest.MayBe(invocation.TargetMethod))
        {
            RawChat(context, invocation);
        }
    }

    /// <summary>A chat request over raw HTTP: its estimate, and the model written in its body as a model choice.</summary>
    private void RawChat(OperationAnalysisContext context, IInvocationOperation invocation)
    {
        if (Media.RawChatRequest.Read(invocation, context.CancellationToken) is not { } request)
        {
            return;
        }

        if (_rawModelCalls.Count > 0)
        {
            var call = request.ToModelCall(Services.Ids, context.CancellationToken);
            foreach (var action in _rawModelCalls)
            {
                action(context, call);
            }
        }

        if (_modelSlots.Count > 0 && request.ToSlotUse(context.CancellationToken) is { } use)
        {
            HandOn(context, use);
        }
    }

    private void AnalyzeCreation(OperationAnalysisContext context)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (_modelSlots.Count > 0 && creation.Constructor is { } constructor && Services.Sdk.HasParameterSlots(constructor))
        {
            SlotsInArguments(context, creation.Arguments);
        }
        else if (_modelSlots.Count > 0 && creation.Constructor is { } own
            && SymbolEqualityComparer.Default.Equals(own.ContainingAssembly, context.Compilation.Assembly)
            && !Services.ModelCallingMethods.MocksImplementations)
        {
            ForwardedSlots(context, creation.Arguments);
        }

        foreach (var action in _creations)
        {
            action(context, creation);
        }
    }

    private void AnalyzeAssignment(OperationAnalysisContext context)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (_modelSlots.Count > 0 && ModelSlotUse.FromAssignment(assignment, Services.Sdk) is { } use)
        {
            HandOn(context, use);
        }
        else if (_modelSlots.Count > 0 && assignment.Target is IPropertyReferenceOperation { Property: var property })
        {
            PropertySlot(context, property, assignment.Value);
        }

        foreach (var action in _assignments)
        {
            action(context, assignment);
        }
    }

    /// <summary><c>public string ChatModel { get; set; } = "gpt-4o";</c> of a property that carries a model id.</summary>
    private void AnalyzePropertyInitializer(OperationAnalysisContext context)
    {
        var initializer = (IPropertyInitializerOperation)context.Operation;
        foreach (var property in initializer.InitializedProperties)
        {
            PropertySlot(context, property, initializer.Value);
        }
    }

    /// <summary>
    /// A model id written to the project's own property whose value reaches a model slot (<see cref="Wrappers.ModelProperties"/>):
    /// a model choice there. Only constants that read as a model id are followed, and the property's reads are searched
    /// only then.
    /// </summary>
    private void PropertySlot(OperationAnalysisContext context, IPropertySymbol property, IOperation value)
    {
        if (!Services.ModelProperties.MayCarryModel(property) || value is IParameterReferenceOperation or ILocalReferenceOperation
            || Flow.ModelListEntry.Holds(value))
        {
            return;
        }

        var id = Services.Ids.Read(value, context.CancellationToken);
        if (id.Kind != ModelIdValueKind.Constant || Services.ModelProperties.SlotOf(property, context.CancellationToken) is not { } slot)
        {
            return;
        }

        var use = ModelSlotUse.Forwarded(slot, value);
        foreach (var action in _modelSlots)
        {
            action(context, use, id);
        }
    }

    private void SlotsInArguments(OperationAnalysisContext context, System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments)
    {
        foreach (var argument in arguments)
        {
            if (ModelSlotUse.FromArgument(argument, Services.Sdk) is { } use)
            {
                HandOn(context, use);
            }
        }
    }

    /// <summary>
    /// A model id passed to the project's own method or constructor whose parameter reaches a model slot inside it: a
    /// model choice at the argument. Only string constants that read as a model id are followed (cheap, and the
    /// method's body is bound only then).
    /// </summary>
    private void ForwardedSlots(OperationAnalysisContext context, System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments)
    {
        foreach (var argument in arguments)
        {
            if (argument.ArgumentKind != ArgumentKind.DefaultValue && argument.Parameter is { } parameter
                && WritesModelId(argument.Value, 0)
                && Services.ModelCallingMethods.SlotOf(parameter, context.CancellationToken) is { } slot)
            {
                HandOn(context, ModelSlotUse.Forwarded(slot, argument.Value));
            }
        }
    }

    /// <summary>A string constant that reads as a model id, or a choice between such constants (?:, switch, ??).</summary>
    private static bool WritesModelId(IOperation value, int depth) => depth <= 3 && value switch
    {
        { ConstantValue: { HasValue: true, Value: string id } } => GreenAI.Impact.Models.ModelIdResolver.Resolve(id) != null,
        IConditionalOperation { WhenFalse: { } whenFalse } conditional => WritesModelId(conditional.WhenTrue, depth + 1) || WritesModelId(whenFalse, depth + 1),
        ISwitchExpressionOperation switchExpression => switchExpression.Arms.Any(arm => WritesModelId(arm.Value, depth + 1)),
        ICoalesceOperation coalesce => WritesModelId(coalesce.Value, depth + 1) || WritesModelId(coalesce.WhenNull, depth + 1),
        IConversionOperation conversion => WritesModelId(conversion.Operand, depth + 1),
        _ => false,
    };

    private void HandOn(OperationAnalysisContext context, ModelSlotUse use)
    {
        var value = Services.Ids.Read(use.Value, context.CancellationToken);
        foreach (var action in _modelSlots)
        {
            action(context, use, value);
        }
    }
}
