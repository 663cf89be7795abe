using System.Threading;
using GreenAI.Analyzers.Flow;
using GreenAI.Analyzers.Models;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Sdk;

/// <summary>
/// Reads a model call: is the invocation an AI entry point, which model does it use (as a constant, where a reader of
/// the code could tell), and which output cap does it set. Shared by every rule that needs the model of a call.
/// </summary>
internal sealed class ModelCallReader
{
    private const int MaxClientHops = 6;

    private readonly SdkSymbols _sdk;

    public ModelCallReader(SdkSymbols sdk) => _sdk = sdk;

    public ModelCall? Read(IInvocationOperation invocation, CancellationToken cancellationToken)
    {
        var definition = _sdk.FindModelCall(invocation.TargetMethod);
        if (definition == null)
        {
            return null;
        }

        var argument = FindArgumentObject(invocation, definition, cancellationToken);
        var model = definition.ModelSource switch
        {
            ModelSource.Receiver => ClientModel(Receiver(invocation), cancellationToken, 0),
            ModelSource.Request => PropertyModel(argument, definition.ModelProperty, cancellationToken),
            _ => OptionsThenReceiver(invocation, argument, definition, cancellationToken),
        };

        return new ModelCall(invocation, definition, model, OutputCap(argument, definition, cancellationToken));
    }

    private ModelIdValue OptionsThenReceiver(IInvocationOperation invocation, ArgumentObject argument, ModelCallDefinition definition, CancellationToken cancellationToken)
    {
        var fromOptions = PropertyModel(argument, definition.ModelProperty, cancellationToken);
        if (fromOptions.Kind != ModelIdValueKind.Absent || argument.IsOpaque)
        {
            // Options the analyzer cannot see may set a model: unknown, not "the client's".
            return argument.IsOpaque ? ModelIdValue.NotConstant : fromOptions;
        }

        return ClientModel(Receiver(invocation), cancellationToken, 0);
    }

    /// <summary>The model a client was built for: GetChatClient("…"), new ChatClient("…", …), AsIChatClient(…).</summary>
    private ModelIdValue ClientModel(IOperation? receiver, CancellationToken cancellationToken, int hops)
    {
        if (receiver == null || hops > MaxClientHops)
        {
            return ModelIdValue.NotConstant;
        }

        var origin = ValueOrigin.Follow(receiver, cancellationToken);
        IMethodSymbol? factoryMethod = origin switch
        {
            IInvocationOperation call => call.TargetMethod,
            IObjectCreationOperation creation => creation.Constructor,
            _ => null,
        };
        var factory = factoryMethod == null ? null : _sdk.FindClientFactory(factoryMethod);
        if (factory == null)
        {
            return ModelIdValue.NotConstant;
        }

        var arguments = origin is IInvocationOperation invocation ? invocation.Arguments : ((IObjectCreationOperation)origin).Arguments;
        foreach (var argument in arguments)
        {
            if (argument.Parameter?.Name == factory.ModelParameter && argument.ArgumentKind != ArgumentKind.DefaultValue)
            {
                var id = ConstantModelId(argument.Value, cancellationToken);
                return id.Kind == ModelIdValueKind.Constant ? ModelIdValue.Constant(id.Id!, factory.Provider) : id;
            }
        }

        // No model argument: the new client wraps another one and keeps its model (chatClient.AsIChatClient()).
        return origin is IInvocationOperation wrapper && factory.Method != null
            ? ClientModel(Receiver(wrapper), cancellationToken, hops + 1)
            : ModelIdValue.NotConstant;
    }

    /// <summary>A model id written as a constant: literal, const, local or readonly field holding one, Anthropic's Model enum.</summary>
    public ModelIdValue ConstantModelId(IOperation value, CancellationToken cancellationToken)
    {
        var origin = ValueOrigin.Follow(value, cancellationToken);
        // Enum members have a constant (int) value too: recognise the Anthropic enum before plain constants.
        if (origin is IFieldReferenceOperation { Field: { HasConstantValue: true } member }
            && _sdk.AnthropicModelEnum != null
            && SymbolEqualityComparer.Default.Equals(member.ContainingType, _sdk.AnthropicModelEnum))
        {
            return ModelIdValue.Constant(AnthropicModelNames.ToWireName(member.Name), null);
        }

        if (origin.ConstantValue.HasValue)
        {
            return origin.ConstantValue.Value is string { Length: > 0 } id ? ModelIdValue.Constant(id, null) : ModelIdValue.Absent;
        }

        return origin is IDefaultValueOperation ? ModelIdValue.Absent : ModelIdValue.NotConstant;
    }

    private ModelIdValue PropertyModel(ArgumentObject argument, string? property, CancellationToken cancellationToken)
    {
        if (property == null || argument.Creation == null)
        {
            return argument.IsOpaque ? ModelIdValue.NotConstant : ModelIdValue.Absent;
        }

        var value = InitializerValue(argument.Creation, property);
        return value == null ? ModelIdValue.Absent : ConstantModelId(value, cancellationToken);
    }

    private static int? OutputCap(ArgumentObject argument, ModelCallDefinition definition, CancellationToken cancellationToken)
    {
        if (definition.OutputCapProperty == null || argument.Creation == null)
        {
            return null;
        }

        var value = InitializerValue(argument.Creation, definition.OutputCapProperty);
        // int → int? is a conversion without a constant value: look through it.
        var constant = value == null ? default : ValueOrigin.Follow(value, cancellationToken).ConstantValue;
        if (!constant.HasValue)
        {
            return null;
        }

        return constant.Value switch
        {
            int i when i > 0 => i,
            long l when l > 0 => l > int.MaxValue ? int.MaxValue : (int)l,
            _ => null,
        };
    }

    private static IOperation? InitializerValue(IObjectCreationOperation creation, string property)
    {
        if (creation.Initializer == null)
        {
            return null;
        }

        foreach (var initializer in creation.Initializer.Initializers)
        {
            if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment
                && target.Property.Name == property)
            {
                return assignment.Value;
            }
        }

        return null;
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

    private static IOperation? Receiver(IInvocationOperation invocation)
    {
        if (invocation.Instance != null)
        {
            return invocation.Instance;
        }

        // Extension method called as one: the receiver is the first argument.
        return invocation.TargetMethod.IsExtensionMethod && invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null;
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
