using System.Threading;
using GreenAI.Analyzers.Flow;
using GreenAI.Analyzers.ModelIds;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Sdk;

/// <summary>
/// Reads a model call: is the invocation an AI entry point, which model does it use (as constants, where a reader of
/// the code could tell), and which output cap does it set. Shared by every rule that needs the model of a call.
/// </summary>
internal sealed class ModelCallReader
{
    private const int MaxClientHops = 10;

    private readonly SdkSymbols _sdk;
    private readonly ModelIdReader _ids;
    private readonly OperationMemo<ModelIdValue> _clientModels = new();

    /// <summary>The model-id reader the calls are read with (raw-HTTP requests read theirs with it too).</summary>
    public ModelIdReader Ids => _ids;

    public ModelCallReader(SdkSymbols sdk, ModelIdReader ids)
    {
        _sdk = sdk;
        _ids = ids;
    }

    /// <summary>Only the output cap the call sets (its <c>max_tokens</c>), without reading the model.</summary>
    public int? OutputCapOf(IInvocationOperation invocation, ModelCallDefinition definition, CancellationToken cancellationToken) =>
        OutputCap(FindArgumentObject(invocation, definition, cancellationToken), definition, cancellationToken);

    /// <summary>The model call an invocation is, given the catalogue's definition of its method.</summary>
    public ModelCall Read(IInvocationOperation invocation, ModelCallDefinition definition, CancellationToken cancellationToken)
    {
        var argument = FindArgumentObject(invocation, definition, cancellationToken);
        var model = definition.ModelSource switch
        {
            ModelSource.Receiver => ClientModel(OperationSymbols.ReceiverOf(invocation), cancellationToken, 0),
            ModelSource.Request => PropertyModel(argument, definition.ModelProperty, cancellationToken),
            ModelSource.OptionsThenReceiver => OptionsThenReceiver(invocation, argument, definition, cancellationToken),
            ModelSource.ParameterThenRequest => ParameterThenRequest(invocation, argument, definition, cancellationToken),
            _ => ModelIdValue.NotConstant,
        };

        return new ModelCall(invocation, definition, model, OutputCap(argument, definition, cancellationToken), CapState(argument, definition), argument.Creation);
    }

    /// <summary>The model a client was built for: GetChatClient("…"), new ChatClient("…", …), AsIChatClient(…).</summary>
    public ModelIdValue ClientModel(IOperation? receiver, CancellationToken cancellationToken, int hops = 0)
    {
        if (receiver == null || hops > MaxClientHops)
        {
            return ModelIdValue.NotConstant;
        }

        // Every call through the same field or local starts from the same origin: its model is read once.
        var origin = ValueOrigin.Follow(receiver, cancellationToken);
        return hops == 0
            ? _clientModels.Get(origin, (Reader: this, cancellationToken), static (made, state) => state.Reader.ModelOfOrigin(made, state.cancellationToken, 0))
            : ModelOfOrigin(origin, cancellationToken, hops);
    }

    private ModelIdValue ModelOfOrigin(IOperation origin, CancellationToken cancellationToken, int hops)
    {
        var (method, arguments) = origin switch
        {
            IInvocationOperation call => (call.TargetMethod, call.Arguments),
            IObjectCreationOperation { Constructor: { } constructor } creation => (constructor, creation.Arguments),
            _ => (null, default),
        };
        if (origin is IInvocationOperation step && IsPipelineStep(step.TargetMethod))
        {
            // chatClient.AsBuilder().UseFunctionInvocation().Build() keeps the model of the client it wraps.
            return ClientModel(OperationSymbols.ReceiverOf(step), cancellationToken, hops + 1);
        }

        var factory = method == null ? null : _sdk.FindClientFactory(method);
        if (factory == null)
        {
            return ModelIdValue.NotConstant;
        }

        foreach (var argument in arguments)
        {
            if (argument.Parameter?.Name == factory.Parameter && argument.ArgumentKind != ArgumentKind.DefaultValue)
            {
                var id = _ids.Read(argument.Value, cancellationToken);
                return id.Kind == ModelIdValueKind.Constant ? id.WithSlot(factory.Provider, factory.Holds == SlotValue.DeploymentName) : id;
            }
        }

        // No model argument: the new client wraps another one and keeps its model (chatClient.AsIChatClient()).
        return origin is IInvocationOperation wrapper && factory.Method != ".ctor"
            ? ClientModel(OperationSymbols.ReceiverOf(wrapper), cancellationToken, hops + 1)
            : ModelIdValue.NotConstant;
    }

    private ModelIdValue OptionsThenReceiver(IInvocationOperation invocation, ArgumentObject argument, ModelCallDefinition definition, CancellationToken cancellationToken)
    {
        var fromOptions = PropertyModel(argument, definition.ModelProperty, cancellationToken);
        if (fromOptions.Kind != ModelIdValueKind.Absent || argument.IsOpaque)
        {
            // Options the analyzer cannot see may set a model: unknown, not "the client's".
            return argument.IsOpaque ? ModelIdValue.NotConstant : fromOptions;
        }

        return ClientModel(OperationSymbols.ReceiverOf(invocation), cancellationToken, 0);
    }

    private ModelIdValue ParameterThenRequest(IInvocationOperation invocation, ArgumentObject argument, ModelCallDefinition definition, CancellationToken cancellationToken)
    {
        foreach (var parameterArgument in invocation.Arguments)
        {
            if (parameterArgument.Parameter?.Name == definition.ModelParameter && parameterArgument.ArgumentKind != ArgumentKind.DefaultValue)
            {
                var fromParameter = _ids.Read(parameterArgument.Value, cancellationToken);
                if (fromParameter.Kind != ModelIdValueKind.Absent)
                {
                    return fromParameter;
                }
            }
        }

        return PropertyModel(argument, definition.ModelProperty, cancellationToken);
    }

    private ModelIdValue PropertyModel(ArgumentObject argument, string? property, CancellationToken cancellationToken)
    {
        if (property == null || argument.Creation == null)
        {
            return argument.IsOpaque ? ModelIdValue.NotConstant : ModelIdValue.Absent;
        }

        var value = ObjectInitializers.ValueOf(argument.Creation, property);
        return value == null ? ModelIdValue.Absent : _ids.Read(value, cancellationToken);
    }

    private static int? OutputCap(ArgumentObject argument, ModelCallDefinition definition, CancellationToken cancellationToken) =>
        definition.OutputCapProperty == null || argument.Creation == null
            ? null
            : ObjectInitializers.PositiveIntOf(argument.Creation, definition.OutputCapProperty, cancellationToken);

    private static OutputCapState CapState(ArgumentObject argument, ModelCallDefinition definition)
    {
        if (definition.OutputCapProperty == null || argument.IsOpaque)
        {
            return OutputCapState.Unknown;
        }

        if (argument.Creation == null)
        {
            return OutputCapState.NoOptions;
        }

        var cap = ObjectInitializers.ValueAtPath(argument.Creation, definition.OutputCapProperty, out bool opaque);
        if (cap == null && opaque)
        {
            return OutputCapState.Unknown; // new ChatRequest { Options = optionsFromElsewhere }
        }

        return cap != null
            || (definition.AlternativeCapProperty != null && ObjectInitializers.ValueOf(argument.Creation, definition.AlternativeCapProperty) != null)
            ? OutputCapState.Set
            : OutputCapState.NotSet;
    }

    private ArgumentObject FindArgumentObject(IInvocationOperation invocation, ModelCallDefinition definition, CancellationToken cancellationToken)
    {
        var type = _sdk.ArgumentTypeOf(definition);
        if (type == null)
        {
            return default;
        }

        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter == null || !SymbolEqualityComparer.Default.Equals(argument.Parameter.Type.OriginalDefinition, type))
            {
                continue;
            }

            var origin = ValueOrigin.Follow(argument.Value, cancellationToken);
            if (origin is IObjectCreationOperation creation)
            {
                return new ArgumentObject(creation, isOpaque: false);
            }

            bool absent = argument.ArgumentKind == ArgumentKind.DefaultValue
                || origin is IDefaultValueOperation
                || origin.ConstantValue is { HasValue: true, Value: null };
            return new ArgumentObject(null, isOpaque: !absent);
        }

        return default;
    }

    /// <summary>
    /// A Microsoft.Extensions.AI builder step that keeps the inner client's model: <c>AsBuilder()</c>, <c>Build()</c>,
    /// <c>UseFunctionInvocation()</c>, <c>UseLogging()</c>… Not <c>ConfigureOptions</c> or a custom <c>Use</c>, which may change it.
    /// </summary>
    private bool IsPipelineStep(IMethodSymbol method)
    {
        var original = method.ReducedFrom ?? method;
        if (SdkCatalog.ChatClientPipeline.OptionChangingSteps.Contains(original.Name)
            || !SymbolNames.HasFullName(original.ContainingNamespace, SdkCatalog.ChatClientPipeline.Namespace))
        {
            return false;
        }

        return original.Name == SdkCatalog.ChatClientPipeline.AsBuilder
            || (original.Name == SdkCatalog.ChatClientPipeline.Build && SymbolEqualityComparer.Default.Equals(original.ContainingType, _sdk.ChatClientBuilder))
            || (original.Name.StartsWith(SdkCatalog.ChatClientPipeline.StepPrefix, System.StringComparison.Ordinal)
                && SymbolEqualityComparer.Default.Equals(original.ReturnType, _sdk.ChatClientBuilder));
    }

    /// <summary>The options or request object of a call: created in sight, absent, or opaque (comes from elsewhere).</summary>
    private readonly struct ArgumentObject
    {
        public ArgumentObject(IObjectCreationOperation? creation, bool isOpaque)
        {
            Creation = creation;
            IsOpaque = isOpaque;
        }

        public IObjectCreationOperation? Creation { get; }

        public bool IsOpaque { get; }
    }
}
